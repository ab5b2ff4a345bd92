// C[b] = A[b] @ B[b] for strided f32 views, Goto-style: pack a KC x NC panel
// of B and an MC x KC block of A into contiguous scratch, then an MR x 8
// register-blocked f32x4 micro-kernel runs over the packed panels.
import { fmadd, hsum } from './simd';
import { scratch, T_EDGE_TILE } from './thread';

/**
 * Rows of the micro-kernel's tile. With relaxed SIMD's fused multiply-add, 6:
 * 12 accumulators + 2 B vectors + 1 A broadcast fill V8's 15 allocatable x64
 * vector registers without a spill (a plain multiply-add needs a 16th for the
 * product: 6 rows spilled there, so plain SIMD keeps 4).
 */
const MR = ASC_FEATURE_RELAXED_SIMD ? 6 : 4;
const NR = 8;
/**
 * K block: the plain build's, and the relaxed build's largest. The relaxed
 * build cuts K into equal blocks of at most KC_MAX (MLP's K = 784: 2 x 392
 * instead of 256 + 256 + 256 + 16).
 */
const KC = 256;
const KC_MAX = ASC_FEATURE_RELAXED_SIMD ? 400 : KC;
/**
 * Relaxed build: up to this many columns (of a thread's range), a row-major A
 * is read in place by micro6x8d instead of packed: each A panel serves only
 * np / 8 column panels, so the copy costs more than the in-place broadcasts.
 */
const DIRECT_A_MAX_N = 256;
/** A multiple of MR. */
const MC = ASC_FEATURE_RELAXED_SIMD ? 120 : 128;
const NC = 2048;
/**
 * Up to this many rows of A, a row-major B is read in place instead of packed:
 * with few A panels each packed B element would be used only a few times, so
 * the copy costs about as much as the product (conv forward: M = out channels).
 */
const DIRECT_B_MAX_M = 32;


/** MR: threads split a product's rows on multiples of it (m0 in matmul_f32). */
export function matmul_mr(): i32 {
  return MR;
}

/** Scratch bytes the caller must provide for the packed panels. */
export function matmul_pack_a_bytes(): i32 {
  return MC * KC_MAX * 4;
}

export function matmul_pack_b_bytes(): i32 {
  return KC_MAX * NC * 4;
}

/** Stores the 4x4 transpose of rows r0..r3: lane i of every row goes to dst + i * pitch. */
@inline function transpose4(dst: usize, r0: v128, r1: v128, r2: v128, r3: v128, pitch: usize): void {
  const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5);
  const t1 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
  const t2 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
  const t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
  v128.store(dst, i32x4.shuffle(t0, t2, 0, 1, 4, 5));
  v128.store(dst + pitch, i32x4.shuffle(t0, t2, 2, 3, 6, 7));
  v128.store(dst + 2 * pitch, i32x4.shuffle(t1, t3, 0, 1, 4, 5));
  v128.store(dst + 3 * pitch, i32x4.shuffle(t1, t3, 2, 3, 6, 7));
}

