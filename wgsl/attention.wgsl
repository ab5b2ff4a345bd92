// Fused scaled dot-product attention (flash-attention style) over contiguous
// q [B, L, E], k [B, S, E], v [B, S, EV]; B is batch * heads.
// Keys (or queries) stream through workgroup memory in tiles of TILE rows and
// each thread owns one row, so memory never grows with L * S:
// - FWD:   one thread per query row; online softmax (running max m, running
//          denominator, rescaled accumulator); writes out and lse = m + log(den).
// - DELTA: one thread per query row; stats = [m | lg | delta = dout.out] with
//          lse = m + lg, so the next two passes bind one buffer for all three
//          (with BIAS they would otherwise need 9 storage buffers; the default
//          limit is 8).
// - DQ:    one thread per query row; recomputes p = exp((q.k * scale - m) - lg),
//          ds = p * (dout.v - delta) * scale, dq = sum ds k.
// - DKDV:  one thread per key row; streams query tiles (q, dout, stats);
//          dv = sum p dout, dk = sum ds q.
// `causal` keeps keys s <= l. E, EV, TILE, WG are template slots; exactly one
// of FWD / DELTA / DQ / DKDV is defined, since the passes bind different buffers.
// BIAS adds bias[b, l, s] to the scaled scores: a strided view whose batch
// dims (bias_shape / bias_strides, stride 0 where broadcast) unravel b, so a
// [N, 1, 1, S] padding mask is read in place. A -inf bias masks the pair out:
// the pair is skipped, and a row with every key masked gets out = 0 and no
// gradient, like the composed op. With BIAS, lse holds (m, log den) per row:
// NOTE: a bias of -1e9 or finfo.min on every key of a row makes m so large
// that m + log(den) rounds to m, and p = exp(score - lse) would come out 1
// instead of 1 / S; subtracting m first keeps it exact. A fully masked row
// stores m = +inf, lg = 0.
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
  bias_off: u32,
  bias_sl: u32,
  bias_ss: u32,
  bias_rank: u32,
  bias_shape: array<vec4<u32>, 2>,
  bias_strides: array<vec4<u32>, 2>,
}

@group(0) @binding(0) var<uniform> P: Params;

#if FWD
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read_write> lse_out: array<u32>;
#endif
#if DELTA
@group(0) @binding(1) var<storage, read_write> stats_out: array<u32>;
#endif
#if DQ
@group(0) @binding(1) var<storage, read_write> dq: array<u32>;
#endif
#if DKDV
@group(0) @binding(1) var<storage, read_write> dk: array<u32>;
@group(0) @binding(2) var<storage, read_write> dv: array<u32>;
#endif
#if !DELTA
@group(0) @binding(3) var<storage, read> q: array<u32>;
@group(0) @binding(4) var<storage, read> k: array<u32>;
@group(0) @binding(5) var<storage, read> v: array<u32>;
#endif
#if !FWD
@group(0) @binding(6) var<storage, read> g: array<u32>;
#endif
#if DELTA
@group(0) @binding(7) var<storage, read> o: array<u32>;
@group(0) @binding(8) var<storage, read> lse: array<u32>;
#else
#if !FWD
@group(0) @binding(7) var<storage, read> stats: array<u32>;
#endif
#endif
#if BIAS
@group(0) @binding(9) var<storage, read> bias: array<u32>;

// NOTE: test the bits: compilers may assume floats are never infinite.
const NEG_INF_BITS: u32 = 0xff800000u;

// Element offset of batch b's [L, S] bias plane: b unravelled over the bias's batch dims.
fn bias_base(b: u32) -> u32 {
  var rem = b;
  var off = P.bias_off;
  for (var d = P.bias_rank; d > 0u; d--) {
    let i = (d - 1u) / 4u;
    let r = (d - 1u) % 4u;
    let size = P.bias_shape[i][r];
    off += (rem % size) * P.bias_strides[i][r];
    rem = rem / size;
  }
  return off;
}
#endif

// The running max starts at the lowest finite float: exp(start - m) is exactly
// 0, never NaN, and a row of scores at that value (a mask of finfo.min, as
// Hugging Face writes) still gets uniform weights, as in the composed op.
const NEG_BIG: f32 = -3.4028234663852886e38;

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
#if BIAS
  let bb = bias_base(b) + l * P.bias_sl;
