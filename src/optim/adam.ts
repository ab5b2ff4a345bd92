import type { Tensor } from '../tensor.js';
import { Optimizer, type ParamGroup, type ParamState, type ParamsInput } from './optimizer.js';

export interface AdamOptions {
  lr: number;
  betas: readonly [number, number];
  eps: number;
  weightDecay: number;
  amsgrad: boolean;
  maximize: boolean;
}

/** Adam's moment updates and step, shared by Adam (L2 weight decay) and AdamW (decoupled). */
function adamStep(p: Tensor, g: Tensor, group: AdamOptions, state: ParamState, set: (key: string, v: Tensor) => Tensor): Tensor {
  const [beta1, beta2] = group.betas;
  const step = ((state.step as number | undefined) ?? 0) + 1;
  state.step = step;
  const prevAvg = state.exp_avg as Tensor | undefined;
  const prevSq = state.exp_avg_sq as Tensor | undefined;
  // exp_avg.lerp_(g, 1 - beta1); exp_avg_sq.mul_(beta2).addcmul_(g, g, 1 - beta2); both start at zero.
  const expAvg = set('exp_avg', prevAvg ? prevAvg.mul(beta1).add(g, { alpha: 1 - beta1 }) : g.mul(1 - beta1));
  const gg = g.mul(g);
  const expAvgSq = set('exp_avg_sq', prevSq ? prevSq.mul(beta2).add(gg, { alpha: 1 - beta2 }) : gg.mul(1 - beta2));
  const biasCorrection1 = 1 - beta1 ** step;
  const biasCorrection2Sqrt = Math.sqrt(1 - beta2 ** step);
  let second = expAvgSq;
  if (group.amsgrad) {
    const prevMax = state.max_exp_avg_sq as Tensor | undefined;
    second = set('max_exp_avg_sq', prevMax ? prevMax.maximum(expAvgSq) : expAvgSq.clone());
  }
  const denom = second.sqrt().div(biasCorrection2Sqrt).add(group.eps);
  return p.sub(expAvg.div(denom), { alpha: group.lr / biasCorrection1 });
}

/**
 * Adam (Kingma & Ba) with PyTorch's formulas and bias correction; weightDecay
 * adds weightDecay·p to the gradient (L2). `amsgrad` keeps the max of the
 * second moments.
 *
 * @example
 * const optimizer = new optim.Adam(model.parameters(), { lr: 1e-3 });
 */
export class Adam extends Optimizer<AdamOptions> {
  constructor(params: ParamsInput<AdamOptions>, options: Partial<AdamOptions> = {}) {
    super(params, { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 0, amsgrad: false, maximize: false, ...options });
  }

  protected override validate(group: AdamOptions): void {
    validateAdam(group);
  }

  protected update(p: Tensor, grad: Tensor, group: ParamGroup<AdamOptions>, state: ParamState): Tensor {
    let g = group.maximize ? grad.neg() : grad;
    if (group.weightDecay !== 0) g = g.add(p, { alpha: group.weightDecay });
    return adamStep(p, g, group, state, (k, v) => this.setState(state, k, v));
  }
}

/**
 * AdamW (Loshchilov & Hutter): Adam with decoupled weight decay,
 * p ← p·(1 - lr·weightDecay) before the Adam step. Default weightDecay 0.01.
 *
 * @example
 * const optimizer = new optim.AdamW(model.parameters(), { lr: 3e-4, weightDecay: 0.1 });
 */
export class AdamW extends Optimizer<AdamOptions> {
  constructor(params: ParamsInput<AdamOptions>, options: Partial<AdamOptions> = {}) {
    super(params, { lr: 1e-3, betas: [0.9, 0.999], eps: 1e-8, weightDecay: 1e-2, amsgrad: false, maximize: false, ...options });
  }

  protected override validate(group: AdamOptions): void {
    validateAdam(group);
  }

  protected update(p: Tensor, grad: Tensor, group: ParamGroup<AdamOptions>, state: ParamState): Tensor {
    const g = group.maximize ? grad.neg() : grad;
    const decayed = group.weightDecay !== 0 ? p.mul(1 - group.lr * group.weightDecay) : p;
    return adamStep(decayed, g, group, state, (k, v) => this.setState(state, k, v));
  }
}

function validateAdam(group: AdamOptions): void {
  if (!(group.lr >= 0)) throw new RangeError(`Invalid learning rate: ${group.lr}`);
  if (!(group.eps >= 0)) throw new RangeError(`Invalid epsilon value: ${group.eps}`);
  const [b1, b2] = group.betas;
  if (!(b1 >= 0 && b1 < 1)) throw new RangeError(`Invalid beta parameter at index 0: ${b1}`);
  if (!(b2 >= 0 && b2 < 1)) throw new RangeError(`Invalid beta parameter at index 1: ${b2}`);
  if (!(group.weightDecay >= 0)) throw new RangeError(`Invalid weight_decay value: ${group.weightDecay}`);
}
