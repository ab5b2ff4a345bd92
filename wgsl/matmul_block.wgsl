// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, one BMx4
// (BM = 4, or 8 with ROWS8) output block per thread, read straight from storage: no workgroup memory
// and no barriers, K unrolled by 4 (16 multiply-adds per 8 loads when both
// operands take vector loads, instead of `small`'s 4 per 5).
// NOTE: on CPU emulators (SwiftShader) a barrier is a coroutine switch per
// invocation and every storage load is a per-lane gather with a bounds clamp,
// so fewer, wider loads and no barriers is what makes a matmul fast there.
//   A_VEC:   A rows contiguous (aSK = 1), 16-byte aligned: one vec4 per row and 4 k.
//   B_VEC_N: B rows contiguous (bSN = 1), aligned: one vec4 per k and 4 columns.
//   B_VEC_K: B columns contiguous (bSK = 1, B is a transposed view), aligned:
//            one vec4 per column and 4 k, transposed in registers.
//   OUT_VEC: N is a multiple of 4: each row of a block is one vec4 store.
#include "common"

struct Params {
  batch: u32,
  M: u32,
  N: u32,
  K: u32,
  aOff: u32,
  aSB: u32,
  aSM: u32,
  aSK: u32,
  bOff: u32,
  bSB: u32,
  bSK: u32,
  bSN: u32,
  tilesM: u32,
  tilesN: u32,
  _pad0: u32,
  _pad1: u32,
}

@group(0) @binding(0) var<uniform> P: Params;
#if OUT_VEC
@group(0) @binding(1) var<storage, read_write> out: array<vec4<f32>>;
#else
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
#endif
#if A_VEC
@group(0) @binding(2) var<storage, read> A: array<vec4<f32>>;
fn a_at(i: u32) -> f32 { return A[i >> 2u][i & 3u]; }
#else
@group(0) @binding(2) var<storage, read> A: array<f32>;
fn a_at(i: u32) -> f32 { return A[i]; }
#endif
#if B_VEC
@group(0) @binding(3) var<storage, read> B: array<vec4<f32>>;
fn b_at(i: u32) -> f32 { return B[i >> 2u][i & 3u]; }
#else
@group(0) @binding(3) var<storage, read> B: array<f32>;
fn b_at(i: u32) -> f32 { return B[i]; }
#endif

// A[row, k..k+3] for the row starting at element `row`.
fn a4(row: u32, k: u32) -> vec4<f32> {
#if A_VEC
  return A[(row + k) >> 2u];
#else
  let s = P.aSK;
  return vec4<f32>(A[row + k * s], A[row + (k + 1u) * s], A[row + (k + 2u) * s], A[row + (k + 3u) * s]);
#endif
}

// Column j: B[k + j, n0..n0+3]; `c` holds the element offsets of the 4 columns
// (clamped to N - 1), `c.x` also that of column n0.
fn b4x4(c: vec4<u32>, k: u32) -> mat4x4<f32> {
#if B_VEC_N
  let s = P.bSK;
  return mat4x4<f32>(B[(c.x + k * s) >> 2u], B[(c.x + (k + 1u) * s) >> 2u],
                     B[(c.x + (k + 2u) * s) >> 2u], B[(c.x + (k + 3u) * s) >> 2u]);
#else
#if B_VEC_K
  return transpose(mat4x4<f32>(B[(c.x + k) >> 2u], B[(c.y + k) >> 2u], B[(c.z + k) >> 2u], B[(c.w + k) >> 2u]));
#else
  var m: mat4x4<f32>;
  for (var j = 0u; j < 4u; j++) {
    let o = (k + j) * P.bSK;
    m[j] = vec4<f32>(B[c.x + o], B[c.y + o], B[c.z + o], B[c.w + o]);
  }
  return m;
#endif
#endif
}

