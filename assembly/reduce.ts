// Reductions over a contiguous [outer, reduced, inner] block.
// inner == 1: SIMD along the reduced axis (pairwise for sums, so 1M floats
// stay accurate); inner > 1: SIMD across inner, blocked partial sums along r.
import { R_SUM, R_PROD, R_MAX, R_MIN, R_ARGMAX, R_ARGMIN } from './opcodes';

const PAIRWISE_LEAF = 1024;
const R_BLOCK = 256;

@inline function vcomb(isInt: bool, op: i32, x: v128, y: v128): v128 {
  switch (op) {
    case R_SUM: return isInt ? i32x4.add(x, y) : f32x4.add(x, y);
    case R_PROD: return isInt ? i32x4.mul(x, y) : f32x4.mul(x, y);
    case R_MAX: return isInt ? i32x4.max_s(x, y) : f32x4.max(x, y); // f32x4.max propagates NaN
    case R_MIN: return isInt ? i32x4.min_s(x, y) : f32x4.min(x, y);
  }
  unreachable();
  return x;
}

@inline function identity(isInt: bool, op: i32): v128 {
  switch (op) {
    case R_SUM: return isInt ? i32x4.splat(0) : f32x4.splat(0.0);
    case R_PROD: return isInt ? i32x4.splat(1) : f32x4.splat(1.0);
    case R_MAX: return isInt ? i32x4.splat(i32.MIN_VALUE) : f32x4.splat(-Infinity);
    case R_MIN: return isInt ? i32x4.splat(i32.MAX_VALUE) : f32x4.splat(Infinity);
  }
  unreachable();
  return i32x4.splat(0);
}

/** Lane 0 of the result holds the horizontal combination of v's lanes. */
@inline function hcomb(isInt: bool, op: i32, v: v128): v128 {
  const hi = i32x4.shuffle(v, v, 2, 3, 0, 1);
  const s = vcomb(isInt, op, v, hi);
  return vcomb(isInt, op, s, i32x4.shuffle(s, s, 1, 0, 3, 2));
}

/** Contiguous n elements at p; the result sits in lane 0. */
@inline function rowReduce(isInt: bool, op: i32, p: usize, n: i32): v128 {
  let a0 = identity(isInt, op), a1 = a0, a2 = a0, a3 = a0;
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const q = p + (<usize>i << 2);
    a0 = vcomb(isInt, op, a0, v128.load(q));
    a1 = vcomb(isInt, op, a1, v128.load(q, 16));
    a2 = vcomb(isInt, op, a2, v128.load(q, 32));
    a3 = vcomb(isInt, op, a3, v128.load(q, 48));
  }
  for (; i + 4 <= n; i += 4) a0 = vcomb(isInt, op, a0, v128.load(p + (<usize>i << 2)));
  let acc = hcomb(isInt, op, vcomb(isInt, op, vcomb(isInt, op, a0, a1), vcomb(isInt, op, a2, a3)));
  for (; i < n; i++) acc = vcomb(isInt, op, acc, v128.load32_zero(p + (<usize>i << 2)));
  return acc;
}

// NOTE: the scalar tail above combines lane 0 with a zero-extended load; only
// lane 0 is meaningful afterwards.

function sumPairwiseF32(p: usize, n: i32): f32 {
  if (n <= PAIRWISE_LEAF) return f32x4.extract_lane(rowReduce(false, R_SUM, p, n), 0);
  const h = (n >> 1) & ~15;
  return sumPairwiseF32(p, h) + sumPairwiseF32(p + (<usize>h << 2), n - h);
}

function rowF32(op: i32, p: usize, n: i32): f32 {
  switch (op) {
    case R_SUM: return sumPairwiseF32(p, n);
    case R_PROD: return f32x4.extract_lane(rowReduce(false, R_PROD, p, n), 0);
    case R_MAX: return f32x4.extract_lane(rowReduce(false, R_MAX, p, n), 0);
    case R_MIN: return f32x4.extract_lane(rowReduce(false, R_MIN, p, n), 0);
  }
  unreachable();
  return 0;
}

function rowI32(op: i32, p: usize, n: i32): i32 {
  switch (op) {
    case R_SUM: return i32x4.extract_lane(rowReduce(true, R_SUM, p, n), 0);
    case R_PROD: return i32x4.extract_lane(rowReduce(true, R_PROD, p, n), 0);
    case R_MAX: return i32x4.extract_lane(rowReduce(true, R_MAX, p, n), 0);
    case R_MIN: return i32x4.extract_lane(rowReduce(true, R_MIN, p, n), 0);
  }
  unreachable();
  return 0;
}

