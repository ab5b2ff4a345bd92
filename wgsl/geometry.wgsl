// Conv2dGeometry / Pool2dGeometry as a uniform, plus two input offsets.
struct Geom {
  batch: u32,
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
  off0: u32,
  off1: u32,
  total: u32,
  flag: u32,   // avg pooling: countIncludePad
  _pad0: u32,
  _pad1: u32,
}

// The output coordinate whose window tap `k` lands on input row `h`, or -1.
fn window_origin(h: i32, k: i32, pad: i32, dilation: i32, stride: i32, outSize: i32) -> i32 {
  let t = h + pad - k * dilation;
  if (t < 0 || t % stride != 0) { return -1; }
  let o = t / stride;
  return select(-1, o, o < outSize);
}
