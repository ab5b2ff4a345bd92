import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';

/**
 * Flattens dims startDim..endDim (default: all but the batch dim).
 *
 * @example
 * new nn.Flatten().forward(torch.zeros([64, 16, 5, 5])).shape; // [64, 400]
 */
export class Flatten extends Module<[Tensor], Tensor> {
  constructor(
    readonly startDim = 1,
    readonly endDim = -1,
  ) {
    super();
  }

  forward(x: Tensor): Tensor {
    return x.flatten(this.startDim, this.endDim);
  }

  override extraRepr(): string {
    return `start_dim=${this.startDim}, end_dim=${this.endDim}`;
  }
}

/**
 * Returns its input unchanged (a placeholder, e.g. for a removed layer).
 * NOTE: the result is the input tensor itself, not a copy.
 */
export class Identity extends Module<[Tensor], Tensor> {
  forward(x: Tensor): Tensor {
    return x;
  }
}