/**
 * One block's result `acc` into a column group's `total`: for float sums a
 * Kahan step with compensation `comp` (long columns stay accurate; compAfter
 * gives the next `comp`), else a plain combine.
 */
@inline function blockInto(isInt: bool, op: i32, total: v128, comp: v128, acc: v128): v128 {
  if (!isInt && op == R_SUM) {
    const y = f32x4.sub(acc, comp);
    return f32x4.add(total, y);
  }
  return vcomb(isInt, op, total, acc);
}

@inline function compAfter(total: v128, comp: v128, acc: v128, next: v128): v128 {
  return f32x4.sub(f32x4.sub(next, total), f32x4.sub(acc, comp));
}

/**
 * 4 columns at p (row stride `rs` bytes), or 1 (`one`: lane 0), reduced over
 * n rows in blocks of R_BLOCK.
 */
@inline function colReduce(isInt: bool, op: i32, p: usize, rs: usize, n: i32, one: bool): v128 {
  let total = identity(isInt, op);
  let comp = f32x4.splat(0.0);
  for (let r0 = 0; r0 < n; r0 += R_BLOCK) {
    const r1 = min(n, r0 + R_BLOCK);
    let acc = identity(isInt, op);
    for (let r = r0; r < r1; r++) acc = vcomb(isInt, op, acc, one ? v128.load32_zero(p + <usize>r * rs) : v128.load(p + <usize>r * rs));
    const next = blockInto(isInt, op, total, comp, acc);
    if (!isInt && op == R_SUM) comp = compAfter(total, comp, acc, next);
    total = next;
  }
  return total;
}

/**
 * colReduce for 16 columns (a cache line) at once: four independent chains,
 * where one chain waited on each add's latency (~5 GB/s for a sum over rows).
 * Each column's operations and their order are colReduce's, so the results
 * are bitwise the same.
 */
@inline function colReduce16(isInt: bool, op: i32, out: usize, p: usize, rs: usize, n: i32): void {
  let t0 = identity(isInt, op), t1 = t0, t2 = t0, t3 = t0;
  const z = f32x4.splat(0.0);
  let c0 = z, c1 = z, c2 = z, c3 = z;
  const kahan = !isInt && op == R_SUM;
  for (let r0 = 0; r0 < n; r0 += R_BLOCK) {
    const r1 = min(n, r0 + R_BLOCK);
    let a0 = identity(isInt, op), a1 = a0, a2 = a0, a3 = a0;
    for (let q = p + <usize>r0 * rs, end = p + <usize>r1 * rs; q < end; q += rs) {
      a0 = vcomb(isInt, op, a0, v128.load(q));
      a1 = vcomb(isInt, op, a1, v128.load(q, 16));
      a2 = vcomb(isInt, op, a2, v128.load(q, 32));
      a3 = vcomb(isInt, op, a3, v128.load(q, 48));
    }
    const n0 = blockInto(isInt, op, t0, c0, a0), n1 = blockInto(isInt, op, t1, c1, a1);
    const n2 = blockInto(isInt, op, t2, c2, a2), n3 = blockInto(isInt, op, t3, c3, a3);
    if (kahan) {
      c0 = compAfter(t0, c0, a0, n0); c1 = compAfter(t1, c1, a1, n1);
      c2 = compAfter(t2, c2, a2, n2); c3 = compAfter(t3, c3, a3, n3);
    }
    t0 = n0; t1 = n1; t2 = n2; t3 = n3;
  }
  v128.store(out, t0);
  v128.store(out, t1, 16);
  v128.store(out, t2, 32);
  v128.store(out, t3, 48);
}

@inline function colsReduce(isInt: bool, op: i32, out: usize, a: usize, reduced: i32, inner: i32, rowStride: i32): void {
  const rs = <usize>rowStride << 2;
  let i = 0;
  for (; i + 16 <= inner; i += 16) colReduce16(isInt, op, out + (<usize>i << 2), a + (<usize>i << 2), rs, reduced);
  for (; i + 4 <= inner; i += 4) {
    v128.store(out + (<usize>i << 2), colReduce(isInt, op, a + (<usize>i << 2), rs, reduced, false));
  }
  for (; i < inner; i++) {
    store<i32>(out + (<usize>i << 2), i32x4.extract_lane(colReduce(isInt, op, a + (<usize>i << 2), rs, reduced, true), 0));
  }
}

