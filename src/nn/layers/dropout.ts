import { dropout } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';

/**
 * Zeroes each element with probability p in train mode and scales the rest by
 * 1/(1-p); the identity in eval mode. Masks come from the seeded generator.
 *
 * @example
 * const drop = new nn.Dropout(0.25);
 * drop.eval(); drop.forward(x); // x unchanged
 */
export class Dropout extends Module<[Tensor], Tensor> {
  constructor(readonly p = 0.5) {
    super();
    if (!(p >= 0 && p <= 1)) throw new RangeError(`Dropout: probability has to be between 0 and 1, but got ${p}`);
  }

  forward(x: Tensor): Tensor {
    return dropout(x, { p: this.p, training: this.training });
  }

  override extraRepr(): string {
    return `p=${this.p}`;
  }
}
