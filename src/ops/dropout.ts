import { defaultGenerator } from '../random.js';
import { tidy } from '../memory.js';
import type { Tensor } from '../tensor.js';
import { fromHost } from './creation.js';
import { mul } from './elementwise.js';
import { assertTensor, checkFloat } from './util.js';

export interface DropoutOptions {
  /** Probability of zeroing an element (PyTorch's default 0.5). */
  p?: number;
  /** When false, dropout is the identity. F.dropout defaults to true, as PyTorch. */
  training?: boolean;
}

/**
 * Zeroes each element with probability p and scales the rest by 1/(1-p).
 * The mask is drawn on the host from the seeded default generator (one
 * uniform per element, row-major), so a seed gives the same mask on every
 * backend.
 *
 * @example
 * torch.manualSeed(0);
 * const y = torch.nn.functional.dropout(x, { p: 0.2 });
 */
export function dropout(x: Tensor, options: DropoutOptions = {}): Tensor {
  const p = options.p ?? 0.5;
  const training = options.training ?? true;
  assertTensor('dropout', x);
  checkFloat('dropout', x);
  if (!(p >= 0 && p <= 1)) throw new RangeError(`dropout: probability has to be between 0 and 1, but got ${p}`);
  if (!training || p === 0) return x;
  return tidy(() => {
    const n = x.numel();
    const mask = new Float32Array(n);
    // NOTE: p = 1 keeps nothing; mask stays all zeros instead of 0 * inf = NaN.
    if (p < 1) {
      const scale = 1 / (1 - p);
      for (let i = 0; i < n; i++) mask[i] = defaultGenerator.uniform() < 1 - p ? scale : 0;
    }
    return mul(x, fromHost('dropout', mask, x.shape, { device: x.device }, 'float32'));
  });
}
