import { tidy } from '../memory.js';
import { recordOp } from '../autograd/node.js';
import { normalizeDim } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, contiguous } from './copy.js';
import { exp, mul, sub } from './elementwise.js';
import { sum } from './reduce.js';
import { transpose } from './views.js';
import { assertTensor, backendOf, empty } from './util.js';

/** Runs the fused kernel over the last dim, moving `dim` there and back when needed. */
function softmaxKernel(x: Tensor, dim: number, log: boolean): Tensor {
  return tidy(() => {
    const op = log ? 'logSoftmax' : 'softmax';
    const d = normalizeDim(op, dim, x.ndim);
    const last = Math.max(x.ndim - 1, 0);
    const moved = d === last ? x : transpose(x, d, last);
    const src = contiguous(cast(moved, 'float32'));
    const backend = backendOf(op, src);
    const cols = src.ndim === 0 ? 1 : src.shape[last]!;
    const rows = cols === 0 ? 0 : src.numel() / cols;
    const out = empty(backend, src.shape, 'float32');
    if (src.numel() > 0) backend.softmax(out.storage.buffer, src.view_(), rows, cols, log);
    if (d === last) return out;
    // Back to the caller's layout; a view, materialised so later kernels read it contiguously.
    const back = contiguous(transpose(out, d, last));
    out.dispose();
    return back;
  });
}

/** softmax along `dim`, numerically stable (max subtracted). */
export function softmax(x: Tensor, dim: number): Tensor {
  assertTensor('softmax', x);
  const d = normalizeDim('softmax', dim, x.ndim);
  const out = softmaxKernel(x, d, false);
  if (x.dtype !== 'float32') return out;
  // dx = y * (g - sum(g * y))
  return recordOp('softmax', [x], out, [out], (g, [y]) => [mul(y!, sub(g, sum(mul(g, y!), d, true)))]);
}

/** log(softmax(x)) along `dim`, computed directly (stable for large logits). */
export function logSoftmax(x: Tensor, dim: number): Tensor {
  assertTensor('logSoftmax', x);
  const d = normalizeDim('logSoftmax', dim, x.ndim);
  const out = softmaxKernel(x, d, true);
  if (x.dtype !== 'float32') return out;
  // dx = g - softmax * sum(g)
  return recordOp('logSoftmax', [x], out, [out], (g, [y]) => [sub(g, mul(exp(y!), sum(g, d, true)))]);
}
