import type { Tensor } from '../tensor.js';
import { Optimizer, type ParamGroup, type ParamState, type ParamsInput } from './optimizer.js';

export interface RMSpropOptions {
  lr: number;
  alpha: number;
  eps: number;
  weightDecay: number;
  momentum: number;
  centered: boolean;
  maximize: boolean;
}

/**
 * RMSprop with PyTorch's formulas:
 *   v = alpha·v + (1 - alpha)·g²;  centered: a = alpha·a + (1 - alpha)·g, avg = √(v - a²) + eps, else √v + eps
 *   momentum: b = momentum·b + g/avg, p -= lr·b;  otherwise p -= lr·g/avg
 *
 * @example
 * const optimizer = new optim.RMSprop(model.parameters(), { lr: 0.01 });
 */
export class RMSprop extends Optimizer<RMSpropOptions> {
  constructor(params: ParamsInput<RMSpropOptions>, options: Partial<RMSpropOptions> = {}) {
    super(params, { lr: 1e-2, alpha: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0, centered: false, maximize: false, ...options });
  }

  protected override validate(group: RMSpropOptions): void {
    super.validate(group);
    if (!(group.eps >= 0)) throw new RangeError(`Invalid epsilon value: ${group.eps}`);
    if (!(group.momentum >= 0)) throw new RangeError(`Invalid momentum value: ${group.momentum}`);
    if (!(group.weightDecay >= 0)) throw new RangeError(`Invalid weight_decay value: ${group.weightDecay}`);
    if (!(group.alpha >= 0)) throw new RangeError(`Invalid alpha value: ${group.alpha}`);
  }

  protected update(p: Tensor, grad: Tensor, group: ParamGroup<RMSpropOptions>, state: ParamState): Tensor {
    const set = (k: string, v: Tensor): Tensor => this.setState(state, k, v);
    const { alpha } = group;
    state.step = ((state.step as number | undefined) ?? 0) + 1;
    let g = group.maximize ? grad.neg() : grad;
    if (group.weightDecay !== 0) g = g.add(p, { alpha: group.weightDecay });
    const gg = g.mul(g);
    const prevSq = state.square_avg as Tensor | undefined;
    const squareAvg = set('square_avg', prevSq ? prevSq.mul(alpha).add(gg, { alpha: 1 - alpha }) : gg.mul(1 - alpha));
    let avg: Tensor;
    if (group.centered) {
      const prevAvg = state.grad_avg as Tensor | undefined;
      const gradAvg = set('grad_avg', prevAvg ? prevAvg.mul(alpha).add(g, { alpha: 1 - alpha }) : g.mul(1 - alpha));
      avg = squareAvg.sub(gradAvg.mul(gradAvg)).sqrt().add(group.eps);
    } else {
      avg = squareAvg.sqrt().add(group.eps);
    }
    if (group.momentum > 0) {
      const prevBuf = state.momentum_buffer as Tensor | undefined;
      const step = g.div(avg);
      const buf = set('momentum_buffer', prevBuf ? prevBuf.mul(group.momentum).add(step) : step);
      return p.add(buf, { alpha: -group.lr });
    }
    return p.sub(g.div(avg), { alpha: group.lr });
  }
}
