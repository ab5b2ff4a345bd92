import { recordOp } from '../autograd/node.js';
import { contiguousStrides, formatShape, inferShape, normalizeDim } from '../shape.js';
import { Tensor } from '../tensor.js';
import { contiguous } from './copy.js';
import { sumToShape } from './elementwise.js';
import { scatterBack } from './indexing.js';
import { assertTensor } from './util.js';

/** A tensor over `x`'s storage with new geometry (no copy). */
function makeView(x: Tensor, shape: readonly number[], strides: readonly number[], offset: number): Tensor {
  return new Tensor(x.storage.retain(), [...shape], [...strides], offset, x.dtype);
}

function viewOp(name: string, x: Tensor, shape: readonly number[], strides: readonly number[], offset: number, back: (g: Tensor) => Tensor): Tensor {
  return recordOp(name, [x], makeView(x, shape, strides, offset), [], (g) => [back(g)]);
}

/** Same data, new shape (one dim may be -1). Copies only when the strides do not allow a view. */
export function reshape(x: Tensor, shape: readonly number[]): Tensor {
  assertTensor('reshape', x);
  const target = inferShape('reshape', shape, x.numel(), x.shape);
  const src = contiguous(x);
  const out = viewOp('reshape', src, target, contiguousStrides(target), src.offset, (g) => reshape(g, src.shape));
  if (src !== x) src.dispose();
  return out;
}

/** Like reshape but never copies: the tensor must be contiguous. */
export function view(x: Tensor, shape: readonly number[]): Tensor {
  assertTensor('view', x);
  const target = inferShape('view', shape, x.numel(), x.shape);
  if (!x.isContiguous()) {
    throw new Error(`view: size ${formatShape(target)} is not compatible with the input's size and stride (shape ${formatShape(x.shape)} is not contiguous); use reshape() instead`);
  }
  return viewOp('view', x, target, contiguousStrides(target), x.offset, (g) => reshape(g, x.shape));
}

export function transpose(x: Tensor, dim0: number, dim1: number): Tensor {
  assertTensor('transpose', x);
  const a = normalizeDim('transpose', dim0, x.ndim);
  const b = normalizeDim('transpose', dim1, x.ndim);
  if (x.ndim < 2 && a === b) return viewOp('transpose', x, x.shape, x.strides, x.offset, (g) => g);
  const shape = [...x.shape];
  const strides = [...x.strides];
  [shape[a], shape[b]] = [shape[b]!, shape[a]!];
  [strides[a], strides[b]] = [strides[b]!, strides[a]!];
  return viewOp('transpose', x, shape, strides, x.offset, (g) => transpose(g, a, b));
}

/** 2-D transpose (0-D and 1-D tensors come back as they are), as PyTorch's `t()`. */
export function t(x: Tensor): Tensor {
  assertTensor('t', x);
  if (x.ndim > 2) throw new Error(`t: expects a tensor with <= 2 dimensions, but got ${x.ndim} (shape ${formatShape(x.shape)}); use transpose`);
  return x.ndim < 2 ? x : transpose(x, 0, 1);
}

export function permute(x: Tensor, dims: readonly number[]): Tensor {
  assertTensor('permute', x);
  if (dims.length !== x.ndim) {
    throw new Error(`permute: number of dims ${dims.length} does not match the tensor's ${x.ndim} dims (shape ${formatShape(x.shape)})`);
  }
  const order = dims.map((d) => normalizeDim('permute', d, x.ndim));
  if (new Set(order).size !== order.length) throw new Error(`permute: repeated dim in ${formatShape(dims)}`);
  const inverse = new Array<number>(order.length);
  order.forEach((d, i) => (inverse[d] = i));
  return viewOp('permute', x, order.map((d) => x.shape[d]!), order.map((d) => x.strides[d]!), x.offset, (g) => permute(g, inverse));
}