function colsF32(op: i32, out: usize, a: usize, reduced: i32, inner: i32, rowStride: i32): void {
  switch (op) {
    case R_SUM: colsReduce(false, R_SUM, out, a, reduced, inner, rowStride); break;
    case R_PROD: colsReduce(false, R_PROD, out, a, reduced, inner, rowStride); break;
    case R_MAX: colsReduce(false, R_MAX, out, a, reduced, inner, rowStride); break;
    case R_MIN: colsReduce(false, R_MIN, out, a, reduced, inner, rowStride); break;
    default: unreachable();
  }
}

function colsI32(op: i32, out: usize, a: usize, reduced: i32, inner: i32, rowStride: i32): void {
  switch (op) {
    case R_SUM: colsReduce(true, R_SUM, out, a, reduced, inner, rowStride); break;
    case R_PROD: colsReduce(true, R_PROD, out, a, reduced, inner, rowStride); break;
    case R_MAX: colsReduce(true, R_MAX, out, a, reduced, inner, rowStride); break;
    case R_MIN: colsReduce(true, R_MIN, out, a, reduced, inner, rowStride); break;
    default: unreachable();
  }
}

/** First index of the extreme; for floats NaN is the extreme (first NaN wins). */
@inline function argExtreme(isInt: bool, isMax: bool, p: usize, stride: usize, n: i32): i32 {
  let bestIdx = 0;
  if (isInt) {
    let best = load<i32>(p);
    for (let r = 1; r < n; r++) {
      const v = load<i32>(p + <usize>r * stride);
      if (isMax ? v > best : v < best) { best = v; bestIdx = r; }
    }
  } else {
    let best = load<f32>(p);
    if (isNaN(best)) return 0;
    for (let r = 1; r < n; r++) {
      const v = load<f32>(p + <usize>r * stride);
      if (isMax ? v > best : v < best) { best = v; bestIdx = r; }
      else if (isNaN(v)) return r;
    }
  }
  return bestIdx;
}

@inline function argReduce(isInt: bool, isMax: bool, out: usize, a: usize, outer: i32, reduced: i32, inner: i32, rowStride: i32): void {
  const rs = <usize>rowStride << 2;
  for (let o = 0; o < outer; o++) {
    const base = a + <usize>o * <usize>reduced * rs;
    for (let i = 0; i < inner; i++) {
      store<i32>(out, argExtreme(isInt, isMax, base + (<usize>i << 2), rs, reduced));
      out += 4;
    }
  }
}

/**
 * [outer, reduced, rowStride] in, [outer, inner] out (dense): each output
 * reduces `reduced` elements rowStride apart. inner < rowStride reads a band
 * of columns, so threads can split a wide reduction with few outer rows by
 * columns; a band starting at a multiple of 4 keeps every column in the same
 * SIMD lane path, so the result is bitwise the same.
 */
@inline function reduceAll(isInt: bool, op: i32, out: usize, a: usize, outer: i32, reduced: i32, inner: i32, rowStride: i32): void {
  if (op == R_ARGMAX) { argReduce(isInt, true, out, a, outer, reduced, inner, rowStride); return; }
  if (op == R_ARGMIN) { argReduce(isInt, false, out, a, outer, reduced, inner, rowStride); return; }
  const block = <usize>reduced * <usize>rowStride << 2;
  for (let o = 0; o < outer; o++) {
    const src = a + <usize>o * block;
    if (rowStride == 1) {
      if (isInt) store<i32>(out + (<usize>o << 2), rowI32(op, src, reduced));
      else store<f32>(out + (<usize>o << 2), rowF32(op, src, reduced));
    } else {
      const dst = out + (<usize>o * <usize>inner << 2);
      if (isInt) colsI32(op, dst, src, reduced, inner, rowStride);
      else colsF32(op, dst, src, reduced, inner, rowStride);
    }
  }
}

export function reduce_f32(op: i32, out: usize, a: usize, outer: i32, reduced: i32, inner: i32, rowStride: i32): void {
  reduceAll(false, op, out, a, outer, reduced, inner, rowStride);
}

export function reduce_i32(op: i32, out: usize, a: usize, outer: i32, reduced: i32, inner: i32, rowStride: i32): void {
  reduceAll(true, op, out, a, outer, reduced, inner, rowStride);
}
