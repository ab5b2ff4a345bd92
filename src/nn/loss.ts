/**
 * Loss modules: thin wrappers that hold the options of their `nn.functional`
 * twin. Called as `criterion.forward(input, target)`.
 */
import type { Tensor } from '../tensor.js';
import {
  binaryCrossEntropyWithLogits, crossEntropy, mseLoss, nllLoss,
  type BceWithLogitsOptions, type CrossEntropyOptions, type NllLossOptions, type Reduction,
} from './functional.js';
import { Module } from './module.js';

abstract class Loss extends Module<[Tensor, Tensor], Tensor> {}

/**
 * Cross entropy between logits [N, C] (or [N, C, ...]) and int32 class indices
 * [N] (or class probabilities of the logits' shape). Defaults as in PyTorch:
 * mean reduction, ignoreIndex -100, no label smoothing.
 *
 * @example
 * const criterion = new nn.CrossEntropyLoss();
 * const loss = criterion.forward(outputs, labels);
 * loss.backward();
 */
export class CrossEntropyLoss extends Loss {
  constructor(readonly options: CrossEntropyOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return crossEntropy(input, target, this.options);
  }
}

/** Negative log likelihood of log-probabilities [N, C] at int32 class indices [N]. */
export class NLLLoss extends Loss {
  constructor(readonly options: NllLossOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return nllLoss(input, target, this.options);
  }
}

/** Mean squared error (or its sum / elementwise with `reduction`). */
export class MSELoss extends Loss {
  constructor(readonly options: { reduction?: Reduction } = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return mseLoss(input, target, this.options);
  }
}

/** Sigmoid + binary cross entropy in one numerically stable op; targets are float32 in [0, 1]. */
export class BCEWithLogitsLoss extends Loss {
  constructor(readonly options: BceWithLogitsOptions = {}) {
    super();
  }

  forward(input: Tensor, target: Tensor): Tensor {
    return binaryCrossEntropyWithLogits(input, target, this.options);
  }
}
