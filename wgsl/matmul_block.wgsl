// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, one BMxBN
// (4 or 8 rows with ROWS8, 4 or 8 columns with COLS8) output block per thread, read straight from storage: no workgroup memory
// and no barriers, K unrolled by 4 (16 multiply-adds per 8 loads when both
// operands take vector loads, instead of `small`'s 4 per 5).
// NOTE: on CPU emulators (SwiftShader) a barrier is a coroutine switch per
// invocation and every storage load is a per-lane gather with a bounds clamp,
// so fewer, wider loads and no barriers is what makes a matmul fast there.
// Operand layouts (A_VEC, B_VEC_N, B_VEC_K, OUT_VEC): matmul_operands.wgsl.
#include "common"
#include "matmul_operands"

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) li: u32) {
  let qn = (P.N + {{BN}}u - 1u) / {{BN}}u;
  let qm = (P.M + {{BM}}u - 1u) / {{BM}}u;
  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (i >= P.batch * qm * qn) { return; }
  let n0 = (i % qn) * {{BN}}u;
  let m0 = ((i / qn) % qm) * {{BM}}u;
  let b = i / (qn * qm);
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
  for (var k = 0u; k < K4; k += 4u) {
    let bm = b4x4(c, k);
    let a0 = a4(r0, k);
    let a1 = a4(r1, k);
    let a2 = a4(r2, k);
    let a3 = a4(r3, k);
    acc0 += bm * a0;
    acc1 += bm * a1;
    acc2 += bm * a2;
    acc3 += bm * a3;
#if ROWS8
    let a4_ = a4(r4, k);
    let a5 = a4(r5, k);
    let a6 = a4(r6, k);
    let a7 = a4(r7, k);
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
