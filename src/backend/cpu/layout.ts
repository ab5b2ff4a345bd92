/**
 * Shape/stride bookkeeping for elementwise kernels: drop size-1 dims and merge
 * neighbours that are contiguous for every operand, so kernels see the
 * smallest rank (a fully contiguous tensor becomes one flat row).
 */
export interface Collapsed {
  shape: number[];
  /** One stride array per operand, in elements. */
  strides: number[][];
}

export function collapse(shape: readonly number[], strides: readonly (readonly number[])[]): Collapsed {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    const size = shape[d]!;
    if (size === 1) continue;
    const last = outShape.length - 1;
    // dim d-1 (last kept) merges with d when stride[last] == stride[d] * size[d] for all operands
    const mergeable = last >= 0 && strides.every((s, i) => outStrides[i]![last] === s[d]! * size);
    if (mergeable) {
      outShape[last] = outShape[last]! * size;
      strides.forEach((s, i) => { outStrides[i]![last] = s[d]!; });
    } else {
      outShape.push(size);
      strides.forEach((s, i) => outStrides[i]!.push(s[d]!));
    }
  }
  if (outShape.length === 0) return { shape: [1], strides: strides.map(() => [0]) };
  return { shape: outShape, strides: outStrides };
}

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const s of shape) n *= s;
  return n;
}

export function contiguousStrides(shape: readonly number[]): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d]!;
  }
  return strides;
}
