// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, one BMxBN
// (4 or 8 rows with ROWS8, 4 or 8 columns with COLS8) output block per thread, read straight from storage: no workgroup memory
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
#if SHARED_ROWS
enable subgroups;
#endif
#include "common"
#include "matmul_params"

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
#if SHARED_ROWS
        @builtin(subgroup_invocation_id) lane: u32,
#endif
        @builtin(local_invocation_index) li: u32) {
  let qn = (P.N + {{BN}}u - 1u) / {{BN}}u;
  let qm = (P.M + {{BM}}u - 1u) / {{BM}}u;
#if SHARED_ROWS
  // SHARED_ROWS (8-row blocks, subgroups of 4): a workgroup takes one block of
  // rows and WG blocks of columns, so every lane of a subgroup needs the same
  // A rows. Each lane loads two of the eight and the others arrive by
  // subgroupBroadcast, a register shuffle where loads are per-lane gathers
  // (SwiftShader): a quarter of the A loads. Lanes past the last column block
  // compute a copy of it and store nothing; none may return early, as the
  // broadcasts need every lane.
  let perRow = (qn + {{WG}}u - 1u) / {{WG}}u;
  let g = linear_workgroup(wid, nwg);
  if (g >= P.batch * qm * perRow) { return; }
  let nb = (g % perRow) * {{WG}}u + li;
  let live = nb < qn;
  let n0 = min(nb, qn - 1u) * {{BN}}u;
  let m0 = ((g / perRow) % qm) * {{BM}}u;
  let b = g / (perRow * qm);
#else
  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (i >= P.batch * qm * qn) { return; }
  let live = true;
  let n0 = (i % qn) * {{BN}}u;
  let m0 = ((i / qn) % qm) * {{BM}}u;
  let b = i / (qn * qm);
#endif
  // Rows and columns past the edge read the last valid one; they are not stored.
  let aBase = P.aOff + b * P.aSB;
  let mLast = P.M - 1u;
  let r0 = aBase + m0 * P.aSM;
  let r1 = aBase + min(m0 + 1u, mLast) * P.aSM;
  let r2 = aBase + min(m0 + 2u, mLast) * P.aSM;
  let r3 = aBase + min(m0 + 3u, mLast) * P.aSM;
  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);
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
#if COLS8
  // The second quad of columns, n0 + 4 .. n0 + 7, and its accumulators.
  let d = vec4<u32>(bBase + min(n0 + 4u, nLast) * P.bSN, bBase + min(n0 + 5u, nLast) * P.bSN,
                    bBase + min(n0 + 6u, nLast) * P.bSN, bBase + min(n0 + 7u, nLast) * P.bSN);
  var bcc0 = vec4<f32>(0.0);
  var bcc1 = vec4<f32>(0.0);
  var bcc2 = vec4<f32>(0.0);
  var bcc3 = vec4<f32>(0.0);
#if ROWS8
  var bcc4 = vec4<f32>(0.0);
  var bcc5 = vec4<f32>(0.0);
  var bcc6 = vec4<f32>(0.0);
  var bcc7 = vec4<f32>(0.0);
#endif
#endif
  let K4 = P.K & ~3u;
#if SHARED_ROWS
  let laneRow0 = aBase + min(m0 + lane, mLast) * P.aSM;
  let laneRow1 = aBase + min(m0 + 4u + lane, mLast) * P.aSM;
#endif
  for (var k = 0u; k < K4; k += 4u) {
    let bm = b4x4(c, k);
#if SHARED_ROWS
    let low = a4(laneRow0, k);
    let high = a4(laneRow1, k);
    let a0 = subgroupBroadcast(low, 0u);
    let a1 = subgroupBroadcast(low, 1u);
    let a2 = subgroupBroadcast(low, 2u);
    let a3 = subgroupBroadcast(low, 3u);
#else
    let a0 = a4(r0, k);
    let a1 = a4(r1, k);
    let a2 = a4(r2, k);
    let a3 = a4(r3, k);
#endif
    acc0 += bm * a0;
    acc1 += bm * a1;
    acc2 += bm * a2;
    acc3 += bm * a3;
#if ROWS8
#if SHARED_ROWS
    let a4_ = subgroupBroadcast(high, 0u);
    let a5 = subgroupBroadcast(high, 1u);
    let a6 = subgroupBroadcast(high, 2u);
    let a7 = subgroupBroadcast(high, 3u);
#else
    let a4_ = a4(r4, k);
    let a5 = a4(r5, k);
    let a6 = a4(r6, k);
    let a7 = a4(r7, k);
#endif
    acc4 += bm * a4_;
    acc5 += bm * a5;
    acc6 += bm * a6;
    acc7 += bm * a7;
#endif
#if COLS8
    let bm2 = b4x4(d, k);
    bcc0 += bm2 * a0;
    bcc1 += bm2 * a1;
    bcc2 += bm2 * a2;
    bcc3 += bm2 * a3;
#if ROWS8
    bcc4 += bm2 * a4_;
    bcc5 += bm2 * a5;
    bcc6 += bm2 * a6;
    bcc7 += bm2 * a7;
#endif
#endif
  }
  for (var k = K4; k < P.K; k++) {
    let o = k * P.bSK;
    let bv = vec4<f32>(b_at(c.x + o), b_at(c.y + o), b_at(c.z + o), b_at(c.w + o));
    let ka = k * P.aSK;
    let a0 = a_at(r0 + ka);
    let a1 = a_at(r1 + ka);
    let a2 = a_at(r2 + ka);
    let a3 = a_at(r3 + ka);
    acc0 += a0 * bv;
    acc1 += a1 * bv;
    acc2 += a2 * bv;
    acc3 += a3 * bv;
#if ROWS8
    let a4_ = a_at(r4 + ka);
    let a5 = a_at(r5 + ka);
    let a6 = a_at(r6 + ka);
    let a7 = a_at(r7 + ka);
    acc4 += a4_ * bv;
    acc5 += a5 * bv;
    acc6 += a6 * bv;
    acc7 += a7 * bv;
#endif
#if COLS8
    let bv2 = vec4<f32>(b_at(d.x + o), b_at(d.y + o), b_at(d.z + o), b_at(d.w + o));
    bcc0 += a0 * bv2;
    bcc1 += a1 * bv2;
    bcc2 += a2 * bv2;
    bcc3 += a3 * bv2;
#if ROWS8
    bcc4 += a4_ * bv2;
    bcc5 += a5 * bv2;
    bcc6 += a6 * bv2;
    bcc7 += a7 * bv2;
#endif
#endif
  }
  if (!live) { return; }
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
#if COLS8
  if (n0 + 4u < P.N) {
    store_row(o + 4u, m0, n0 + 4u, bcc0);
    store_row(o + 4u + P.N, m0 + 1u, n0 + 4u, bcc1);
    store_row(o + 4u + 2u * P.N, m0 + 2u, n0 + 4u, bcc2);
    store_row(o + 4u + 3u * P.N, m0 + 3u, n0 + 4u, bcc3);
#if ROWS8
    store_row(o + 4u + 4u * P.N, m0 + 4u, n0 + 4u, bcc4);
    store_row(o + 4u + 5u * P.N, m0 + 5u, n0 + 4u, bcc5);
    store_row(o + 4u + 6u * P.N, m0 + 6u, n0 + 4u, bcc6);
    store_row(o + 4u + 7u * P.N, m0 + 7u, n0 + 4u, bcc7);
#endif
  }
#endif
}
