// Shared helpers. Every storage buffer is array<u32>: float32 / int32 / bool
// words are bitcast on load and store, so one declaration serves every dtype.

// Dispatches larger than 65535 workgroups are folded into a 2-D grid by the
// host; kernels rebuild the linear workgroup id and skip the padding ones.
fn linear_workgroup(wid: vec3<u32>, nwg: vec3<u32>) -> u32 {
  return wid.x + wid.y * nwg.x;
}

// NOTE: `x != x` may be folded away by compilers that assume no NaNs; test the bits.
fn is_nan_f32(x: f32) -> bool {
  return (bitcast<u32>(x) & 0x7fffffffu) > 0x7f800000u;
}

fn is_nan_i32(x: i32) -> bool {
  return false;
}

// NOTE: a constant bitcast to inf is a shader-creation error; go through a var.
fn f32_inf() -> f32 {
  var bits = 0x7f800000u;
  return bitcast<f32>(bits);
}

fn f32_nan() -> f32 {
  var bits = 0x7fc00000u;
  return bitcast<f32>(bits);
}
