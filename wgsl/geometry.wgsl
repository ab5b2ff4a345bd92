// Conv2dGeometry / Pool2dGeometry (batch aside) as compile-time constants, and
// the per-call values (input offsets, thread count) as a uniform.
// NOTE: constants because every / and % by a geometry field then compiles to
// multiplies and shifts; by a uniform, CPU emulators such as SwiftShader run a
// scalar integer division per lane, which made these kernels 10-20x slower.
// A layer's geometry is fixed, so this adds one pipeline per layer shape.
struct Geom {
  channels: u32,
  height: i32,
  width: i32,
  kernelH: i32,
  kernelW: i32,
  strideH: i32,
  strideW: i32,
  padH: i32,
  padW: i32,
  dilationH: i32,
  dilationW: i32,
  outH: i32,
  outW: i32,
  flag: u32,   // avg pooling: countIncludePad
}

const G = Geom({{GEOM}});

struct Run {
  off0: u32,
  off1: u32,
  total: u32,
  _pad: u32,
}

// The output coordinate whose window tap `k` lands on input row `h`, or -1.
fn window_origin(h: i32, k: i32, pad: i32, dilation: i32, stride: i32, outSize: i32) -> i32 {
  let t = h + pad - k * dilation;
  if (t < 0 || t % stride != 0) { return -1; }
  let o = t / stride;
  return select(-1, o, o < outSize);
}
