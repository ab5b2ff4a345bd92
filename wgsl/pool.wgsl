// 2-D pooling over NCHW planes. Backward kernels are gather-style: each input
// pixel visits the windows that cover it, so no atomics are needed.
#include "common"
#include "geometry"

@group(0) @binding(0) var<uniform> R: Run;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@group(0) @binding(2) var<storage, read> src: array<f32>;
#if WITH_INDICES
@group(0) @binding(3) var<storage, read_write> indices: array<i32>;
#endif
#if READ_INDICES
@group(0) @binding(3) var<storage, read> indices: array<i32>;
#endif

struct Pixel {
  plane: u32, // n * C + c
  y: i32,
  x: i32,
}

fn pixel(t: u32, h: i32, w: i32) -> Pixel {
  let x = i32(t % u32(w));
  let y = i32((t / u32(w)) % u32(h));
  return Pixel(t / u32(w * h), y, x);
}

// NOTE: max pooling runs one thread per output row (forward) or input row
// (backward), not per element: on CPU emulators (SwiftShader) the
// per-invocation cost dominates these light kernels.
#if WITH_INDICES
@compute @workgroup_size({{WG}})
fn max_pool(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
            @builtin(local_invocation_index) li: u32) {
  // t = plane * outH + oy; R.total = N * C * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let oy = i32(t % u32(G.outH));
  let plane = t / u32(G.outH);
  let planeBase = R.off0 + plane * u32(G.height * G.width);
  for (var ox = 0; ox < G.outW; ox++) {
    var best = 0.0;
    var bestIdx = -1;
    for (var i = 0; i < G.kernelH; i++) {
      let y = oy * G.strideH - G.padH + i * G.dilationH;
      if (y < 0 || y >= G.height) { continue; }
      for (var j = 0; j < G.kernelW; j++) {
        let x = ox * G.strideW - G.padW + j * G.dilationW;
        if (x < 0 || x >= G.width) { continue; }
        let v = src[planeBase + u32(y * G.width + x)];
        // First max wins on ties; a NaN wins and then stays.
        let better = (v > best || is_nan_f32(v)) && !is_nan_f32(best);
        if (bestIdx < 0 || better) {
          best = v;
          bestIdx = y * G.width + x;
        }
      }
    }
    let o = t * u32(G.outW) + u32(ox);
    out[o] = select(best, -f32_inf(), bestIdx < 0);
    indices[o] = bestIdx;
  }
}
#endif

#if READ_INDICES
@compute @workgroup_size({{WG}})
fn max_pool_backward(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                     @builtin(local_invocation_index) li: u32) {
  // t = plane * H + y; R.total = N * C * H.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let y = i32(t % u32(G.height));
  let plane = t / u32(G.height);
  let planeBase = plane * u32(G.outH * G.outW);
  for (var x = 0; x < G.width; x++) {
    let here = y * G.width + x;
    var acc = 0.0;
    for (var i = 0; i < G.kernelH; i++) {
      let oy = window_origin(y, i, G.padH, G.dilationH, G.strideH, G.outH);
      if (oy < 0) { continue; }
      for (var j = 0; j < G.kernelW; j++) {
        let ox = window_origin(x, j, G.padW, G.dilationW, G.strideW, G.outW);
        if (ox < 0) { continue; }
        let k = u32(oy * G.outW + ox);
        if (indices[R.off1 + planeBase + k] == here) { acc += src[R.off0 + planeBase + k]; }
      }
    }
    out[t * u32(G.width) + u32(x)] = acc;
  }
}

// Windows that cannot overlap (stride >= dilated kernel): each input pixel is
// the argmax of at most one window, so every output routes its gradient
// straight to its argmax with no conflicting writes (the host zero-fills
// first). One thread per output row: far less work than visiting every
// input's windows.
@compute @workgroup_size({{WG}})
fn max_pool_scatter(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                    @builtin(local_invocation_index) li: u32) {
  // t = plane * outH + oy; R.total = N * C * outH.
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let plane = t / u32(G.outH);
  let inBase = plane * u32(G.height * G.width);
  let row = t * u32(G.outW);
  for (var ox = 0u; ox < u32(G.outW); ox++) {
    let k = indices[R.off1 + row + ox];
    if (k >= 0) { out[inBase + u32(k)] = src[R.off0 + row + ox]; }
  }
}
#endif

// PyTorch's divisor: the window clipped to the padded extent when padding
// counts, else to the real pixels.
fn avg_divisor(oy: i32, ox: i32) -> f32 {
  let y0 = oy * G.strideH - G.padH;
  let x0 = ox * G.strideW - G.padW;
  let y1 = min(y0 + G.kernelH, G.height + G.padH);
  let x1 = min(x0 + G.kernelW, G.width + G.padW);
  if (G.flag != 0u) { return f32((y1 - y0) * (x1 - x0)); }
  return f32((min(y1, G.height) - max(y0, 0)) * (min(x1, G.width) - max(x0, 0)));
}

@compute @workgroup_size({{WG}})
fn avg_pool(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
            @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let o = pixel(t, G.outH, G.outW);
  let planeBase = R.off0 + o.plane * u32(G.height * G.width);
  var acc = 0.0;
  for (var i = 0; i < G.kernelH; i++) {
    let y = o.y * G.strideH - G.padH + i;
    if (y < 0 || y >= G.height) { continue; }
    for (var j = 0; j < G.kernelW; j++) {
      let x = o.x * G.strideW - G.padW + j;
      if (x < 0 || x >= G.width) { continue; }
      acc += src[planeBase + u32(y * G.width + x)];
    }
  }
  out[t] = acc / avg_divisor(o.y, o.x);
}

@compute @workgroup_size({{WG}})
fn avg_pool_backward(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                     @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= R.total) { return; }
  let p = pixel(t, G.height, G.width);
  let planeBase = R.off0 + p.plane * u32(G.outH * G.outW);
  var acc = 0.0;
  for (var i = 0; i < G.kernelH; i++) {
    let oy = window_origin(p.y, i, G.padH, 1, G.strideH, G.outH);
    if (oy < 0) { continue; }
    for (var j = 0; j < G.kernelW; j++) {
      let ox = window_origin(p.x, j, G.padW, 1, G.strideW, G.outW);
      if (ox < 0) { continue; }
      acc += src[planeBase + u32(oy * G.outW + ox)] / avg_divisor(oy, ox);
    }
  }
  out[t] = acc;
}
