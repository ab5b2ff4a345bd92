// C[b] = A[b] @ B[b] for strided f32 views, Goto-style: pack a KC x NC panel
// of B and an MC x KC block of A into contiguous scratch, then a 4x8
// register-blocked f32x4 micro-kernel runs over the packed panels.

const MR = 4;
const NR = 8;
const KC = 256;
const MC = 128;
const NC = 2048;

const edgeTile = memory.data(MR * NR * 4, 16);

/** Scratch bytes the caller must provide for the packed panels. */
export function matmul_pack_a_bytes(): i32 {
  return MC * KC * 4;
}

export function matmul_pack_b_bytes(): i32 {
  return KC * NC * 4;
}

/** Packs A[i0 .. i0+mc, k0 .. k0+kc] as MR-row panels, (k, r) at k*MR + r; missing rows are 0. */
function packA(dst: usize, a: usize, sm: usize, sk: usize, mc: i32, kc: i32): void {
  for (let i = 0; i < mc; i += MR) {
    const rows = min(MR, mc - i);
    const src = a + <usize>i * sm;
    if (rows == MR && sm == 4) {
      // column-major A (a transposed view): each k reads 4 contiguous floats
      for (let k = 0; k < kc; k++) {
        v128.store(dst, v128.load(src + <usize>k * sk));
        dst += MR * 4;
      }
    } else if (rows == MR) {
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
  for (let j = 0; j < nc; j += NR) {
    const cols = min(NR, nc - j);
    const src = b + <usize>j * sn;
    if (cols == NR && sn == 4) {
      for (let k = 0; k < kc; k++) {
        const p = src + <usize>k * sk;
        v128.store(dst, v128.load(p));
        v128.store(dst, v128.load(p, 16), 16);
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

@inline function fma(acc: v128, a: v128, b: v128): v128 {
  return f32x4.add(acc, f32x4.mul(a, b));
}

@inline function storeRow(p: usize, lo: v128, hi: v128, accumulate: bool): void {
  if (accumulate) {
    lo = f32x4.add(lo, v128.load(p));
    hi = f32x4.add(hi, v128.load(p, 16));
  }
  v128.store(p, lo);
  v128.store(p, hi, 16);
}

/** C[0..rows, 0..cols] (+)= packed A panel x packed B panel over kc. */
function micro4x8(kc: i32, pa: usize, pb: usize, c: usize, ldc: usize, rows: i32, cols: i32, accumulate: bool): void {
  let c00 = f32x4.splat(0.0), c01 = c00, c10 = c00, c11 = c00;
  let c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  for (let k = 0; k < kc; k++) {
    const b0 = v128.load(pb);
    const b1 = v128.load(pb, 16);
    const av = v128.load(pa);
    let a = i32x4.shuffle(av, av, 0, 0, 0, 0);
    c00 = fma(c00, a, b0); c01 = fma(c01, a, b1);
    a = i32x4.shuffle(av, av, 1, 1, 1, 1);
    c10 = fma(c10, a, b0); c11 = fma(c11, a, b1);
    a = i32x4.shuffle(av, av, 2, 2, 2, 2);
    c20 = fma(c20, a, b0); c21 = fma(c21, a, b1);
    a = i32x4.shuffle(av, av, 3, 3, 3, 3);
    c30 = fma(c30, a, b0); c31 = fma(c31, a, b1);
    pa += MR * 4;
    pb += NR * 4;
  }
  if (rows == MR && cols == NR) {
    storeRow(c, c00, c01, accumulate);
    storeRow(c + ldc, c10, c11, accumulate);
    storeRow(c + 2 * ldc, c20, c21, accumulate);
    storeRow(c + 3 * ldc, c30, c31, accumulate);
    return;
  }
  // Edge tile: spill to scratch and copy the valid part.
  storeRow(edgeTile, c00, c01, false);
  storeRow(edgeTile + 32, c10, c11, false);
  storeRow(edgeTile + 64, c20, c21, false);
  storeRow(edgeTile + 96, c30, c31, false);
  for (let r = 0; r < rows; r++) {
    const dst = c + <usize>r * ldc;
    const src = edgeTile + <usize>r * (NR * 4);
    for (let j = 0; j < cols; j++) {
      const v = load<f32>(src + (<usize>j << 2));
      const q = dst + (<usize>j << 2);
      store<f32>(q, accumulate ? load<f32>(q) + v : v);
    }
  }
}

/**
 * out[b, m, n] = sum_k a[b, m, k] * b[b, k, n]; strides in elements (any >= 0).
 * packA / packB: scratch of matmul_pack_a_bytes() / matmul_pack_b_bytes().
 */
export function matmul_f32(out: usize, a: usize, b: usize, batch: i32, M: i32, N: i32, K: i32,
  sab: i32, sam: i32, sak: i32, sbb: i32, sbk: i32, sbn: i32, pA: usize, pB: usize): void {
  const ldc = <usize>N << 2;
  const am = <usize>sam << 2, ak = <usize>sak << 2, bk = <usize>sbk << 2, bn = <usize>sbn << 2;
  for (let bi = 0; bi < batch; bi++) {
    const A = a + (<usize>bi * <usize>sab << 2);
    const B = b + (<usize>bi * <usize>sbb << 2);
    const C = out + <usize>bi * <usize>M * ldc;
    if (K == 0) {
      memory.fill(C, 0, <usize>M * ldc);
      continue;
    }
    for (let jc = 0; jc < N; jc += NC) {
      const nc = min(NC, N - jc);
      for (let pc = 0; pc < K; pc += KC) {
        const kc = min(KC, K - pc);
        packB(pB, B + <usize>pc * bk + <usize>jc * bn, bk, bn, kc, nc);
        for (let ic = 0; ic < M; ic += MC) {
          const mc = min(MC, M - ic);
          packA(pA, A + <usize>ic * am + <usize>pc * ak, am, ak, mc, kc);
          for (let jr = 0; jr < nc; jr += NR) {
            const pb = pB + <usize>jr * <usize>kc * 4;
            const cols = min(NR, nc - jr);
            for (let ir = 0; ir < mc; ir += MR) {
              const pa = pA + <usize>ir * <usize>kc * 4;
              const c = C + <usize>(ic + ir) * ldc + (<usize>(jc + jr) << 2);
              micro4x8(kc, pa, pb, c, ldc, min(MR, mc - ir), cols, pc > 0);
            }
          }
        }
      }
    }
  }
}
