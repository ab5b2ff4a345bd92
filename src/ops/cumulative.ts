import { tidy } from '../memory.js';
import { formatShape, normalizeDim } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast } from './copy.js';
import { fromHost, zeros } from './creation.js';
import { add, maskedFill } from './elementwise.js';
import { cat } from './join.js';
import { narrow } from './views.js';
import { assertTensor } from './util.js';

/**
 * A bool [rows, cols] mask that is true where an element is dropped: above
 * the `diagonal`-th diagonal for tril (col - row > diagonal), below it for triu.
 * Built on the host (no data read) and uploaded.
 */
function dropMask(rows: number, cols: number, diagonal: number, lower: boolean, device: string): Tensor {
  const values = new Uint8Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) values[r * cols + c] = (lower ? c - r > diagonal : c - r < diagonal) ? 1 : 0;
  }
  return fromHost(lower ? 'tril' : 'triu', values, [rows, cols], { device }, 'bool');
}

function triangle(op: 'tril' | 'triu', x: Tensor, diagonal: number): Tensor {
  assertTensor(op, x);
  if (x.ndim < 2) throw new Error(`${op}: input tensor must have at least 2 dimensions, got shape ${formatShape(x.shape)}`);
  if (!Number.isInteger(diagonal)) throw new TypeError(`${op}: diagonal must be an integer, got ${diagonal}`);
  return tidy(() => {
    const mask = dropMask(x.shape[x.ndim - 2]!, x.shape[x.ndim - 1]!, diagonal, op === 'tril', x.device);
    // maskedFill keeps the dtype; its gradient is zero where the mask drops.
    return maskedFill(x, mask, 0);
  });
}

/**
 * The lower triangle of the last two dims (batched over the rest); elements
 * above the `diagonal`-th diagonal become 0. diagonal > 0 keeps more, < 0 fewer.
 *
 * @example
 * torch.tril(torch.ones([3, 3])); // [[1, 0, 0], [1, 1, 0], [1, 1, 1]]
 */
export function tril(x: Tensor, diagonal = 0): Tensor {
  return triangle('tril', x, diagonal);
}

/** The upper triangle of the last two dims; elements below the `diagonal`-th diagonal become 0. */
export function triu(x: Tensor, diagonal = 0): Tensor {
  return triangle('triu', x, diagonal);
}

/**
 * Cumulative sum along `dim`. bool and int32 inputs sum as int32 (PyTorch
 * gives int64). Computed as a Hillis-Steele scan: ceil(log2 n) rounds of
 * "add a copy shifted by 2^k", so it runs on every backend from existing
 * kernels, stays exact for integers, and its gradient (a reversed cumsum)
 * comes from the ops it is made of.
 *
 * @example
 * torch.cumsum(torch.tensor([1, 2, 3]), 0); // [1, 3, 6]
 */
export function cumsum(x: Tensor, dim: number): Tensor {
  assertTensor('cumsum', x);
  return tidy(() => {
    if (x.ndim === 0) return x.dtype === 'bool' ? cast(x, 'int32') : add(x, 0);
    const d = normalizeDim('cumsum', dim, x.ndim);
    let acc = x.dtype === 'bool' ? cast(x, 'int32') : x;
    const n = acc.shape[d]!;
    if (n <= 1) return add(acc, 0);
    for (let shift = 1; shift < n; shift *= 2) {
      const padShape = acc.shape.map((s, i) => (i === d ? shift : s));
      const shifted = cat([zeros(padShape, { device: acc.device, dtype: acc.dtype }), narrow(acc, d, 0, n - shift)], d);
      acc = add(acc, shifted);
    }
    return acc;
  });
}