/** Packs A[i0 .. i0+mc, k0 .. k0+kc] as MR-row panels, (k, r) at k*MR + r; missing rows are 0. */
function packA(dst: usize, a: usize, sm: usize, sk: usize, mc: i32, kc: i32): void {
  for (let i = 0; i < mc; i += MR) {
    const rows = min(MR, mc - i);
    const src = a + <usize>i * sm;
    if (MR == 4 && rows == MR && sm == 4) {
      // column-major A (a transposed view): each k reads 4 contiguous floats
      for (let k = 0; k < kc; k++) {
        v128.store(dst, v128.load(src + <usize>k * sk));
        dst += MR * 4;
      }
    } else if (MR == 6 && rows == MR && sm == 4) {
      // column-major A: each k reads 6 contiguous floats
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        v128.store(dst, v128.load(p));
        store<u64>(dst, load<u64>(p, 16), 16);
        dst += MR * 4;
      }
    } else if (MR == 6 && rows == MR && sk == 4) {
      // row-major A: 4 k at a time, rows 0..3 transposed in registers, rows 4..5 interleaved in pairs
      let k = 0;
      for (; k + 4 <= kc; k += 4) {
        const p = src + (<usize>k << 2);
        transpose4(dst, v128.load(p), v128.load(p + sm), v128.load(p + 2 * sm), v128.load(p + 3 * sm), MR * 4);
        const r4 = v128.load(p + 4 * sm), r5 = v128.load(p + 5 * sm);
        const lo = i32x4.shuffle(r4, r5, 0, 4, 1, 5);
        const hi = i32x4.shuffle(r4, r5, 2, 6, 3, 7);
        v128.store64_lane(dst, lo, 0, 16);
        v128.store64_lane(dst, lo, 1, 16 + MR * 4);
        v128.store64_lane(dst, hi, 0, 16 + 2 * MR * 4);
        v128.store64_lane(dst, hi, 1, 16 + 3 * MR * 4);
        dst += 4 * MR * 4;
      }
      for (; k < kc; k++) {
        const p = src + (<usize>k << 2);
        for (let r = 0; r < MR; r++) store<f32>(dst + (<usize>r << 2), load<f32>(p + <usize>r * sm));
        dst += MR * 4;
      }
    } else if (MR == 4 && rows == MR && sk == 4) {
      // row-major A: 4 k at a time from each row, transposed in registers
      let k = 0;
      for (; k + 4 <= kc; k += 4) {
        const p = src + (<usize>k << 2);
        transpose4(dst, v128.load(p), v128.load(p + sm), v128.load(p + 2 * sm), v128.load(p + 3 * sm), MR * 4);
        dst += 4 * MR * 4;
      }
      for (; k < kc; k++) {
        const p = src + (<usize>k << 2);
        store<f32>(dst, load<f32>(p));
        store<f32>(dst, load<f32>(p + sm), 4);
        store<f32>(dst, load<f32>(p + 2 * sm), 8);
        store<f32>(dst, load<f32>(p + 3 * sm), 12);
        dst += MR * 4;
      }
    } else if (MR == 4 && rows == MR) {
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        store<f32>(dst, load<f32>(p));
        store<f32>(dst, load<f32>(p + sm), 4);
        store<f32>(dst, load<f32>(p + 2 * sm), 8);
        store<f32>(dst, load<f32>(p + 3 * sm), 12);
        dst += MR * 4;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        for (let r = 0; r < MR; r++) {
          store<f32>(dst + (<usize>r << 2), r < rows ? load<f32>(p + <usize>r * sm) : 0);
        }
        dst += MR * 4;
      }
    }
  }
}

/** Packs B[k0 .. k0+kc, j0 .. j0+nc] as NR-column panels, (k, c) at k*NR + c; missing columns are 0. */
function packB(dst: usize, b: usize, sk: usize, sn: usize, kc: i32, nc: i32): void {
  let j = 0;
  if (MR == 6 && sn == 4) {
    // row-major B, two panels at a time: each k reads 64 contiguous bytes (a whole line when aligned)
    const pitch = <usize>kc * (NR * 4);
    for (; j + 2 * NR <= nc; j += 2 * NR) {
      let p = b + (<usize>j << 2);
      let d = dst;
      const end = d + pitch;
      while (d < end) {
        v128.store(d, v128.load(p));
        v128.store(d, v128.load(p, 16), 16);
        v128.store(d + pitch, v128.load(p, 32));
        v128.store(d + pitch, v128.load(p, 48), 16);
        p += sk;
        d += NR * 4;
      }
      dst += 2 * pitch;
    }
  }
  for (; j < nc; j += NR) {
    const cols = min(NR, nc - j);
    const src = b + <usize>j * sn;
    if (cols == NR && sn == 4) {
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        v128.store(dst, v128.load(p));
        v128.store(dst, v128.load(p, 16), 16);
        dst += NR * 4;
      }
    } else if (cols == NR && sk == 4) {
      // transposed B (columns contiguous along k): 4 k at a time from each column, transposed in registers
      let k = 0;
      for (; k + 4 <= kc; k += 4) {
        const p = src + (<usize>k << 2);
        transpose4(dst, v128.load(p), v128.load(p + sn), v128.load(p + 2 * sn), v128.load(p + 3 * sn), NR * 4);
        const q = p + 4 * sn;
        transpose4(dst + 16, v128.load(q), v128.load(q + sn), v128.load(q + 2 * sn), v128.load(q + 3 * sn), NR * 4);
        dst += 4 * NR * 4;
      }
      for (; k < kc; k++) {
        const p = src + (<usize>k << 2);
        for (let c = 0; c < NR; c++) store<f32>(dst + (<usize>c << 2), load<f32>(p + <usize>c * sn));
        dst += NR * 4;
      }
    } else {
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        for (let c = 0; c < NR; c++) {
          store<f32>(dst + (<usize>c << 2), c < cols ? load<f32>(p + <usize>c * sn) : 0);
        }
        dst += NR * 4;
      }
    }
  }
}

