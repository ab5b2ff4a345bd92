/**
 * Shape/stride bookkeeping shared by the backends' elementwise kernels: drop
 * size-1 dims and merge neighbours that every operand walks as one
 * (stride[d] == stride[d + 1] * shape[d + 1]), so a fully contiguous tensor
 * becomes one flat row and kernels do less index arithmetic.
 */
export { contiguousStrides, numel } from '../shape.js';

export interface Collapsed {
  shape: number[];
  /** One stride list per operand, aligned with `shape`, in elements. */
  strides: number[][];
}

export function collapseDims(shape: readonly number[], strides: readonly (readonly number[])[]): Collapsed {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let d = 0; d < shape.length; d++) {
    const size = shape[d]!;
    if (size === 1) continue;
    const last = outShape.length - 1;
    const mergeable = last >= 0 && strides.every((s, i) => outStrides[i]![last] === s[d]! * size);
    if (mergeable) {
      outShape[last] = outShape[last]! * size;
      strides.forEach((s, i) => {
        outStrides[i]![last] = s[d]!;
      });
    } else {
      outShape.push(size);
      strides.forEach((s, i) => outStrides[i]!.push(s[d]!));
    }
  }
  if (outShape.length === 0) return { shape: [1], strides: strides.map(() => [0]) };
  return { shape: outShape, strides: outStrides };
}
