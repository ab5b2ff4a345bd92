import { tidy } from '../memory.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { tril } from './cumulative.js';
import { ones } from './creation.js';
import { dropout } from './dropout.js';
import { add, eq, mul, where } from './elementwise.js';
import { matmul } from './matmul.js';
import { max } from './reduce.js';
import { softmax } from './softmax.js';
import { transpose } from './views.js';
import { assertTensor, backendOf, checkDType, checkFloat } from './util.js';

export interface AttentionOptions {
  /**
   * Broadcastable to [..., L, S]. bool: true marks the pairs that take part
   * (false ones are masked out); float: added to the scores.
   */
  attnMask?: Tensor | null;
  /** Mask out keys after each query (top-left aligned lower triangle); not allowed with attnMask. */
  isCausal?: boolean;
  /** Dropout on the attention weights; applied whenever > 0, as PyTorch's functional form. */
  dropoutP?: number;
  /** Multiplies q kᵀ; defaults to 1 / sqrt(E). */
  scale?: number | null;
}

function checkShapes(q: Tensor, k: Tensor, v: Tensor): void {
  const op = 'scaledDotProductAttention';
  if (q.ndim < 2 || k.ndim < 2 || v.ndim < 2) {
    throw new Error(`${op}: query, key and value need at least 2 dims, got ${formatShape(q.shape)}, ${formatShape(k.shape)}, ${formatShape(v.shape)}`);
  }
  if (q.shape[q.ndim - 1] !== k.shape[k.ndim - 1]) {
    throw new Error(`${op}: query ${formatShape(q.shape)} and key ${formatShape(k.shape)} must have the same last dim`);
  }
  if (k.shape[k.ndim - 2] !== v.shape[v.ndim - 2]) {
    throw new Error(`${op}: key ${formatShape(k.shape)} and value ${formatShape(v.shape)} must have the same sequence length (dim -2)`);
  }
}

/**
 * softmax(q kᵀ · scale + mask) v over the last two dims, batch dims broadcast
 * (PyTorch's `F.scaled_dot_product_attention`). q [..., L, E], k [..., S, E],
 * v [..., S, Ev] -> [..., L, Ev]. Composed from matmul, masked softmax and
 * matmul, so it runs and differentiates on every backend.
 * NOTE: a query row whose keys are all masked out gives zeros (PyTorch >= 2.5's
 * math path), not NaN, and passes no gradient.
 *
 * @example
 * const y = torch.scaledDotProductAttention(q, k, v, { isCausal: true }); // q, k, v: [B, H, T, D]
 */
export function scaledDotProductAttention(q: Tensor, k: Tensor, v: Tensor, options: AttentionOptions = {}): Tensor {
  const op = 'scaledDotProductAttention';
  assertTensor(op, q, 'query');
  assertTensor(op, k, 'key');
  assertTensor(op, v, 'value');
  for (const [t, what] of [[q, 'query'], [k, 'key'], [v, 'value']] as const) checkFloat(op, t, what);
  backendOf(op, q, k, v);
  checkShapes(q, k, v);
  const mask = options.attnMask ?? null;
  const isCausal = options.isCausal ?? false;
  const p = options.dropoutP ?? 0;
  if (isCausal && mask) throw new Error(`${op}: explicit attnMask should not be set when isCausal=true`);
  if (mask) {
    assertTensor(op, mask, 'attnMask');
    checkDType(op, mask, ['bool', 'float32'], 'attnMask');
    backendOf(op, q, mask);
  }
  if (!(p >= 0 && p < 1)) throw new RangeError(`${op}: dropoutP must be in [0, 1), got ${p}`);
  const L = q.shape[q.ndim - 2]!;
  const S = k.shape[k.ndim - 2]!;
  const scale = options.scale ?? 1 / Math.sqrt(q.shape[q.ndim - 1]!);
  return tidy(() => {
    let scores = mul(matmul(q, transpose(k, -2, -1)), scale);
    let keep: Tensor | null = null;
    if (isCausal) keep = tril(ones([L, S], { device: q.device, dtype: 'bool' }));
    else if (mask?.dtype === 'bool') keep = mask;
    else if (mask) scores = add(scores, mask);
    if (keep) scores = where(keep, scores, -Infinity);
    let weights: Tensor;
    if (mask) {
      // Rows with every key masked: softmax over zeros there, then zero the weights.
      const empty = eq(max(scores, -1, true).values, -Infinity);
      weights = where(empty, 0, softmax(where(empty, 0, scores), -1));
    } else {
      weights = softmax(scores, -1);
    }
    if (p > 0) weights = dropout(weights, { p });
    return matmul(weights, v);
  });
}
