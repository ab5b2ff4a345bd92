import { sgdStepInPlace } from '../ops/optim-step.js';
import type { Tensor } from '../tensor.js';
import { Optimizer, type ParamGroup, type ParamState, type ParamsInput } from './optimizer.js';

export interface SGDOptions {
  lr: number;
  momentum: number;
  dampening: number;
  weightDecay: number;
  nesterov: boolean;
  /** Maximise the objective instead of minimising it. */
  maximize: boolean;
}

/**
 * Stochastic gradient descent with PyTorch's exact update:
 *   g = ±grad + weightDecay·p
 *   b = g on the first step, else momentum·b + (1 - dampening)·g
 *   p -= lr · (nesterov ? g + momentum·b : b)          (b = g without momentum)
 *
 * @example
 * const optimizer = new optim.SGD(net.parameters(), { lr: 0.01, momentum: 0.9 });
 * optimizer.zeroGrad(); loss.backward(); optimizer.step();
 */
export class SGD extends Optimizer<SGDOptions> {
  constructor(params: ParamsInput<SGDOptions>, options: Partial<SGDOptions> = {}) {
    super(params, { lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false, maximize: false, ...options });
  }

  protected override validate(group: SGDOptions): void {
    super.validate(group);
    if (!(group.momentum >= 0)) throw new RangeError(`Invalid momentum value: ${group.momentum}`);
    if (!(group.weightDecay >= 0)) throw new RangeError(`Invalid weight_decay value: ${group.weightDecay}`);
    if (group.nesterov && (group.momentum <= 0 || group.dampening !== 0)) {
      throw new Error('Nesterov momentum requires a momentum and zero dampening');
    }
  }

  /** One kernel per parameter where the backend has it (cpu): the same bits as `update`. */
  protected override stepInPlace(p: Tensor, grad: Tensor, group: ParamGroup<SGDOptions>, state: ParamState): boolean {
    const prev = state.momentum_buffer as Tensor | undefined;
    const { lr, momentum, dampening, weightDecay, nesterov, maximize } = group;
    const buf = sgdStepInPlace(p, grad, prev, { lr, momentum, dampening, weightDecay, nesterov, maximize });
    if (buf === undefined) return false;
    if (buf && buf !== prev) this.setState(state, 'momentum_buffer', buf);
    return true;
  }

  protected update(p: Tensor, grad: Tensor, group: ParamGroup<SGDOptions>, state: ParamState): Tensor {
    let g = group.maximize ? grad.neg() : grad;
    if (group.weightDecay !== 0) g = g.add(p, { alpha: group.weightDecay });
    if (group.momentum !== 0) {
      const prev = state.momentum_buffer;
      const buf = prev === undefined
        ? this.setState(state, 'momentum_buffer', g.clone())
        : this.setState(state, 'momentum_buffer', (prev as Tensor).mul(group.momentum).add(g, { alpha: 1 - group.dampening }));
      g = group.nesterov ? g.add(buf, { alpha: group.momentum }) : buf;
    }
    return p.add(g, { alpha: -group.lr });
  }
}