@inline function storeRow(p: usize, lo: v128, hi: v128, accumulate: bool): void {
  if (accumulate) {
    lo = f32x4.add(lo, v128.load(p));
    hi = f32x4.add(hi, v128.load(p, 16));
  }
  v128.store(p, lo);
  v128.store(p, hi, 16);
}

/** Stores a 4 x 8 tile of sums (rows x cols of it at an edge, through the scratch tile). */
@inline function storeTile4(c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool,
  c00: v128, c01: v128, c10: v128, c11: v128, c20: v128, c21: v128, c30: v128, c31: v128): void {
  if (rows == 4 && cols == NR) {
    storeRow(c, c00, c01, accumulate);
    storeRow(c + ldc, c10, c11, accumulate);
    storeRow(c + 2 * ldc, c20, c21, accumulate);
    storeRow(c + 3 * ldc, c30, c31, accumulate);
    return;
  }
  const e = scratch(T_EDGE_TILE);
  storeRow(e, c00, c01, false);
  storeRow(e + 32, c10, c11, false);
  storeRow(e + 64, c20, c21, false);
  storeRow(e + 96, c30, c31, false);
  copyEdge(e, c, ldc, rows, cols, accumulate);
}

/** storeTile4 for the relaxed build's 6 x 8 tile. */
@inline function storeTile6(c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool,
  c00: v128, c01: v128, c10: v128, c11: v128, c20: v128, c21: v128,
  c30: v128, c31: v128, c40: v128, c41: v128, c50: v128, c51: v128): void {
  if (rows == 6 && cols == NR) {
    storeRow(c, c00, c01, accumulate);
    storeRow(c + ldc, c10, c11, accumulate);
    storeRow(c + 2 * ldc, c20, c21, accumulate);
    storeRow(c + 3 * ldc, c30, c31, accumulate);
    storeRow(c + 4 * ldc, c40, c41, accumulate);
    storeRow(c + 5 * ldc, c50, c51, accumulate);
    return;
  }
  const e = scratch(T_EDGE_TILE);
  storeRow(e, c00, c01, false);
  storeRow(e + 32, c10, c11, false);
  storeRow(e + 64, c20, c21, false);
  storeRow(e + 96, c30, c31, false);
  storeRow(e + 128, c40, c41, false);
  storeRow(e + 160, c50, c51, false);
  copyEdge(e, c, ldc, rows, cols, accumulate);
}

/** C[0..rows, 0..cols] (+)= packed A panel x B panel over kc; B's k rows are ldb bytes apart (NR * 4 when packed). */
function micro4x8(kc: i32, pa: usize, pb: usize, ldb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  let c00 = f32x4.splat(0.0), c01 = c00, c10 = c00, c11 = c00;
  let c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  for (let k = 0; k < kc; k++) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    // NOTE: measured slower with plain SIMD: four broadcast loads instead of
    // these shuffles, a 6x8 tile, and unrolling k by 2 (the last two spill V8's
    // vector registers). Relaxed SIMD runs micro6x8 instead, and this kernel
    // only for its edges of at most four rows.
    const av = v128.load(pa);
    let a = i32x4.shuffle(av, av, 0, 0, 0, 0);
    c00 = fmadd(c00, a, b0); c01 = fmadd(c01, a, b1);
    a = i32x4.shuffle(av, av, 1, 1, 1, 1);
    c10 = fmadd(c10, a, b0); c11 = fmadd(c11, a, b1);
    a = i32x4.shuffle(av, av, 2, 2, 2, 2);
    c20 = fmadd(c20, a, b0); c21 = fmadd(c21, a, b1);
    a = i32x4.shuffle(av, av, 3, 3, 3, 3);
    c30 = fmadd(c30, a, b0); c31 = fmadd(c31, a, b1);
    pa += MR * 4;
    pb += ldb;
  }
  storeTile4(c, ldc, rows, cols, accumulate, c00, c01, c10, c11, c20, c21, c30, c31);
}

