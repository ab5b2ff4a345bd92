// im2col: cols[n, (c*kh + i)*kw + j, oy*ow + ox] = x[n, c, oy*sh - ph + i*dh, ox*sw - pw + j*dw] (0 outside).
// col2im: its adjoint, gather-style: each pixel sums the cols entries that read it (no atomics).
#include "common"
#include "geometry"

@group(0) @binding(0) var<uniform> R: Run;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> src: array<f32>;

// NOTE: one thread per output row (im2col) or input row (col2im) rather than
// per element: on CPU emulators (SwiftShader) the per-invocation cost, not the
// arithmetic, dominates such copies, and the row's index math is done once.
@compute @workgroup_size({{WG}})
fn im2col(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) li: u32) {
  // t = (n * C * KK + row) * outH + oy; R.total = N * C * KK * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let KK = u32(G.kernelH * G.kernelW);
  let oy = i32(t % u32(G.outH));
  let row = (t / u32(G.outH)) % (G.channels * KK);
  let n = t / (u32(G.outH) * G.channels * KK);
  let c = row / KK;
  let ki = i32((row % KK) / u32(G.kernelW));
  let kj = i32(row % u32(G.kernelW));
  let y = oy * G.strideH - G.padH + ki * G.dilationH;
  let outBase = t * u32(G.outW);
  if (y < 0 || y >= G.height) {
    for (var ox = 0u; ox < u32(G.outW); ox++) { out[outBase + ox] = 0.0; }
    return;
  }
  let srcRow = R.off0 + ((n * G.channels + c) * u32(G.height) + u32(y)) * u32(G.width);
  for (var ox = 0; ox < G.outW; ox++) {
    let x = ox * G.strideW - G.padW + kj * G.dilationW;
    var v = 0.0;
    if (x >= 0 && x < G.width) { v = src[srcRow + u32(x)]; }
    out[outBase + u32(ox)] = v;
  }
}

@compute @workgroup_size({{WG}})
fn col2im(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) li: u32) {
  // t = (n * C + c) * H + y; R.total = N * C * H.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let y = i32(t % u32(G.height));
  let nc = t / u32(G.height);
  let c = nc % G.channels;
  let n = nc / G.channels;
  let L = u32(G.outH * G.outW);
  let KK = u32(G.kernelH * G.kernelW);
  let base = R.off0 + (n * G.channels * KK + c * KK) * L;
  let outRow = t * u32(G.width);
  for (var x = 0; x < G.width; x++) {
    var acc = 0.0;
    for (var ki = 0; ki < G.kernelH; ki++) {
      let oy = window_origin(y, ki, G.padH, G.dilationH, G.strideH, G.outH);
      if (oy < 0) { continue; }
      for (var kj = 0; kj < G.kernelW; kj++) {
        let ox = window_origin(x, kj, G.padW, G.dilationW, G.strideW, G.outW);
        if (ox < 0) { continue; }
        acc += src[base + u32(ki * G.kernelW + kj) * L + u32(oy * G.outW + ox)];
      }
    }
    out[outRow + u32(x)] = acc;
  }
}
