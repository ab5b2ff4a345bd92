// out[b, m, n] = sum_k A[b, m, k] * B[b, k, n] over strided views, for devices
// whose subgroups have four lanes (SwiftShader): each lane owns a block of
// 4 RQ rows x 4 CQ columns, and a workgroup takes one block of rows and WG
// blocks of columns, so every lane of a subgroup needs the same A rows.
// Each lane loads a quarter of them and gets the rest by subgroupBroadcast.
// NOTE: on SwiftShader a storage load is a per-lane gather with a bounds check
// and a broadcast is a register shuffle, so large blocks with shared rows do
// far fewer loads per multiply-add; the accumulators spill, which costs less.
// Lanes past the last column block compute a copy of it and store nothing: no
// lane may return before the broadcasts, which need all four.
enable subgroups;
#include "common"
#include "matmul_operands"

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(subgroup_invocation_id) lane: u32, @builtin(local_invocation_index) li: u32) {
  let BM = 4u * {{RQ}}u;
  let BN = 4u * {{CQ}}u;
  let qn = (P.N + BN - 1u) / BN;
  let qm = (P.M + BM - 1u) / BM;
  let perRow = (qn + {{WG}}u - 1u) / {{WG}}u;
  let g = linear_workgroup(wid, nwg);
  if (g >= P.batch * qm * perRow) { return; }
  let nb = (g % perRow) * {{WG}}u + li;
  let n0 = min(nb, qn - 1u) * BN;
  let m0 = ((g / perRow) % qm) * BM;
  let b = g / (perRow * qm);
  // This lane loads rows m0 + 4 J + lane; rows past the edge read the last one.
  let aBase = P.aOff + b * P.aSB;
  let mLast = P.M - 1u;
#for J in 0..RQ
  let row{{J}} = aBase + min(m0 + {{J}}u * 4u + lane, mLast) * P.aSM;
#endfor
  // Columns n0 + 4 Q .. + 3 (clamped to N - 1; those past it are not stored).
  let bBase = P.bOff + b * P.bSB;
  let nLast = P.N - 1u;
#for Q in 0..CQ
  let c{{Q}} = bBase + min(n0 + 4u * {{Q}}u + vec4<u32>(0u, 1u, 2u, 3u), vec4<u32>(nLast)) * P.bSN;
#endfor
#for J in 0..RQ
#for L in 0..4
#for Q in 0..CQ
  var acc{{J}}_{{L}}_{{Q}} = vec4<f32>(0.0);
#endfor
#endfor
#endfor
  let K4 = P.K & ~3u;
  for (var k = 0u; k < K4; k += 4u) {
#for Q in 0..CQ
    let b{{Q}} = b4x4(c{{Q}}, k);
#endfor
#for J in 0..RQ
    let mine{{J}} = a4(row{{J}}, k);
#for L in 0..4
    let a{{J}}_{{L}} = subgroupBroadcast(mine{{J}}, {{L}}u);
#for Q in 0..CQ
    acc{{J}}_{{L}}_{{Q}} += b{{Q}} * a{{J}}_{{L}};
#endfor
#endfor
#endfor
  }
  for (var k = K4; k < P.K; k++) {
    let o = k * P.bSK;
#for Q in 0..CQ
    let b{{Q}} = vec4<f32>(b_at(c{{Q}}.x + o), b_at(c{{Q}}.y + o), b_at(c{{Q}}.z + o), b_at(c{{Q}}.w + o));
#endfor
    let ka = k * P.aSK;
#for J in 0..RQ
    let mine{{J}} = a_at(row{{J}} + ka);
#for L in 0..4
    let a{{J}}_{{L}} = subgroupBroadcast(mine{{J}}, {{L}}u);
#for Q in 0..CQ
    acc{{J}}_{{L}}_{{Q}} += a{{J}}_{{L}} * b{{Q}};
#endfor
#endfor
#endfor
  }
  if (nb >= qn) { return; }
  let o = (b * P.M + m0) * P.N + n0;
#for J in 0..RQ
#for L in 0..4
#for Q in 0..CQ
  store_row(o + ({{J}}u * 4u + {{L}}u) * P.N + 4u * {{Q}}u, m0 + {{J}}u * 4u + {{L}}u, n0 + 4u * {{Q}}u, acc{{J}}_{{L}}_{{Q}});
#endfor
#endfor
#endfor
}
