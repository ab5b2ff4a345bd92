import { tidy } from '../memory.js';
import type { ReduceOp } from '../backend/backend.js';
import { recordOp } from '../autograd/node.js';
import type { DType } from '../dtype.js';
import { formatShape, normalizeDim, normalizeDims, numel } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, contiguous } from './copy.js';
import { add, div, eq, exp, log, mul, sqrt, sub, where } from './elementwise.js';
import { scatterAdd } from './indexing.js';
import { zerosLike } from './creation.js';
import { expand, permute, reshape } from './views.js';
import { assertTensor, backendOf, empty } from './util.js';

function reducedShape(shape: readonly number[], dims: readonly number[], keepdim: boolean): number[] {
  const out: number[] = [];
  shape.forEach((d, i) => {
    if (!dims.includes(i)) out.push(d);
    else if (keepdim) out.push(1);
  });
  return out;
}

/**
 * Runs a backend reduction over `dims` (sorted, normalized). A run of adjacent
 * dims reduces in place as [outer, reduced, inner]; any other set is permuted
 * to the end and made contiguous first.
 */
function reduceKernel(op: ReduceOp, x: Tensor, dims: readonly number[], keepdim: boolean, outDType: DType): Tensor {
  const backend = backendOf(op, x);
  const shape = reducedShape(x.shape, dims, keepdim);
  // Where the last run of adjacent dims starts (0: they are all one run).
  let runStart = dims.length - 1;
  while (runStart > 0 && dims[runStart] === dims[runStart - 1]! + 1) runStart--;
  if (runStart > 0 && op !== 'argmax' && op !== 'argmin') {
    // NOTE: several runs of dims (a conv bias gradient sums [N, C, H, W] over
    // 0, 2, 3) reduce one run at a time, innermost first, instead of copying a
    // permuted input: no full-size copy, and more parallel rows per kernel.
    const partial = reduceKernel(op, x, dims.slice(runStart), true, outDType);
    const rest = reduceKernel(op, partial, dims.slice(0, runStart), true, outDType);
    const result = reshape(rest, shape);
    partial.dispose();
    rest.dispose();
    return result;
  }
  const out = empty(backend, shape, outDType);
  if (dims.length === 0) {
    backend.copy(out.storage.buffer, x.view_(), outDType);
    return out;
  }
  const adjacent = dims.every((d, i) => i === 0 || d === dims[i - 1]! + 1);
  let src = x;
  let outer: number;
  let reduced: number;
  let inner: number;
  if (adjacent) {
    src = contiguous(x);
    outer = numel(x.shape.slice(0, dims[0]));
    reduced = numel(dims.map((d) => x.shape[d]!));
    inner = numel(x.shape.slice(dims[dims.length - 1]! + 1));
  } else {
    const kept = x.shape.map((_, i) => i).filter((i) => !dims.includes(i));
    src = contiguous(permute(x, [...kept, ...dims]));
    outer = numel(kept.map((d) => x.shape[d]!));
    reduced = numel(dims.map((d) => x.shape[d]!));
    inner = 1;
  }
  if (reduced === 0 && (op === 'max' || op === 'min' || op === 'argmax' || op === 'argmin')) {
    throw new Error(`${op}: cannot reduce over a zero-size dimension (input shape ${formatShape(x.shape)})`);
  }
  backend.reduce(op, out.storage.buffer, src.view_(), outer, reduced, inner);
  if (src !== x) src.dispose();
  return out;
}

function keepShape(x: Tensor, dims: readonly number[]): number[] {
  return reducedShape(x.shape, dims, true);
}

/** Sum over all elements, or over `dim` (a number or a list). bool and int32 sum as int32. */
export function sum(x: Tensor, dim?: number | readonly number[], keepdim = false): Tensor {
  return tidy(() => {
    assertTensor('sum', x);
    const dims = normalizeDims('sum', dim, x.ndim);
    const input = x.dtype === 'bool' ? cast(x, 'int32') : x;
    const out = reduceKernel('sum', input, dims, keepdim, input.dtype);
    if (input.dtype !== 'float32') return out;
    return recordOp('sum', [input], out, [], (g) => [expand(reshape(g, keepShape(input, dims)), input.shape)]);
  });
}

/** Mean over all elements or over `dim`; integer inputs are averaged as float32. */
export function mean(x: Tensor, dim?: number | readonly number[], keepdim = false): Tensor {
  return tidy(() => {
    assertTensor('mean', x);
    const dims = normalizeDims('mean', dim, x.ndim);
    const count = numel(dims.map((d) => x.shape[d]!));
    return div(sum(cast(x, 'float32'), dims, keepdim), count);
  });
}

export function prod(x: Tensor, dim?: number, keepdim = false): Tensor {
  return tidy(() => {
    assertTensor('prod', x);
    const dims = normalizeDims('prod', dim, x.ndim);
    const input = x.dtype === 'bool' ? cast(x, 'int32') : x;
    const out = reduceKernel('prod', input, dims, keepdim, input.dtype);
    if (input.dtype !== 'float32') return out;
    // NOTE: out / x is undefined where x == 0; PyTorch handles zeros specially, we do not yet.
    return recordOp('prod', [input], out, [input, out], (g, [sx, so]) => {
      const shape = keepShape(sx!, dims);
      return [div(mul(expand(reshape(g, shape), sx!.shape), expand(reshape(so!, shape), sx!.shape)), sx!)];
    });
  });
}

