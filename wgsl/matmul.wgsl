// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views.
// `main`: 64x64 output tile per workgroup of 16x16 threads, K in steps of 16
// through workgroup memory; each thread accumulates a 4x4 register block
// (rows 4ty.., columns 4tx..).
// `small`: 4 adjacent outputs of a row per thread, no workgroup memory or
// barriers: for small, skinny or short-K products where a 64x64 tile is mostly
// padding (and where, on CPU emulators, barriers cost more than the reuse saves).
// `naive`: one output per thread, kept as the baseline for the benchmark.
#include "common"
#include "matmul_params"

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> A: array<f32>;
@group(0) @binding(3) var<storage, read> B: array<f32>;

const TM = 64u;
const TN = 64u;
const TK = 16u;

// Tiles hold 4 consecutive rows (A) or columns (B) per vec4, so the inner
// loop does two vector loads per 16 multiply-adds.
var<workgroup> As: array<vec4<f32>, 256>; // [TK][TM / 4]
var<workgroup> Bs: array<vec4<f32>, 256>; // [TK][TN / 4]

@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_id) lid: vec3<u32>, @builtin(local_invocation_index) li: u32) {
  let tiles = P.tilesM * P.tilesN;
  let wg = linear_workgroup(wid, nwg);
  if (wg >= tiles * P.batch) { return; }
  let b = wg / tiles;
  let t = wg % tiles;
  let m0 = (t / P.tilesN) * TM;
  let n0 = (t % P.tilesN) * TN;
  let aBase = P.aOff + b * P.aSB;
  let bBase = P.bOff + b * P.bSB;
  let tx = lid.x;
  let ty = lid.y;

  var acc0 = vec4<f32>(0.0);
  var acc1 = vec4<f32>(0.0);
  var acc2 = vec4<f32>(0.0);
  var acc3 = vec4<f32>(0.0);

  // Loader roles: thread li fills As[ak][am4] with rows 4*am4..+3 at column ak
  // (consecutive threads take consecutive k: contiguous for row-major A) and
  // Bs[bk][bn4] with columns 4*bn4..+3 of row bk (contiguous for row-major B).
  let ak = li % TK;
  let am4 = li / TK;
  let bk = li / 16u;
  let bn4 = li % 16u;
  for (var k0 = 0u; k0 < P.K; k0 += TK) {
    let gk = k0 + ak;
    var av = vec4<f32>(0.0);
    for (var r = 0u; r < 4u; r++) {
      let gm = m0 + am4 * 4u + r;
      if (gm < P.M && gk < P.K) { av[r] = A[aBase + gm * P.aSM + gk * P.aSK]; }
    }
    As[ak * 16u + am4] = av;
    let gk2 = k0 + bk;
    var bv = vec4<f32>(0.0);
    for (var c = 0u; c < 4u; c++) {
      let gn = n0 + bn4 * 4u + c;
      if (gk2 < P.K && gn < P.N) { bv[c] = B[bBase + gk2 * P.bSK + gn * P.bSN]; }
    }
    Bs[bk * 16u + bn4] = bv;
    workgroupBarrier();
    for (var kk = 0u; kk < TK; kk++) {
      let a4 = As[kk * 16u + ty];
      let b4 = Bs[kk * 16u + tx];
      acc0 += a4.x * b4;
      acc1 += a4.y * b4;
      acc2 += a4.z * b4;
      acc3 += a4.w * b4;
    }
    workgroupBarrier();
  }

  let outBase = b * P.M * P.N;
  for (var i = 0u; i < 4u; i++) {
    let m = m0 + ty * 4u + i;
    if (m >= P.M) { break; }
    var row = acc0;
    if (i == 1u) { row = acc1; } else if (i == 2u) { row = acc2; } else if (i == 3u) { row = acc3; }
    for (var j = 0u; j < 4u; j++) {
      let n = n0 + tx * 4u + j;
      if (n < P.N) { out[outBase + m * P.N + n] = row[j]; }
    }
  }
}

@compute @workgroup_size({{WG}})
fn naive(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
         @builtin(local_invocation_index) li: u32) {
  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (i >= P.batch * P.M * P.N) { return; }
  let n = i % P.N;
  let m = (i / P.N) % P.M;
  let b = i / (P.M * P.N);
  var acc = 0.0;
  for (var k = 0u; k < P.K; k++) {
    acc += A[P.aOff + b * P.aSB + m * P.aSM + k * P.aSK] * B[P.bOff + b * P.bSB + k * P.bSK + n * P.bSN];
  }
  out[i] = acc;
}

@compute @workgroup_size({{WG}})
fn small(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
         @builtin(local_invocation_index) li: u32) {
  let quads = (P.N + 3u) / 4u;
  let i = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (i >= P.batch * P.M * quads) { return; }
  let n0 = (i % quads) * 4u;
  let m = (i / quads) % P.M;
  let b = i / (quads * P.M);
  let aRow = P.aOff + b * P.aSB + m * P.aSM;
  let bBase = P.bOff + b * P.bSB;
  // Clamp the column reads of a partial quad; those lanes are not stored.
  let nLast = P.N - 1u;
  let c0 = bBase + n0 * P.bSN;
  let c1 = bBase + min(n0 + 1u, nLast) * P.bSN;
  let c2 = bBase + min(n0 + 2u, nLast) * P.bSN;
  let c3 = bBase + min(n0 + 3u, nLast) * P.bSN;
  var acc = vec4<f32>(0.0);
  for (var k = 0u; k < P.K; k++) {
    let av = A[aRow + k * P.aSK];
    let kOff = k * P.bSK;
    acc += av * vec4<f32>(B[c0 + kOff], B[c1 + kOff], B[c2 + kOff], B[c3 + kOff]);
  }
  let o = (b * P.M + m) * P.N + n0;
  out[o] = acc.x;
  if (n0 + 1u < P.N) { out[o + 1u] = acc.y; }
  if (n0 + 2u < P.N) { out[o + 2u] = acc.z; }
  if (n0 + 3u < P.N) { out[o + 3u] = acc.w; }
}
