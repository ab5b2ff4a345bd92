import { tidy } from '../memory.js';
import { recordOp } from '../autograd/node.js';
import { broadcastShapes, formatShape, numel } from '../shape.js';
import type { Tensor } from '../tensor.js';
import type { View } from '../backend/backend.js';
import { sumToShape } from './elementwise.js';
import { contiguous } from './copy.js';
import { expand, reshape, squeeze, transpose, unsqueeze } from './views.js';
import { assertTensor, backendOf, checkFloat, empty } from './util.js';

/**
 * Reads a tensor of shape [...batch, r, c] as a 3-D [B, r, c] view. Batch dims
 * that merge into one stride do so without copying; others are copied.
 */
function as3d(t: Tensor): { view: View; owned: Tensor | undefined } {
  const r = t.shape[t.ndim - 2]!;
  const c = t.shape[t.ndim - 1]!;
  const batchShape = t.shape.slice(0, -2);
  const batchStrides = t.strides.slice(0, -2);
  const B = numel(batchShape);
  // One batch stride describes all batch dims when they are nested evenly (or all broadcast).
  let stride = 0;
  let ok = true;
  for (let i = batchShape.length - 1, expected = -1; i >= 0; i--) {
    if (batchShape[i] === 1) continue;
    if (expected === -1) {
      stride = batchStrides[i]!;
      expected = stride * batchShape[i]!;
    } else if (batchStrides[i] !== expected) {
      ok = false;
      break;
    } else {
      expected = batchStrides[i]! * batchShape[i]!;
    }
  }
  if (ok) {
    const v = t.view_();
    return { view: { ...v, shape: [B, r, c], strides: [stride, t.strides[t.ndim - 2]!, t.strides[t.ndim - 1]!] }, owned: undefined };
  }
  const c3 = reshape(contiguous(t), [B, r, c]);
  return { view: c3.view_(), owned: c3 };
}

