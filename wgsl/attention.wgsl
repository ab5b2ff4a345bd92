// Fused scaled dot-product attention (flash-attention style) over contiguous
// q [B, L, E], k [B, S, E], v [B, S, EV]; B is batch * heads.
// Keys (or queries) stream through workgroup memory in tiles of TILE rows and
// each thread owns one row, so memory never grows with L * S:
// - FWD:  one thread per query row; online softmax (running max m, running
//         denominator, rescaled accumulator); writes out and lse = m + log(den).
// - DQ:   one thread per query row; recomputes p = exp(q.k * scale - lse),
//         ds = p * (dout.v - delta) * scale, dq = sum ds k; writes delta = dout.out.
// - DKDV: one thread per key row; streams query tiles (q, dout, lse, delta);
//         dv = sum p dout, dk = sum ds q.
// `causal` keeps keys s <= l. E, EV, TILE, WG are template slots; exactly one
// of FWD / DQ / DKDV is defined, since the passes bind different buffers.
#include "common"

struct Params {
  B: u32,
  L: u32,
  S: u32,
  causal: u32,
  q_off: u32,
  k_off: u32,
  v_off: u32,
  o_off: u32,
  g_off: u32,
  lse_off: u32,
  blocks: u32,
  scale: f32,
}

@group(0) @binding(0) var<uniform> P: Params;

#if FWD
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read_write> lse_out: array<u32>;
#endif
#if DQ
@group(0) @binding(1) var<storage, read_write> dq: array<u32>;
@group(0) @binding(2) var<storage, read_write> delta_out: array<u32>;
#endif
#if DKDV
@group(0) @binding(1) var<storage, read_write> dk: array<u32>;
@group(0) @binding(2) var<storage, read_write> dv: array<u32>;
#endif
@group(0) @binding(3) var<storage, read> q: array<u32>;
@group(0) @binding(4) var<storage, read> k: array<u32>;
@group(0) @binding(5) var<storage, read> v: array<u32>;
#if DQ
@group(0) @binding(6) var<storage, read> o: array<u32>;
@group(0) @binding(7) var<storage, read> g: array<u32>;
@group(0) @binding(8) var<storage, read> lse: array<u32>;
#endif
#if DKDV
@group(0) @binding(6) var<storage, read> g: array<u32>;
@group(0) @binding(7) var<storage, read> lse: array<u32>;
@group(0) @binding(8) var<storage, read> delta: array<u32>;
#endif

// A very negative finite start for the running max: exp(start - m) is exactly 0, never NaN.
const NEG_BIG: f32 = -3.0e38;

#if FWD
var<workgroup> kt: array<f32, {{TILE_E}}>;
var<workgroup> vt: array<f32, {{TILE_EV}}>;

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let wg = linear_workgroup(wid, nwg);
  if (wg >= P.B * P.blocks) { return; }
  let b = wg / P.blocks;
  let row0 = (wg % P.blocks) * {{WG}}u;
  let l = row0 + lid;
  let live = l < P.L;
  var qr: array<f32, {{E}}>;
  var acc: array<f32, {{EV}}>;
  if (live) {
    let base = P.q_off + (b * P.L + l) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { qr[d] = bitcast<f32>(q[base + d]); }
  }
  var m = NEG_BIG;
  var den = 0.0;
  // Keys any row of this workgroup can see (uniform, so the barriers below are too).
  var kend = P.S;
  if (P.causal != 0u) { kend = min(P.S, row0 + {{WG}}u); }
  for (var t0 = 0u; t0 < kend; t0 += {{TILE}}u) {
    let tn = min({{TILE}}u, kend - t0);
    let kb = P.k_off + (b * P.S + t0) * {{E}}u;
    let vb = P.v_off + (b * P.S + t0) * {{EV}}u;
    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { kt[i] = bitcast<f32>(k[kb + i]); }
    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { vt[i] = bitcast<f32>(v[vb + i]); }
    workgroupBarrier();
    if (live) {
      var lim = tn;
      if (P.causal != 0u) { lim = min(tn, l + 1u - min(l + 1u, t0)); }
      for (var j = 0u; j < lim; j++) {
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }
        sc *= P.scale;
        let mNew = max(m, sc);
        let corr = exp(m - mNew);
        let p = exp(sc - mNew);
        den = den * corr + p;
        for (var d = 0u; d < {{EV}}u; d++) { acc[d] = acc[d] * corr + p * vt[j * {{EV}}u + d]; }
        m = mNew;
      }
    }
    workgroupBarrier();
  }
  if (live) {
    let ob = (b * P.L + l) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) { out[ob + d] = bitcast<u32>(acc[d] / den); }
    lse_out[b * P.L + l] = bitcast<u32>(m + log(den));
  }
}
#endif

