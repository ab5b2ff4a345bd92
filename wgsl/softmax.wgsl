// Softmax / logSoftmax over the last dim of a contiguous [rows, cols] block:
// one workgroup per row; max, then sum of exp(x - max), then the write.
#include "common"

struct Params {
  rows: u32,
  cols: u32,
  off: u32,
  _pad: u32,
}

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read> a: array<u32>;

var<workgroup> partial: array<f32, 256>;

fn x_at(i: u32) -> f32 {
  return bitcast<f32>(a[i]);
}

@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let row = linear_workgroup(wid, nwg);
  if (row >= P.rows) { return; }
  let base = P.off + row * P.cols;
  let obase = row * P.cols;

  var m = -f32_inf();
  for (var c = lid; c < P.cols; c += 256u) {
    m = max(m, x_at(base + c));
  }
  partial[lid] = m;
  workgroupBarrier();
  for (var s = 128u; s > 0u; s >>= 1u) {
    if (lid < s) { partial[lid] = max(partial[lid], partial[lid + s]); }
    workgroupBarrier();
  }
  let rowMax = partial[0];
  workgroupBarrier();

  var sum = 0.0;
  for (var c = lid; c < P.cols; c += 256u) {
    sum += exp(x_at(base + c) - rowMax);
  }
  partial[lid] = sum;
  workgroupBarrier();
  for (var s = 128u; s > 0u; s >>= 1u) {
    if (lid < s) { partial[lid] = partial[lid] + partial[lid + s]; }
    workgroupBarrier();
  }
  let total = partial[0];

  for (var c = lid; c < P.cols; c += 256u) {
    let z = x_at(base + c) - rowMax;
#if LOG
    out[obase + c] = bitcast<u32>(z - log(total));
#else
    out[obase + c] = bitcast<u32>(exp(z) / total);
#endif
  }
}