/** Broadcasts size-1 dims (and new leading dims) to `shape`; -1 keeps a dim. No copy. */
export function expand(x: Tensor, shape: readonly number[]): Tensor {
  assertTensor('expand', x);
  if (shape.length < x.ndim) {
    throw new Error(`expand: the number of sizes provided (${shape.length}) must be greater or equal to the number of dimensions in the tensor (${x.ndim})`);
  }
  const lead = shape.length - x.ndim;
  const outShape: number[] = [];
  const strides: number[] = [];
  shape.forEach((s, i) => {
    const src = i - lead;
    const cur = src >= 0 ? x.shape[src]! : 1;
    const size = s === -1 ? cur : s;
    if (src < 0 && s === -1) throw new Error(`expand: -1 is not allowed in a leading, non-existing dimension (${formatShape(shape)})`);
    if (cur !== size && cur !== 1) {
      throw new Error(`expand: the expanded size of the tensor (${size}) must match the existing size (${cur}) at dim ${i}; shape ${formatShape(x.shape)} to ${formatShape(shape)}`);
    }
    outShape.push(size);
    strides.push(src < 0 || (cur === 1 && size !== 1) ? 0 : x.strides[src]!);
  });
  return viewOp('expand', x, outShape, strides, x.offset, (g) => sumToShape(g, x.shape));
}

export function squeeze(x: Tensor, dim?: number): Tensor {
  assertTensor('squeeze', x);
  const keep = x.shape.map((s, i) => (dim === undefined ? s !== 1 : i !== normalizeDim('squeeze', dim, x.ndim) || s !== 1));
  return viewOp(
    'squeeze',
    x,
    x.shape.filter((_, i) => keep[i]),
    x.strides.filter((_, i) => keep[i]),
    x.offset,
    (g) => reshape(g, x.shape),
  );
}

export function unsqueeze(x: Tensor, dim: number): Tensor {
  assertTensor('unsqueeze', x);
  const d = normalizeDim('unsqueeze', dim, x.ndim + 1);
  const shape = [...x.shape];
  const strides = [...x.strides];
  shape.splice(d, 0, 1);
  strides.splice(d, 0, d < x.ndim ? x.strides[d]! * x.shape[d]! : 1);
  return viewOp('unsqueeze', x, shape, strides, x.offset, (g) => reshape(g, x.shape));
}

export function flatten(x: Tensor, startDim = 0, endDim = -1): Tensor {
  assertTensor('flatten', x);
  if (x.ndim === 0) return reshape(x, [1]);
  const s = normalizeDim('flatten', startDim, x.ndim);
  const e = normalizeDim('flatten', endDim, x.ndim);
  if (s > e) throw new Error(`flatten: startDim ${startDim} cannot come after endDim ${endDim}`);
  const merged = x.shape.slice(s, e + 1).reduce((a, b) => a * b, 1);
  return reshape(x, [...x.shape.slice(0, s), merged, ...x.shape.slice(e + 1)]);
}

export function narrow(x: Tensor, dim: number, start: number, length: number): Tensor {
  assertTensor('narrow', x);
  const d = normalizeDim('narrow', dim, x.ndim);
  const size = x.shape[d]!;
  const s = start < 0 ? start + size : start;
  if (!Number.isInteger(s) || !Number.isInteger(length) || s < 0 || length < 0 || s + length > size) {
    throw new RangeError(`narrow: start (${start}) + length (${length}) exceeds dimension size (${size}) of shape ${formatShape(x.shape)}`);
  }
  const shape = [...x.shape];
  shape[d] = length;
  return markSlice(viewOp('narrow', x, shape, x.strides, x.offset + s * x.strides[d]!, (g) => scatterBack(g, x.shape, d, s, 1)), d, s, 1);
}

/** Python's x[start:end:step] along `dim` (negative and out-of-range bounds clamp as in Python). */
export function slice(x: Tensor, dim: number, start = 0, end = Infinity, step = 1): Tensor {
  assertTensor('slice', x);
  if (!Number.isInteger(step) || step <= 0) throw new Error(`slice: step must be a positive integer, got ${step}`);
  const d = normalizeDim('slice', dim, x.ndim);
  const size = x.shape[d]!;
  const clampIdx = (i: number): number => Math.min(Math.max(i < 0 ? i + size : i, 0), size);
  const s = clampIdx(start);
  const e = Math.max(clampIdx(end), s);
  const shape = [...x.shape];
  shape[d] = Math.ceil((e - s) / step);
  const strides = [...x.strides];
  strides[d] = x.strides[d]! * step;
  return markSlice(viewOp('slice', x, shape, strides, x.offset + s * x.strides[d]!, (g) => scatterBack(g, x.shape, d, s, step)), d, s, step);
}

/** Lets backward add this view's gradient into its input's in place (see GradNode.sliceOf). */
function markSlice(out: Tensor, dim: number, start: number, step: number): Tensor {
  if (out.gradFn) out.gradFn.sliceOf = { dim, start, step };
  return out;
}
