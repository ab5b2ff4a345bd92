// Gather/scatter family over contiguous int32 index arrays (indices are
// trusted in range: the op layer checks them).
import { scratch, T_COUNTERS } from './thread';

/** out[o, j, :] = a[o, index[j], :] for any 32-bit dtype. */
export function index_select_32(out: usize, a: usize, index: usize, outer: i32, n: i32, inner: i32, m: i32): void {
  const row = <usize>inner << 2;
  for (let o = 0; o < outer; o++) {
    const base = a + <usize>o * <usize>n * row;
    for (let j = 0; j < m; j++) {
      memory.copy(out, base + <usize>load<i32>(index + (<usize>j << 2)) * row, row);
      out += row;
    }
  }
}

@inline function addRow(isInt: bool, dst: usize, src: usize, n: i32): void {
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const q = dst + (<usize>i << 2);
    const v = v128.load(src + (<usize>i << 2));
    v128.store(q, isInt ? i32x4.add(v128.load(q), v) : f32x4.add(v128.load(q), v));
  }
  for (; i < n; i++) {
    const q = dst + (<usize>i << 2);
    if (isInt) store<i32>(q, load<i32>(q) + load<i32>(src + (<usize>i << 2)));
    else store<f32>(q, load<f32>(q) + load<f32>(src + (<usize>i << 2)));
  }
}

@inline function indexAdd(isInt: bool, target: usize, src: usize, index: usize, outer: i32, n: i32, inner: i32, m: i32): void {
  const row = <usize>inner << 2;
  for (let o = 0; o < outer; o++) {
    const base = target + <usize>o * <usize>n * row;
    for (let j = 0; j < m; j++) {
      addRow(isInt, base + <usize>load<i32>(index + (<usize>j << 2)) * row, src, inner);
      src += row;
    }
  }
}

/** target[o, index[j], :] += src[o, j, :] (sequential, so repeated indices accumulate). */
export function index_add_f32(target: usize, src: usize, index: usize, outer: i32, n: i32, inner: i32, m: i32): void {
  indexAdd(false, target, src, index, outer, n, inner, m);
}

export function index_add_i32(target: usize, src: usize, index: usize, outer: i32, n: i32, inner: i32, m: i32): void {
  indexAdd(true, target, src, index, outer, n, inner, m);
}


/**
 * Visits every element of the contiguous index tensor (shape `shape`) and
 * returns, per element, the byte offset into the strided tensor `strides`
 * with dim `dim` replaced by the index value. `visit` kind: 0 gather, 1/2 scatter-add f32/i32.
 */
@inline function walk(kind: i32, dst: usize, src: usize, index: usize, shape: usize, strides: usize, rank: i32, dim: i32): void {
  const counters = scratch(T_COUNTERS);
  let total = 1;
  for (let d = 0; d < rank; d++) {
    total *= load<i32>(shape + (<usize>d << 2));
    store<i32>(counters + (<usize>d << 2), 0);
  }
  const dimStride = <usize>load<i32>(strides + (<usize>dim << 2)) << 2;
  let base: usize = 0; // byte offset from all dims but `dim`
  for (let e = 0; e < total; e++) {
    const at = base + <usize>load<i32>(index + (<usize>e << 2)) * dimStride;
    const el = <usize>e << 2;
    if (kind == 0) store<i32>(dst + el, load<i32>(src + at));
    else if (kind == 1) store<f32>(dst + at, load<f32>(dst + at) + load<f32>(src + el));
    else store<i32>(dst + at, load<i32>(dst + at) + load<i32>(src + el));
    for (let d = rank - 1; d >= 0; d--) {
      const dp = <usize>d << 2;
      const size = load<i32>(shape + dp);
      const step: usize = d == dim ? 0 : <usize>load<i32>(strides + dp) << 2;
      const k = load<i32>(counters + dp) + 1;
      if (k < size) {
        store<i32>(counters + dp, k);
        base += step;
        break;
      }
      store<i32>(counters + dp, 0);
      base -= step * <usize>(size - 1);
    }
  }
}

/** out[i..] = a[.., index[i..], ..] with `strides` = a's contiguous strides. */
export function gather_32(out: usize, a: usize, index: usize, shape: usize, strides: usize, rank: i32, dim: i32): void {
  walk(0, out, a, index, shape, strides, rank, dim);
}

/** target[.., index[i..], ..] += src[i..] with `strides` = target's contiguous strides. */
export function scatter_add_f32(target: usize, src: usize, index: usize, shape: usize, strides: usize, rank: i32, dim: i32): void {
  walk(1, target, src, index, shape, strides, rank, dim);
}

export function scatter_add_i32(target: usize, src: usize, index: usize, shape: usize, strides: usize, rank: i32, dim: i32): void {
  walk(2, target, src, index, shape, strides, rank, dim);
}