/**
 * micro4x8 with 6 rows, for relaxed SIMD (see MR): a broadcast load per row,
 * which V8 keeps in one register, where 4x8's shuffles of one A vector need a
 * second. The same fused multiply-adds per output in the same k order. kc >= 1.
 */
function micro6x8(kc: i32, pa: usize, pb: usize, ldb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  const z = f32x4.splat(0.0);
  let c00 = z, c01 = z, c10 = z, c11 = z;
  let c20 = z, c21 = z, c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
  const end = pa + <usize>kc * (MR * 4);
  // k = 0 peeled off (kc >= 1), the same steps: its uses of the address
  // offsets before the loop make V8 keep mem + 4 .. mem + 20 in registers
  // instead of recomputing them (a lea per broadcast load) every step: 26
  // instructions per step instead of 32, for 12 multiply-adds. NOTE: a
  // do-while instead spills accumulators.
  {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(pa);
    c00 = fmadd(c00, a, b0); c01 = fmadd(c01, a, b1);
    a = v128.load32_splat(pa, 4);
    c10 = fmadd(c10, a, b0); c11 = fmadd(c11, a, b1);
    a = v128.load32_splat(pa, 8);
    c20 = fmadd(c20, a, b0); c21 = fmadd(c21, a, b1);
    a = v128.load32_splat(pa, 12);
    c30 = fmadd(c30, a, b0); c31 = fmadd(c31, a, b1);
    a = v128.load32_splat(pa, 16);
    c40 = fmadd(c40, a, b0); c41 = fmadd(c41, a, b1);
    a = v128.load32_splat(pa, 20);
    c50 = fmadd(c50, a, b0); c51 = fmadd(c51, a, b1);
    pa += MR * 4;
    pb += ldb;
  }
  while (pa < end) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let a = v128.load32_splat(pa);
    c00 = fmadd(c00, a, b0); c01 = fmadd(c01, a, b1);
    a = v128.load32_splat(pa, 4);
    c10 = fmadd(c10, a, b0); c11 = fmadd(c11, a, b1);
    a = v128.load32_splat(pa, 8);
    c20 = fmadd(c20, a, b0); c21 = fmadd(c21, a, b1);
    a = v128.load32_splat(pa, 12);
    c30 = fmadd(c30, a, b0); c31 = fmadd(c31, a, b1);
    a = v128.load32_splat(pa, 16);
    c40 = fmadd(c40, a, b0); c41 = fmadd(c41, a, b1);
    a = v128.load32_splat(pa, 20);
    c50 = fmadd(c50, a, b0); c51 = fmadd(c51, a, b1);
    pa += MR * 4;
    pb += ldb;
  }
  storeTile6(c, ldc, rows, cols, accumulate, c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51);
}

/**
 * micro6x8 reading a row-major A in place (relaxed build): six row pointers,
 * a broadcast load from each per k, so A needs no packing. a: A[row 0, k 0];
 * am: byte pitch of A's rows. Rows past `rows` read the last valid row (their
 * sums are discarded by the edge copy). The same fused multiply-adds per
 * output in the same k order as micro6x8. kc >= 1.
 */
function micro6x8d(kc: i32, a: usize, am: usize, pb: usize, ldb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  microDirect(true, kc, a, am, pb, ldb, c, ldc, rows, cols, accumulate);
}

