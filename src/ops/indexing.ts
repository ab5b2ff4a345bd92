import { tidy } from '../memory.js';
import { recordOp } from '../autograd/node.js';
import { formatShape, normalizeDim, numel } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { contiguous, copyAs } from './copy.js';
import { arange, zeros } from './creation.js';
import { assertTensor, backendOf, empty } from './util.js';

function checkIndex(op: string, index: Tensor): void {
  if (index.dtype !== 'int32') {
    throw new TypeError(`${op}: index must be an int32 tensor, got ${index.dtype} (shape ${formatShape(index.shape)})`);
  }
}

/**
 * Index values must lie in [0, size). On cpu they are checked here; on WebGPU
 * that would need a read back (a GPU sync), so out-of-range indices are
 * skipped by the kernels there instead.
 */
function checkRange(op: string, index: Tensor, size: number): void {
  const backend = index.storage.backend;
  if (!backend.readSync || index.numel() === 0) return;
  const c = contiguous(index);
  const values = new Int32Array(backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
  if (c !== index) c.dispose();
  for (const v of values) {
    if (v < 0 || v >= size) throw new RangeError(`${op}: index ${v} is out of bounds for dimension with size ${size}`);
  }
}

function splitAt(shape: readonly number[], d: number): [number, number, number] {
  return [numel(shape.slice(0, d)), shape[d]!, numel(shape.slice(d + 1))];
}

/** Rows of `x` along `dim` picked by a 1-D int32 `index`. */
export function indexSelect(x: Tensor, dim: number, index: Tensor): Tensor {
  assertTensor('indexSelect', x);
  assertTensor('indexSelect', index, 'index');
  checkIndex('indexSelect', index);
  if (index.ndim > 1) throw new Error(`indexSelect: index must be 0-D or 1-D, got shape ${formatShape(index.shape)}`);
  const backend = backendOf('indexSelect', x, index);
  const d = normalizeDim('indexSelect', dim, x.ndim);
  const [outer, n, inner] = splitAt(x.shape, d);
  checkRange('indexSelect', index, n);
  const m = index.numel();
  const shape = [...x.shape];
  if (x.ndim > 0) shape[d] = m;
  const src = contiguous(x);
  const idx = contiguous(index);
  const out = empty(backend, shape, x.dtype);
  backend.indexSelect(out.storage.buffer, src.view_(), idx.view_(), outer, n, inner, m);
  if (src !== x) src.dispose();
  if (x.dtype !== 'float32') return out;
  return recordOp('indexSelect', [x], out, [idx], (g, [si]) => [indexAdd(zeros(x.shape, { device: g.device }), d, si!, g)]);
}

/** In place: target[.., index[j], ..] += src[.., j, ..] (target must be contiguous and own its storage). */
export function indexAddInPlace(target: Tensor, dim: number, index: Tensor, src: Tensor): void {
  const backend = backendOf('indexAdd', target, index, src);
  const d = normalizeDim('indexAdd', dim, target.ndim);
  const [outer, n, inner] = splitAt(target.shape, d);
  const m = index.numel();
  const expected = [...target.shape];
  if (target.ndim > 0) expected[d] = m;
  if (src.ndim !== target.ndim || src.shape.some((s, i) => s !== expected[i])) {
    throw new Error(`indexAdd: source shape ${formatShape(src.shape)} does not match ${formatShape(expected)} (target ${formatShape(target.shape)}, ${m} indices along dim ${d})`);
  }
  const s = contiguous(src);
  const idx = contiguous(index);
  backend.indexAdd(target.storage.buffer, s.view_(), idx.view_(), outer, n, inner, m);
  if (s !== src) s.dispose();
  if (idx !== index) idx.dispose();
}

/** PyTorch's index_add: a copy of `x` with `src` rows added at `index` along `dim`. */
export function indexAdd(x: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  assertTensor('indexAdd', x);
  assertTensor('indexAdd', index, 'index');
  assertTensor('indexAdd', src, 'source');
  checkIndex('indexAdd', index);
  const d = normalizeDim('indexAdd', dim, x.ndim);
  checkRange('indexAdd', index, x.shape[d] ?? 1);
  const out = copyAs(x, x.dtype);
  indexAddInPlace(out, d, index, src);
  if (x.dtype !== 'float32') return out;
  const idx = contiguous(index);
  return recordOp('indexAdd', [x, src], out, [idx], (g, [si]) => [g, indexSelect(g, d, si!)]);
}

function checkGatherShapes(op: string, x: Tensor, d: number, index: Tensor): void {
  if (index.ndim !== x.ndim) {
    throw new Error(`${op}: index ${formatShape(index.shape)} must have as many dims as the input ${formatShape(x.shape)}`);
  }
  index.shape.forEach((s, i) => {
    if (i !== d && s > x.shape[i]!) {
      throw new Error(`${op}: size of index ${formatShape(index.shape)} does not fit input ${formatShape(x.shape)} at dim ${i} (apart from dim ${d})`);
    }
  });
}

/** out[i][j][k] = x[i][index[i][j][k]][k] (for dim 1), as PyTorch's gather. */
export function gather(x: Tensor, dim: number, index: Tensor): Tensor {
  assertTensor('gather', x);
  assertTensor('gather', index, 'index');
  checkIndex('gather', index);
  const backend = backendOf('gather', x, index);
  const d = normalizeDim('gather', dim, x.ndim);
  checkGatherShapes('gather', x, d, index);
  checkRange('gather', index, x.shape[d] ?? 1);
  const src = contiguous(x);
  const idx = contiguous(index);
  const out = empty(backend, index.shape, x.dtype);
  backend.gather(out.storage.buffer, src.view_(), d, idx.view_());
  if (src !== x) src.dispose();
  if (x.dtype !== 'float32') return out;
  return recordOp('gather', [x], out, [idx], (g, [si]) => [scatterAdd(zeros(x.shape, { device: g.device }), d, si!, g)]);
}

/** A copy of `x` with `src` added at the positions `index` names along `dim` (PyTorch's scatter_add). */
export function scatterAdd(x: Tensor, dim: number, index: Tensor, src: Tensor): Tensor {
  assertTensor('scatterAdd', x);
  assertTensor('scatterAdd', index, 'index');
  assertTensor('scatterAdd', src, 'src');
  checkIndex('scatterAdd', index);
  const backend = backendOf('scatterAdd', x, index, src);
  const d = normalizeDim('scatterAdd', dim, x.ndim);
  checkGatherShapes('scatterAdd', x, d, index);
  if (src.ndim !== index.ndim || index.shape.some((s, i) => s > src.shape[i]!)) {
    throw new Error(`scatterAdd: index ${formatShape(index.shape)} must not be larger than src ${formatShape(src.shape)}`);
  }
  if (src.dtype !== x.dtype) throw new TypeError(`scatterAdd: src dtype ${src.dtype} must match the input's ${x.dtype}`);
  checkRange('scatterAdd', index, x.shape[d] ?? 1);
  const out = copyAs(x, x.dtype);
  const idx = contiguous(index);
  // PyTorch reads only the index-shaped corner of src.
  const s = contiguous(src.ndim === index.ndim && index.shape.every((v, i) => v === src.shape[i]) ? src : sliceCorner(src, index.shape));
  backend.scatterAdd(out.storage.buffer, out.shape, d, idx.view_(), s.view_());
  if (s !== src) s.dispose();
  if (x.dtype !== 'float32') return out;
  return recordOp('scatterAdd', [x, src], out, [idx], (g, [si]) => {
    const gs = gather(g, d, si!);
    return [g, gs.shape.every((v, i) => v === src.shape[i]) ? gs : padTo(gs, src.shape)];
  });
}

function sliceCorner(t: Tensor, shape: readonly number[]): Tensor {
  let v = t;
  shape.forEach((s, i) => {
    if (v.shape[i] !== s) v = v.narrow(i, 0, s);
  });
  return v;
}

/**
 * Zeros of `shape` with `g` added along `dim` at start, start+step, ...: the
 * gradient of a strided selection (narrow, slice) and of a smaller index.
 */
export function scatterBack(g: Tensor, shape: readonly number[], dim: number, start: number, step: number): Tensor {
  const out = zeros(shape, { device: g.device });
  addSliceInPlace(out, dim, start, step, g);
  return out;
}

/** target[.., start + j * step, ..] += g[.., j, ..] along `dim`, in place (no autograd: target is a gradient buffer its caller owns). */
export function addSliceInPlace(target: Tensor, dim: number, start: number, step: number, g: Tensor): void {
  tidy(() => {
    const count = g.shape[dim]!;
    const index = arange(start, start + count * step, step, { device: g.device, dtype: 'int32' });
    indexAddInPlace(target, dim, index, g);
  });
}

/** `g` placed in the leading corner of zeros of `shape` (src gradient when index is smaller than src). */
function padTo(g: Tensor, shape: readonly number[]): Tensor {
  let acc = g;
  for (let i = 0; i < shape.length; i++) {
    if (acc.shape[i] !== shape[i]) acc = scatterBack(acc, acc.shape.map((s, j) => (j === i ? shape[i]! : s)), i, 0, 1);
  }
  return acc;
}
