import { recordOp } from '../autograd/node.js';
import { tidy } from '../memory.js';
import { formatShape, numel, shapesEqual } from '../shape.js';
import type { Tensor } from '../tensor.js';
import type { View } from '../backend/backend.js';
import { contiguous } from './copy.js';
import { tril } from './cumulative.js';
import { ones } from './creation.js';
import { dropout } from './dropout.js';
import { add, eq, exp, mul, sub, where } from './elementwise.js';
import { matmul } from './matmul.js';
import { max, sum } from './reduce.js';
import { softmax } from './softmax.js';
import { expand, narrow, reshape, transpose } from './views.js';
import { assertTensor, backendOf, checkDType, checkFloat, empty } from './util.js';

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
 * v [..., S, Ev] -> [..., L, Ev]. Without dropout it offers the work to the
 * backend's fused kernel (WebGPU: tiled, online softmax, so memory does not
 * grow with L * S, with or without a mask; cpu: only without a mask and for
 * large scores, being slower below); otherwise, or when the backend declines,
 * it is composed from matmul, masked softmax and matmul, which runs and
 * differentiates everywhere. A mask goes to the fused kernel at its own shape
 * (a bool mask as a 0 / -inf bias), so a [N, 1, 1, S] key-padding mask costs
 * N * S floats, unless it is a float mask that requires grad (composed: the
 * fused kernel gives no gradient for the mask).
 * NOTE: a query row whose keys are all masked out gives zeros (PyTorch >= 2.5's
 * math path), not NaN, and passes no gradient, on either path.
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
  const backend = backendOf(op, q, k, v);
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
  // The fused kernel (where the backend has one) keeps no [L, S] scores; dropout composes.
  const batch = q.shape.slice(0, -2);
  const sameBatch = shapesEqual(batch, k.shape.slice(0, -2)) && shapesEqual(batch, v.shape.slice(0, -2));
  const fusable = mask ? backend.attentionBiased && fusableMask(mask, [...batch, L, S]) : backend.attention;
  if (fusable && p === 0 && sameBatch && L > 0 && S > 0) {
    const fused = fusedAttention(q, k, v, mask, scale, isCausal);
    if (fused) return fused;
  }
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

/** [B, rows, cols] contiguous view of `t` [..., rows, cols]. */
function as3d(t: Tensor): Tensor {
  return contiguous(reshape(t, [numel(t.shape.slice(0, -2)), t.shape[t.ndim - 2]!, t.shape[t.ndim - 1]!]));
}

/**
 * Whether the fused kernel can take `mask`: it broadcasts to `target`
 * ([...batch, L, S]) without adding dims, and, being a float mask, needs no
 * gradient (the fused backward gives none for it).
 */
function fusableMask(mask: Tensor, target: readonly number[]): boolean {
  if (mask.dtype === 'float32' && mask.requiresGrad) return false;
  if (mask.ndim > target.length) return false;
  const lead = target.length - mask.ndim;
  return mask.shape.every((n, i) => n === 1 || n === target[lead + i]);
}

/**
 * The backend's fused kernel (no [L, S] scores in memory); with a mask, its
 * biased variant over the mask broadcast to [...batch, L, S] as a view.
 * Backward uses the backend's fused backward when it has one, else
 * recomputes the probabilities from the saved log-sum-exp with ordinary ops.
 */
function fusedAttention(q: Tensor, k: Tensor, v: Tensor, mask: Tensor | null, scale: number, causal: boolean): Tensor | null {
  return tidy(() => {
    const backend = q.storage.backend;
    const [q3, k3, v3] = [as3d(q), as3d(k), as3d(v)];
    const [B, L] = q3.shape as [number, number];
    const S = k3.shape[1]!;
    const Ev = v3.shape[2]!;
    const out3 = empty(backend, [B, L, Ev], 'float32');
    // With a bias, per row (max, log-denominator) rather than their sum (see Backend.attentionBiased).
    const lse = empty(backend, mask ? [B, L, 2] : [B, L], 'float32');
    // A bool mask becomes a 0 / -inf bias at its own shape; the broadcast to [...batch, L, S] is a view (stride 0), never copied.
    const bias = mask && expand(mask.dtype === 'bool' ? where(mask, 0, -Infinity) : mask, [...q.shape.slice(0, -2), L, S]);
    const views = [out3.storage.buffer, lse.storage.buffer, q3.view_(), k3.view_(), v3.view_()] as const;
    const handled = bias ? backend.attentionBiased!(...views, bias.view_(), scale, causal) : backend.attention!(...views, scale, causal);
    if (!handled) return null;
    const saved = bias ? [q3, k3, v3, out3, lse, bias] : [q3, k3, v3, out3, lse];
    const recorded = recordOp('scaledDotProductAttention', [q3, k3, v3], out3, saved, (g, [sq, sk, sv, so, sl, sb]) =>
      attentionGrads(contiguous(g), sq!, sk!, sv!, so!, sl!, sb ?? null, scale, causal),
    );
    return reshape(recorded, [...q.shape.slice(0, -1), Ev]);
  });
}

/** dq, dk, dv of the fused attention (first-order: the fused backward is not itself differentiated). */
function attentionGrads(g: Tensor, q: Tensor, k: Tensor, v: Tensor, out: Tensor, lse: Tensor, bias: Tensor | null, scale: number, causal: boolean): Tensor[] {
  const backend = q.storage.backend;
  if (bias ? backend.attentionBiasedBackward : backend.attentionBackward) {
    const dq = empty(backend, q.shape, 'float32');
    const dk = empty(backend, k.shape, 'float32');
    const dv = empty(backend, v.shape, 'float32');
    const grads = [dq.storage.buffer, dk.storage.buffer, dv.storage.buffer] as const;
    const views = [q, k, v, out, g, lse].map((t) => t.view_()) as [View, View, View, View, View, View];
    const handled = bias
      ? backend.attentionBiasedBackward!(...grads, ...views, bias.view_(), scale, causal)
      : backend.attentionBackward!(...grads, ...views, scale, causal);
    if (handled) return [dq, dk, dv];
  }
  // p = exp(q kᵀ · scale + bias - lse); ds = p (g vᵀ - rowsum(g * out)).
  let scores = mul(matmul(q, transpose(k, -2, -1)), scale);
  if (bias) scores = add(scores, reshape(bias, scores.shape));
  if (causal) scores = where(tril(ones([q.shape[1]!, k.shape[1]!], { device: q.device, dtype: 'bool' })), scores, -Infinity);
  // A biased lse is (max, log-denominator) per row: subtract the max first. A fully masked row has max +inf: p = 0.
  const shifted = bias ? sub(sub(scores, narrow(lse, 2, 0, 1)), narrow(lse, 2, 1, 1)) : sub(scores, reshape(lse, [...lse.shape, 1]));
  const probs = exp(shifted);
  const ds = mul(mul(probs, sub(matmul(g, transpose(v, -2, -1)), sum(mul(g, out), -1, true))), scale);
  return [matmul(ds, k), matmul(transpose(ds, -2, -1), q), matmul(transpose(probs, -2, -1), g)];
}
