import { tidy } from '../memory.js';
import { recordOp } from '../autograd/node.js';
import { formatShape, normalizeDim } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast } from './copy.js';
import { promoteTypes } from '../dtype.js';
import { arange } from './creation.js';
import { indexAddInPlace } from './indexing.js';
import { narrow, unsqueeze } from './views.js';
import { assertTensor, backendOf, empty } from './util.js';

/** Concatenates along `dim`; all other dims must match. */
export function cat(tensors: readonly Tensor[], dim = 0): Tensor {
  return tidy(() => {
    if (!Array.isArray(tensors) || tensors.length === 0) throw new Error('cat: expected a non-empty list of Tensors');
    tensors.forEach((t, i) => assertTensor('cat', t, `tensors[${i}]`));
    const backend = backendOf('cat', ...tensors);
    const first = tensors[0]!;
    const d = normalizeDim('cat', dim, first.ndim);
    for (const [i, t] of tensors.entries()) {
      if (t.ndim !== first.ndim || t.shape.some((s: number, j: number) => j !== d && s !== first.shape[j])) {
        throw new Error(`cat: sizes of tensors must match except in dimension ${d}: tensors[0] has shape ${formatShape(first.shape)}, tensors[${i}] has shape ${formatShape(t.shape)}`);
      }
    }
    const dtype = tensors.map((t) => t.dtype).reduce(promoteTypes);
    const shape = [...first.shape];
    shape[d] = tensors.reduce((n, t) => n + t.shape[d]!, 0);
    const out = empty(backend, shape, dtype);
    backend.fill(out.storage.buffer, out.numel(), 0, dtype);
    let start = 0;
    const starts: number[] = [];
    for (const t of tensors) {
      starts.push(start);
      const len = t.shape[d]!;
      if (len > 0) {
        const index = arange(start, start + len, 1, { device: t.device, dtype: 'int32' });
        const src = cast(t, dtype);
        indexAddInPlace(out, d, index, src);
        if (src !== t) src.dispose();
        index.dispose();
      }
      start += len;
    }
    if (dtype !== 'float32') return out;
    return recordOp('cat', tensors, out, [], (g) => tensors.map((t, i) => narrow(g, d, starts[i]!, t.shape[d]!)));
  });
}

/** Stacks equally shaped tensors along a new dim. */
export function stack(tensors: readonly Tensor[], dim = 0): Tensor {
  return tidy(() => {
    if (!Array.isArray(tensors) || tensors.length === 0) throw new Error('stack: expected a non-empty list of Tensors');
    tensors.forEach((t, i) => assertTensor('stack', t, `tensors[${i}]`));
    const first = tensors[0]!;
    for (const [i, t] of tensors.entries()) {
      if (t.ndim !== first.ndim || t.shape.some((s: number, j: number) => s !== first.shape[j])) {
        throw new Error(`stack: expects each tensor to be equal size, but got ${formatShape(first.shape)} at entry 0 and ${formatShape(t.shape)} at entry ${i}`);
      }
    }
    const d = normalizeDim('stack', dim, first.ndim + 1);
    const expanded = tensors.map((t) => unsqueeze(t, d));
    const out = cat(expanded, d);
    for (const e of expanded) e.dispose();
    return out;
  });
}

/** Views of `splitSize` along `dim` (the last may be smaller), or of the listed sizes. */
export function split(x: Tensor, splitSize: number | readonly number[], dim = 0): Tensor[] {
  assertTensor('split', x);
  const d = normalizeDim('split', dim, x.ndim);
  const size = x.shape[d]!;
  let sizes: number[];
  if (typeof splitSize === 'number') {
    if (!Number.isInteger(splitSize) || splitSize <= 0) throw new Error(`split: splitSize must be a positive integer, got ${splitSize}`);
    sizes = [];
    for (let s = 0; s < size; s += splitSize) sizes.push(Math.min(splitSize, size - s));
    if (sizes.length === 0) sizes.push(0);
  } else {
    sizes = [...splitSize];
    const total = sizes.reduce((a, b) => a + b, 0);
    if (total !== size) throw new Error(`split: split sizes ${formatShape(sizes)} sum to ${total}, but dimension ${d} has size ${size}`);
  }
  let start = 0;
  return sizes.map((len) => {
    const part = narrow(x, d, start, len);
    start += len;
    return part;
  });
}

/** `chunks` pieces along `dim`, each of ceil(size / chunks) but the last (PyTorch may return fewer). */
export function chunk(x: Tensor, chunks: number, dim = 0): Tensor[] {
  assertTensor('chunk', x);
  if (!Number.isInteger(chunks) || chunks <= 0) throw new Error(`chunk: chunks must be a positive integer, got ${chunks}`);
  const d = normalizeDim('chunk', dim, x.ndim);
  return split(x, Math.max(1, Math.ceil(x.shape[d]! / chunks)), d);
}