/** The 2-D-or-more product (both operands at least 2-D, batch dims broadcast). */
function matmulNd(a: Tensor, b: Tensor): Tensor {
  return tidy(() => {
    const M = a.shape[a.ndim - 2]!;
    const K = a.shape[a.ndim - 1]!;
    const N = b.shape[b.ndim - 1]!;
    if (b.shape[b.ndim - 2] !== K) {
      throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} cannot be multiplied`);
    }
    const batch = broadcastShapes('matmul', a.shape.slice(0, -2), b.shape.slice(0, -2));
    const backend = backendOf('matmul', a, b);
    const ea = expand(a, [...batch, M, K]);
    const eb = expand(b, [...batch, K, N]);
    const va = as3d(ea);
    const vb = as3d(eb);
    const out = empty(backend, [...batch, M, N], 'float32');
    backend.matmul(out.storage.buffer, va.view, vb.view);
    for (const t of [ea, eb, va.owned, vb.owned]) t?.dispose();
    // NOTE: an operand that needs no gradient (a conv's im2col columns of the
    // input images) gets none: that product would be computed and dropped.
    return recordOp('matmul', [a, b], out, [a, b], (g, [sa, sb]) => [
      a.requiresGrad ? productSummedTo(g, transpose(sb!, -1, -2), sa!.shape) : null,
      !b.requiresGrad ? null
        // b = Wᵀ of a row-major W (Linear): (gᵀ a)ᵀ reaches W row-major, where aᵀ g would need a copy.
        : isTransposed2d(sb!) && sa!.ndim === 2 ? transpose(matmulNd(transpose(g, 0, 1), sa!), 0, 1)
        : productSummedTo(transpose(sa!, -1, -2), g, sb!.shape),
    ]);
  });
}

/** A 2-D view of a row-major matrix's transpose (strides [1, rows]). */
function isTransposed2d(t: Tensor): boolean {
  return t.ndim === 2 && t.shape[0]! > 1 && t.shape[1]! > 1 && t.strides[0] === 1 && t.strides[1] === t.shape[0];
}

/**
 * x @ y summed down to `shape` (an operand's gradient). When that operand was
 * broadcast over the whole batch (a conv or Linear weight) and the backend has
 * matmulSumBatch, the batch sum happens inside one kernel: no [B, M, N]
 * intermediate and no separate reduction.
 */
export function productSummedTo(x: Tensor, y: Tensor, shape: readonly number[]): Tensor {
  const backend = backendOf('matmul', x, y);
  const batch = broadcastShapes('matmul', x.shape.slice(0, -2), y.shape.slice(0, -2));
  if (!backend.matmulSumBatch || numel(batch) <= 1 || numel(shape.slice(0, -2)) !== 1) {
    return sumToShape(matmulNd(x, y), shape);
  }
  return tidy(() => {
    const M = x.shape[x.ndim - 2]!;
    const K = x.shape[x.ndim - 1]!;
    const N = y.shape[y.ndim - 1]!;
    const ex = expand(x, [...batch, M, K]);
    const ey = expand(y, [...batch, K, N]);
    const vx = as3d(ex);
    const vy = as3d(ey);
    const out = empty(backend, [M, N], 'float32');
    backend.matmulSumBatch!(out.storage.buffer, vx.view, vy.view);
    for (const t of [ex, ey, vx.owned, vy.owned]) t?.dispose();
    const summed = recordOp('matmulSumBatch', [x, y], out, [x, y], (g, [sx, sy]) => [
      x.requiresGrad ? sumToShape(matmulNd(g, transpose(sy!, -1, -2)), sx!.shape) : null,
      y.requiresGrad ? sumToShape(matmulNd(transpose(sx!, -1, -2), g), sy!.shape) : null,
    ]);
    return reshape(summed, shape);
  });
}

/**
 * Matrix product with PyTorch's rules: 1-D operands are promoted (and the
 * added dim removed), batch dims broadcast.
 *
 * @example
 * torch.matmul(torch.randn([64, 400]), torch.randn([400, 120])); // [64, 120]
 */
export function matmul(a: Tensor, b: Tensor): Tensor {
  return tidy(() => {
    assertTensor('matmul', a);
    assertTensor('matmul', b, 'other');
    checkFloat('matmul', a);
    checkFloat('matmul', b, 'other');
    if (a.ndim === 0 || b.ndim === 0) {
      throw new Error(`matmul: both arguments need at least 1 dimension, got shapes ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
    }
    if (a.ndim === 1 && b.ndim === 1 && a.shape[0] !== b.shape[0]) {
      throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} cannot be multiplied (1D tensors of different sizes)`);
    }
    const a2 = a.ndim === 1 ? unsqueeze(a, 0) : a;
    const b2 = b.ndim === 1 ? unsqueeze(b, 1) : b;
    if (a2.shape[a2.ndim - 1] !== b2.shape[b2.ndim - 2]) {
      throw new Error(`matmul: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} cannot be multiplied`);
    }
    let out = matmulNd(a2, b2);
    if (a.ndim === 1) out = squeeze(out, -2);
    if (b.ndim === 1) out = squeeze(out, -1);
    return out;
  });
}

/** Batched product of two 3-D tensors [B, n, m] x [B, m, p]. */
export function bmm(a: Tensor, b: Tensor): Tensor {
  assertTensor('bmm', a);
  assertTensor('bmm', b, 'other');
  if (a.ndim !== 3 || b.ndim !== 3) throw new Error(`bmm: expected 3-D tensors, got shapes ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
  if (a.shape[0] !== b.shape[0]) throw new Error(`bmm: batch sizes differ: ${formatShape(a.shape)} and ${formatShape(b.shape)}`);
  if (a.shape[2] !== b.shape[1]) throw new Error(`bmm: shapes ${formatShape(a.shape)} and ${formatShape(b.shape)} cannot be multiplied`);
  return matmul(a, b);
}