/** micro6x8d for at most 4 rows (the relaxed build's row edge): 8 accumulators. */
function micro4x8d(kc: i32, a: usize, am: usize, pb: usize, ldb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  microDirect(false, kc, a, am, pb, ldb, c, ldc, rows, cols, accumulate);
}

/** micro6x8d's body for six rows or four (`six` is a constant: each caller compiles to its own loop, the unused rows folded away). */
@inline function microDirect(six: bool, kc: i32, a: usize, am: usize, pb: usize, ldb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  const z = f32x4.splat(0.0);
  let c00 = z, c01 = z, c10 = z, c11 = z;
  let c20 = z, c21 = z, c30 = z, c31 = z, c40 = z, c41 = z, c50 = z, c51 = z;
  const last = <usize>(rows - 1) * am;
  let a0 = a, a1 = a + min(am, last), a2 = a + min(<usize>2 * am, last), a3 = a + min(<usize>3 * am, last);
  let a4 = six ? a + min(<usize>4 * am, last) : a, a5 = six ? a + min(<usize>5 * am, last) : a;
  const end = a + (<usize>kc << 2);
  while (a0 < end) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    let x = v128.load32_splat(a0);
    c00 = fmadd(c00, x, b0); c01 = fmadd(c01, x, b1);
    x = v128.load32_splat(a1);
    c10 = fmadd(c10, x, b0); c11 = fmadd(c11, x, b1);
    x = v128.load32_splat(a2);
    c20 = fmadd(c20, x, b0); c21 = fmadd(c21, x, b1);
    x = v128.load32_splat(a3);
    c30 = fmadd(c30, x, b0); c31 = fmadd(c31, x, b1);
    if (six) {
      x = v128.load32_splat(a4);
      c40 = fmadd(c40, x, b0); c41 = fmadd(c41, x, b1);
      x = v128.load32_splat(a5);
      c50 = fmadd(c50, x, b0); c51 = fmadd(c51, x, b1);
      a4 += 4; a5 += 4;
    }
    a0 += 4; a1 += 4; a2 += 4; a3 += 4;
    pb += ldb;
  }
  if (six) storeTile6(c, ldc, rows, cols, accumulate, c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51);
  else storeTile4(c, ldc, rows, cols, accumulate, c00, c01, c10, c11, c20, c21, c30, c31);
}

/** Copies rows x cols of the MR x NR edge tile at e into C. */
function copyEdge(e: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  for (let r = 0; r < rows; r++) {
    const dst = c + <usize>r * ldc;
    const src = e + <usize>r * (NR * 4);
    for (let j = 0; j < cols; j++) {
      const v = load<f32>(src + (<usize>j << 2));
      const q = dst + (<usize>j << 2);
      store<f32>(q, accumulate ? load<f32>(q) + v : v);
    }
  }
}

@inline function put(c: usize, v: f32, accumulate: bool): void {
  store<f32>(c, accumulate ? load<f32>(c) + v : v);
}

/**
 * C (+)= A Bᵀ for A rows and B columns both contiguous along k ("NT"): dot
 * products vectorised along k, 2 rows x 4 columns at a time, no packing. For
 * the small-output, long-reduction products of weight gradients (dW = dY ·
 * colsᵀ: 6 x 25 outputs over 784 k), where packing and padding the 4x8 tiles
 * would cost more than the arithmetic. am / bn: byte pitch of A rows / B columns.
 */
