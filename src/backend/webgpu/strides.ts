export interface Collapsed {
  shape: number[];
  /** One stride list per operand, aligned with `shape`. */
  strides: number[][];
}

/**
 * Drops size-1 dims and merges neighbours that every operand walks as one
 * (stride[d] == stride[d + 1] * shape[d + 1]), so contiguous and scalar
 * operands reduce to rank 1 and kernels do less index arithmetic.
 */
export function collapseDims(shape: readonly number[], strides: ReadonlyArray<readonly number[]>): Collapsed {
  const outShape: number[] = [];
  const outStrides: number[][] = strides.map(() => []);
  for (let d = shape.length - 1; d >= 0; d--) {
    const size = shape[d]!;
    if (size === 1) continue;
    const last = outShape.length - 1;
    const mergeable =
      last >= 0 &&
      strides.every((s, k) => s[d]! === outStrides[k]![0]! * outShape[0]!);
    if (mergeable) {
      outShape[0] = outShape[0]! * size;
    } else {
      outShape.unshift(size);
      strides.forEach((s, k) => outStrides[k]!.unshift(s[d]!));
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