#endif
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
#if BIAS
        let bw = bias[bb + (t0 + j) * P.bias_ss];
        if (bw == NEG_INF_BITS) { continue; }
#endif
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }
        sc *= P.scale;
#if BIAS
        sc += bitcast<f32>(bw);
#endif
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
    // den is 0 only when a bias masked every key of the row.
    let seen = den > 0.0;
    let ob = (b * P.L + l) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) { out[ob + d] = bitcast<u32>(select(0.0, acc[d] / den, seen)); }
#if BIAS
    lse_out[2u * (b * P.L + l)] = bitcast<u32>(select(f32_inf(), m, seen));
    lse_out[2u * (b * P.L + l) + 1u] = bitcast<u32>(select(0.0, log(den), seen));
#else
    lse_out[b * P.L + l] = bitcast<u32>(m + log(den));
#endif
  }
}
#endif

#if DELTA
@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let rows = P.B * P.L;
  let t = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  if (t >= rows) { return; }
  let gb = P.g_off + t * {{EV}}u;
  let ob = P.o_off + t * {{EV}}u;
  var dl = 0.0;
  for (var d = 0u; d < {{EV}}u; d++) { dl += bitcast<f32>(g[gb + d]) * bitcast<f32>(o[ob + d]); }
#if BIAS
  stats_out[t] = lse[P.lse_off + 2u * t];
  stats_out[rows + t] = lse[P.lse_off + 2u * t + 1u];
#else
  stats_out[t] = lse[P.lse_off + t];
  stats_out[rows + t] = 0u;
#endif
  stats_out[2u * rows + t] = bitcast<u32>(dl);
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
  var rowM = 0.0;
  var rowLg = 0.0;
  if (live) {
    let qb = P.q_off + (b * P.L + l) * {{E}}u;
    for (var d = 0u; d < {{E}}u; d++) { qr[d] = bitcast<f32>(q[qb + d]); }
    let gb = P.g_off + (b * P.L + l) * {{EV}}u;
    for (var d = 0u; d < {{EV}}u; d++) { gr[d] = bitcast<f32>(g[gb + d]); }
    let rows = P.B * P.L;
    rowM = bitcast<f32>(stats[b * P.L + l]);
    rowLg = bitcast<f32>(stats[rows + b * P.L + l]);
    dl = bitcast<f32>(stats[2u * rows + b * P.L + l]);
  }
#if BIAS
  let bb = bias_base(b) + l * P.bias_sl;
#endif
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
#if BIAS
        let bw = bias[bb + (t0 + j) * P.bias_ss];
        if (bw == NEG_INF_BITS) { continue; }
#endif
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qr[d] * kt[j * {{E}}u + d]; }
        sc *= P.scale;
#if BIAS
        sc += bitcast<f32>(bw);
#endif
        let p = exp((sc - rowM) - rowLg);
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
  }
}
#endif

#if DKDV
var<workgroup> qt: array<f32, {{TILE_E}}>;
var<workgroup> gt: array<f32, {{TILE_EV}}>;
var<workgroup> mt: array<f32, {{TILE}}>;
var<workgroup> lgt: array<f32, {{TILE}}>;
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
#if BIAS
  let bb = bias_base(b) + s * P.bias_ss;
#endif
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
      let row = b * P.L + t0 + i;
      mt[i] = bitcast<f32>(stats[row]);
      lgt[i] = bitcast<f32>(stats[P.B * P.L + row]);
      dlt[i] = bitcast<f32>(stats[2u * P.B * P.L + row]);
    }
    workgroupBarrier();
    if (live) {
      for (var j = 0u; j < tn; j++) {
        if (P.causal != 0u && t0 + j < s) { continue; }
#if BIAS
        let bw = bias[bb + (t0 + j) * P.bias_sl];
        if (bw == NEG_INF_BITS) { continue; }
#endif
        var sc = 0.0;
        for (var d = 0u; d < {{E}}u; d++) { sc += qt[j * {{E}}u + d] * kr[d]; }
        sc *= P.scale;
#if BIAS
        sc += bitcast<f32>(bw);
#endif
        let p = exp((sc - mt[j]) - lgt[j]);
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