function dotNT(C: usize, ldc: usize, A: usize, am: usize, B: usize, bn: usize, M: i32, N: i32, K: i32, accumulate: bool): void {
  const K4 = K & ~3;
  let m = 0;
  for (; m + 2 <= M; m += 2) {
    const a0 = A + <usize>m * am, a1 = a0 + am;
    let n = 0;
    for (; n + 4 <= N; n += 4) {
      const b0 = B + <usize>n * bn, b1 = b0 + bn, b2 = b1 + bn, b3 = b2 + bn;
      let s00 = f32x4.splat(0), s01 = s00, s02 = s00, s03 = s00, s10 = s00, s11 = s00, s12 = s00, s13 = s00;
      for (let k = 0; k < K4; k += 4) {
        const o = <usize>k << 2;
        const x0 = v128.load(a0 + o), x1 = v128.load(a1 + o);
        let y = v128.load(b0 + o);
        s00 = fmadd(s00, x0, y); s10 = fmadd(s10, x1, y);
        y = v128.load(b1 + o);
        s01 = fmadd(s01, x0, y); s11 = fmadd(s11, x1, y);
        y = v128.load(b2 + o);
        s02 = fmadd(s02, x0, y); s12 = fmadd(s12, x1, y);
        y = v128.load(b3 + o);
        s03 = fmadd(s03, x0, y); s13 = fmadd(s13, x1, y);
      }
      let r00 = hsum(s00), r01 = hsum(s01), r02 = hsum(s02), r03 = hsum(s03);
      let r10 = hsum(s10), r11 = hsum(s11), r12 = hsum(s12), r13 = hsum(s13);
      for (let k = K4; k < K; k++) {
        const o = <usize>k << 2;
        const x0 = load<f32>(a0 + o), x1 = load<f32>(a1 + o);
        const y0 = load<f32>(b0 + o), y1 = load<f32>(b1 + o), y2 = load<f32>(b2 + o), y3 = load<f32>(b3 + o);
        r00 += x0 * y0; r01 += x0 * y1; r02 += x0 * y2; r03 += x0 * y3;
        r10 += x1 * y0; r11 += x1 * y1; r12 += x1 * y2; r13 += x1 * y3;
      }
      const c0 = C + <usize>m * ldc + (<usize>n << 2), c1 = c0 + ldc;
      put(c0, r00, accumulate); put(c0 + 4, r01, accumulate); put(c0 + 8, r02, accumulate); put(c0 + 12, r03, accumulate);
      put(c1, r10, accumulate); put(c1 + 4, r11, accumulate); put(c1 + 8, r12, accumulate); put(c1 + 12, r13, accumulate);
    }
    for (; n < N; n++) {
      dotNT1(C + <usize>m * ldc + (<usize>n << 2), a0, B + <usize>n * bn, K, accumulate);
      dotNT1(C + <usize>(m + 1) * ldc + (<usize>n << 2), a1, B + <usize>n * bn, K, accumulate);
    }
  }
  for (; m < M; m++) {
    for (let n = 0; n < N; n++) dotNT1(C + <usize>m * ldc + (<usize>n << 2), A + <usize>m * am, B + <usize>n * bn, K, accumulate);
  }
}

/** One output of dotNT. */
function dotNT1(c: usize, a: usize, b: usize, K: i32, accumulate: bool): void {
  let s = f32x4.splat(0);
  let k = 0;
  for (; k + 4 <= K; k += 4) s = fmadd(s, v128.load(a + (<usize>k << 2)), v128.load(b + (<usize>k << 2)));
  let r = hsum(s);
  for (; k < K; k++) r += load<f32>(a + (<usize>k << 2)) * load<f32>(b + (<usize>k << 2));
  put(c, r, accumulate);
}

/** True where dotNT beats the packed kernel: both operands contiguous along k, a small output, a long reduction. */
@inline function useDotNT(M: i32, N: i32, K: i32, sak: i32, sbk: i32): bool {
  return sak == 1 && sbk == 1 && K >= 64 && M <= 32 && M * N <= 8192;
}

/**
 * out[b, m, n] = sum_k a[b, m, k] * b[b, k, n]; strides in elements (any >= 0).
 * With sumBatch != 0, out is one [M, N] matrix: the sum of the batch's products
 * (the gradient of an operand broadcast over the batch), accumulated in place
 * instead of written per batch and reduced afterwards.
 * Only rows [m0, m1) and columns [n0, n1) of each output are computed: threads
 * split one product this way. The path (dotNT or packed tiles) is chosen from
 * the whole M, N, K, and every output element sums its k in the same order on
 * either path whatever the range, so a split result is bitwise the whole one
 * (m0 must be a multiple of MR and n0 of NR for the tiles to line up the same).
 * packA / packB: scratch of matmul_pack_a_bytes() / matmul_pack_b_bytes().
 */