fn store_row(o: u32, m: u32, n0: u32, v: vec4<f32>) {
  if (m >= P.M) { return; }
#if OUT_VEC
  out[o >> 2u] = v;
#else
  out[o] = v.x;
  if (n0 + 1u < P.N) { out[o + 1u] = v.y; }
  if (n0 + 2u < P.N) { out[o + 2u] = v.z; }
  if (n0 + 3u < P.N) { out[o + 3u] = v.w; }
#endif
}

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) li: u32) {
  let qn = (P.N + 3u) / 4u;
  let qm = (P.M + {{BM}}u - 1u) / {{BM}}u;
  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (i >= P.batch * qm * qn) { return; }
  let n0 = (i % qn) * 4u;
  let m0 = ((i / qn) % qm) * {{BM}}u;
  let b = i / (qn * qm);
  // Rows and columns past the edge read the last valid one; they are not stored.
  let aBase = P.aOff + b * P.aSB;
  let mLast = P.M - 1u;
  let r0 = aBase + m0 * P.aSM;
  let r1 = aBase + min(m0 + 1u, mLast) * P.aSM;
  let r2 = aBase + min(m0 + 2u, mLast) * P.aSM;
  let r3 = aBase + min(m0 + 3u, mLast) * P.aSM;
#if ROWS8
  let r4 = aBase + min(m0 + 4u, mLast) * P.aSM;
  let r5 = aBase + min(m0 + 5u, mLast) * P.aSM;
  let r6 = aBase + min(m0 + 6u, mLast) * P.aSM;
  let r7 = aBase + min(m0 + 7u, mLast) * P.aSM;
  var acc4 = vec4<f32>(0.0);
  var acc5 = vec4<f32>(0.0);
  var acc6 = vec4<f32>(0.0);
  var acc7 = vec4<f32>(0.0);
#endif
  let bBase = P.bOff + b * P.bSB;
  let nLast = P.N - 1u;
  let c = vec4<u32>(bBase + n0 * P.bSN, bBase + min(n0 + 1u, nLast) * P.bSN,
                    bBase + min(n0 + 2u, nLast) * P.bSN, bBase + min(n0 + 3u, nLast) * P.bSN);
  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);
  let K4 = P.K & ~3u;
  for (var k = 0u; k < K4; k += 4u) {
    let bm = b4x4(c, k);
    acc0 += bm * a4(r0, k);
    acc1 += bm * a4(r1, k);
    acc2 += bm * a4(r2, k);
    acc3 += bm * a4(r3, k);
#if ROWS8
    acc4 += bm * a4(r4, k);
    acc5 += bm * a4(r5, k);
    acc6 += bm * a4(r6, k);
    acc7 += bm * a4(r7, k);
#endif
  }
  for (var k = K4; k < P.K; k++) {
    let o = k * P.bSK;
    let bv = vec4<f32>(b_at(c.x + o), b_at(c.y + o), b_at(c.z + o), b_at(c.w + o));
    let ka = k * P.aSK;
    acc0 += a_at(r0 + ka) * bv;
    acc1 += a_at(r1 + ka) * bv;
    acc2 += a_at(r2 + ka) * bv;
    acc3 += a_at(r3 + ka) * bv;
#if ROWS8
    acc4 += a_at(r4 + ka) * bv;
    acc5 += a_at(r5 + ka) * bv;
    acc6 += a_at(r6 + ka) * bv;
    acc7 += a_at(r7 + ka) * bv;
#endif
  }
  let o = (b * P.M + m0) * P.N + n0;
  store_row(o, m0, n0, acc0);
  store_row(o + P.N, m0 + 1u, n0, acc1);
  store_row(o + 2u * P.N, m0 + 2u, n0, acc2);
  store_row(o + 3u * P.N, m0 + 3u, n0, acc3);
#if ROWS8
  store_row(o + 4u * P.N, m0 + 4u, n0, acc4);
  store_row(o + 5u * P.N, m0 + 5u, n0, acc5);
  store_row(o + 6u * P.N, m0 + 6u, n0, acc6);
  store_row(o + 7u * P.N, m0 + 7u, n0, acc7);
#endif
}