#if DQ
var<workgroup> kt: array<f32, {{TILE_E}}>;
var<workgroup> vt: array<f32, {{TILE_EV}}>;

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let wg = linear_workgroup(wid, nwg);
  if (wg >= P.B * P.blocks) { return; }
  let b = wg / P.blocks;
  let row0 = (wg % P.blocks) * {{WG}}u;
  let l = row0 + lid;
  let live = l < P.L;
  var qr: array<f32, {{E}}>;
  var gr: array<f32, {{EV}}>;
  var acc: array<f32, {{E}}>;
  var dl = 0.0;
  var rowLse = 0.0;
  if (live) {
    let qb = P.q_off + (b * P.L + l) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { qr[d] = bitcast<f32>(q[qb + d]); }
    let gb = P.g_off + (b * P.L + l) * {{EV}}u;
    let ob = P.o_off + (b * P.L + l) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) {
      gr[d] = bitcast<f32>(g[gb + d]);
      dl += gr[d] * bitcast<f32>(o[ob + d]);
    }
    rowLse = bitcast<f32>(lse[P.lse_off + b * P.L + l]);
  }
  var kend = P.S;
  if (P.causal != 0u) { kend = min(P.S, row0 + {{WG}}u); }
  for (var t0 = 0u; t0 < kend; t0 += {{TILE}}u) {
    let tn = min({{TILE}}u, kend - t0);
    let kb = P.k_off + (b * P.S + t0) * {{E}}u;
    let vb = P.v_off + (b * P.S + t0) * {{EV}}u;
    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { kt[i] = bitcast<f32>(k[kb + i]); }
    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { vt[i] = bitcast<f32>(v[vb + i]); }
    workgroupBarrier();
    if (live) {
      var lim = tn;
      if (P.causal != 0u) { lim = min(tn, l + 1u - min(l + 1u, t0)); }
      for (var j = 0u; j < lim; j++) {
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }
        let p = exp(sc * P.scale - rowLse);
        var dp = 0.0;
        for (var d = 0u; d < {{EV}}u; d++) { dp += gr[d] * vt[j * {{EV}}u + d]; }
        let ds = p * (dp - dl) * P.scale;
        for (var d = 0u; d < {{E}}u; d++) { acc[d] += ds * kt[j * {{E}}u + d]; }
      }
    }
    workgroupBarrier();
  }
  if (live) {
    let qb = (b * P.L + l) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { dq[qb + d] = bitcast<u32>(acc[d]); }
    delta_out[b * P.L + l] = bitcast<u32>(dl);
  }
}
#endif

#if DKDV
var<workgroup> qt: array<f32, {{TILE_E}}>;
var<workgroup> gt: array<f32, {{TILE_EV}}>;
var<workgroup> lset: array<f32, {{TILE}}>;
var<workgroup> dlt: array<f32, {{TILE}}>;

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let wg = linear_workgroup(wid, nwg);
  if (wg >= P.B * P.blocks) { return; }
  let b = wg / P.blocks;
  let row0 = (wg % P.blocks) * {{WG}}u;
  let s = row0 + lid;
  let live = s < P.S;
  var kr: array<f32, {{E}}>;
  var vr: array<f32, {{EV}}>;
  var dka: array<f32, {{E}}>;
  var dva: array<f32, {{EV}}>;
  if (live) {
    let kb = P.k_off + (b * P.S + s) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { kr[d] = bitcast<f32>(k[kb + d]); }
    let vb = P.v_off + (b * P.S + s) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) { vr[d] = bitcast<f32>(v[vb + d]); }
  }
  // Causal: queries l < row0 see none of this workgroup's keys (uniform start).
  var lstart = 0u;
  if (P.causal != 0u) { lstart = min(row0, P.L); }
  for (var t0 = lstart; t0 < P.L; t0 += {{TILE}}u) {
    let tn = min({{TILE}}u, P.L - t0);
    let qb = P.q_off + (b * P.L + t0) * {{E}}u;
    let gb = P.g_off + (b * P.L + t0) * {{EV}}u;
    for (var i = lid; i < tn * {{E}}u; i += {{WG}}u) { qt[i] = bitcast<f32>(q[qb + i]); }
    for (var i = lid; i < tn * {{EV}}u; i += {{WG}}u) { gt[i] = bitcast<f32>(g[gb + i]); }
    for (var i = lid; i < tn; i += {{WG}}u) {
      lset[i] = bitcast<f32>(lse[P.lse_off + b * P.L + t0 + i]);
      dlt[i] = bitcast<f32>(delta[b * P.L + t0 + i]);
    }
    workgroupBarrier();
    if (live) {
      for (var j = 0u; j < tn; j++) {
        if (P.causal != 0u && t0 + j < s) { continue; }
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qt[j * {{E}}u + d] * kr[d]; }
        let p = exp(sc * P.scale - lset[j]);
        var dp = 0.0;
        for (var d = 0u; d < {{EV}}u; d++) {
          dva[d] += p * gt[j * {{EV}}u + d];
          dp += gt[j * {{EV}}u + d] * vr[d];
        }
        let ds = p * (dp - dlt[j]) * P.scale;
        for (var d = 0u; d < {{E}}u; d++) { dka[d] += ds * qt[j * {{E}}u + d]; }
      }
    }
    workgroupBarrier();
  }
  if (live) {
    let kb = (b * P.S + s) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { dk[kb + d] = bitcast<u32>(dka[d]); }
    let vb = (b * P.S + s) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) { dv[vb + d] = bitcast<u32>(dva[d]); }
  }
}
#endif