function extremeAll(op: 'max' | 'min', x: Tensor): Tensor {
  return tidy(() => {
    const dims = normalizeDims(op, undefined, x.ndim);
    const out = reduceKernel(op, x, dims, false, x.dtype);
    if (x.dtype !== 'float32') return out;
    // Ties share the gradient evenly, as PyTorch's max()/min() without dim.
    return recordOp(op, [x], out, [x, out], (g, [sx, so]) => {
      const mask = cast(eq(sx!, so!), 'float32');
      return [mul(mask, div(g, sum(mask)))];
    });
  });
}

function extremeDim(op: 'max' | 'min', x: Tensor, dim: number, keepdim: boolean): { values: Tensor; indices: Tensor } {
  return tidy(() => {
    const d = normalizeDim(op, dim, x.ndim);
    const indices = reduceKernel(op === 'max' ? 'argmax' : 'argmin', x, [d], keepdim, 'int32');
    const values = reduceKernel(op, x, [d], keepdim, x.dtype);
    if (x.dtype !== 'float32') return { values, indices };
    const recorded = recordOp(op, [x], values, [x, indices], (g, [sx, si]) => {
      const shape = keepShape(sx!, [d]);
      return [scatterAdd(zerosLike(sx!), d, reshape(si!, shape), reshape(g, shape))];
    });
    return { values: recorded, indices };
  });
}

/** max over everything, or `{ values, indices }` along `dim`. */
export function max(x: Tensor): Tensor;
export function max(x: Tensor, dim: number, keepdim?: boolean): { values: Tensor; indices: Tensor };
export function max(x: Tensor, dim?: number, keepdim = false): Tensor | { values: Tensor; indices: Tensor } {
  assertTensor('max', x);
  return dim === undefined ? extremeAll('max', x) : extremeDim('max', x, dim, keepdim);
}

export function min(x: Tensor): Tensor;
export function min(x: Tensor, dim: number, keepdim?: boolean): { values: Tensor; indices: Tensor };
export function min(x: Tensor, dim?: number, keepdim = false): Tensor | { values: Tensor; indices: Tensor } {
  assertTensor('min', x);
  return dim === undefined ? extremeAll('min', x) : extremeDim('min', x, dim, keepdim);
}

function argExtreme(op: 'argmax' | 'argmin', x: Tensor, dim: number | undefined, keepdim: boolean): Tensor {
  return tidy(() => {
    assertTensor(op, x);
    if (dim === undefined) {
      const flat = reshape(x, [x.numel()]);
      const out = reduceKernel(op, flat, [0], false, 'int32');
      if (flat !== x) flat.dispose();
      return keepdim ? reshape(out, x.shape.map(() => 1)) : out;
    }
    return reduceKernel(op, x, [normalizeDim(op, dim, x.ndim)], keepdim, 'int32');
  });
}

/** Index of the first maximum (int32); over the flattened tensor when dim is omitted. */
export function argmax(x: Tensor, dim?: number, keepdim = false): Tensor {
  return argExtreme('argmax', x, dim, keepdim);
}

export function argmin(x: Tensor, dim?: number, keepdim = false): Tensor {
  return argExtreme('argmin', x, dim, keepdim);
}

/** Variance with Bessel's correction by default (correction 1), as PyTorch. */
export function variance(x: Tensor, dim?: number | readonly number[], keepdim = false, options: { correction?: number } = {}): Tensor {
  return tidy(() => {
    assertTensor('var', x);
    const dims = normalizeDims('var', dim, x.ndim);
    const count = numel(dims.map((d) => x.shape[d]!));
    const correction = options.correction ?? 1;
    const xf = cast(x, 'float32');
    const centered = sub(xf, mean(xf, dims, true));
    return div(sum(mul(centered, centered), dims, keepdim), Math.max(0, count - correction));
  });
}

export function std(x: Tensor, dim?: number | readonly number[], keepdim = false, options: { correction?: number } = {}): Tensor {
  return tidy(() => {
    return sqrt(variance(x, dim, keepdim, options));
  });
}

/** log(sum(exp(x))) over `dim`, computed stably (the max is subtracted first). */
export function logsumexp(x: Tensor, dim: number | readonly number[], keepdim = false): Tensor {
  return tidy(() => {
    assertTensor('logsumexp', x);
    const dims = normalizeDims('logsumexp', dim, x.ndim);
    const xf = cast(x, 'float32');
    const m = reduceKernel('max', xf, dims, true, 'float32');
    // An all -inf row would give inf - inf = NaN: shift by 0 there instead.
    const shift = where(eq(m, -Infinity), 0, m);
    const lse = add(log(sum(exp(sub(xf, shift)), dims, true)), shift);
    return keepdim ? lse : reshape(lse, reducedShape(x.shape, dims, false));
  });
}