export function matmul_f32(out: usize, a: usize, b: usize, batch: i32, M: i32, N: i32, K: i32,
  sab: i32, sam: i32, sak: i32, sbb: i32, sbk: i32, sbn: i32, pA: usize, pB: usize, sumBatch: i32,
  m0: i32, m1: i32, n0: i32, n1: i32): void {
  const ldc = <usize>N << 2;
  const am = <usize>sam << 2, ak = <usize>sak << 2, bk = <usize>sbk << 2, bn = <usize>sbn << 2;
  const dot = useDotNT(M, N, K, sak, sbk);
  const mp = m1 - m0, np = n1 - n0;
  if (mp <= 0 || np <= 0) return;
  const direct = sbn == 1 && mp <= DIRECT_B_MAX_M;
  // Relaxed build: K in equal blocks of at most KC_MAX (a multiple of 4), from
  // K alone, so every thread's range sums in the same blocks.
  let kcBlock = KC;
  const directA = MR == 6 && sak == 1 && np <= DIRECT_A_MAX_N;
  if (MR == 6) {
    const nk = max(1, (K + KC_MAX - 1) / KC_MAX);
    kcBlock = max(1, ((K + nk - 1) / nk + 3) & ~3);
  }
  for (let bi = 0; bi < batch; bi++) {
    const A = a + (<usize>bi * <usize>sab << 2) + <usize>m0 * am;
    const B = b + (<usize>bi * <usize>sbb << 2) + <usize>n0 * bn;
    const C = (sumBatch ? out : out + <usize>bi * <usize>M * ldc) + <usize>m0 * ldc + (<usize>n0 << 2);
    const into: bool = sumBatch != 0 && bi > 0;
    if (K == 0) {
      if (!into) for (let r = 0; r < mp; r++) memory.fill(C + <usize>r * ldc, 0, <usize>np << 2);
      continue;
    }
    if (dot) {
      dotNT(C, ldc, A, am, B, bn, mp, np, K, into);
      continue;
    }
    for (let jc = 0; jc < np; jc += NC) {
      const nc = min(NC, np - jc);
      for (let pc = 0; pc < K; pc += kcBlock) {
        const kc = min(kcBlock, K - pc);
        const full = nc - nc % NR;
        if (!direct) packB(pB, B + <usize>pc * bk + <usize>jc * bn, bk, bn, kc, nc);
        // NOTE: the ragged last panel is packed even when direct: reading 8 columns in place would run past B.
        else if (full < nc) packB(pB, B + <usize>pc * bk + <usize>(jc + full) * bn, bk, bn, kc, nc - full);
        for (let ic = 0; ic < mp; ic += MC) {
          const mc = min(MC, mp - ic);
          if (!directA) packA(pA, A + <usize>ic * am + <usize>pc * ak, am, ak, mc, kc);
          for (let jr = 0; jr < nc; jr += NR) {
            const cols = min(NR, nc - jr);
            const inPlace = direct && cols == NR;
            const pb = inPlace ? B + <usize>pc * bk + (<usize>(jc + jr) << 2) : direct ? pB : pB + <usize>jr * <usize>kc * 4;
            const ldb: usize = inPlace ? bk : NR * 4;
            for (let ir = 0; ir < mc; ir += MR) {
              const c = C + <usize>(ic + ir) * ldc + (<usize>(jc + jr) << 2);
              const rows = min(MR, mc - ir);
              if (directA) {
                const ap = A + <usize>(ic + ir) * am + (<usize>pc << 2);
                if (rows <= 4) micro4x8d(kc, ap, am, pb, ldb, c, ldc, rows, cols, pc > 0 || into);
                else micro6x8d(kc, ap, am, pb, ldb, c, ldc, rows, cols, pc > 0 || into);
                continue;
              }
              const pa = pA + <usize>ir * <usize>kc * 4;
              // 4x8 runs the plain build's tiles and the relaxed build's edges of at most four rows
              if (MR == 6 && rows > 4) micro6x8(kc, pa, pb, ldb, c, ldc, rows, cols, pc > 0 || into);
              else micro4x8(kc, pa, pb, ldb, c, ldc, rows, cols, pc > 0 || into);
            }
          }
        }
      }
    }
  }
}
