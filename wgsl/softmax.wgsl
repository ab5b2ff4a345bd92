// Softmax / logSoftmax over the last dim of a contiguous [rows, cols] block:
// max, then sum of exp(x - max), then the write.
// `main`: one workgroup of WG threads per row (tree reductions in workgroup memory).
// `serial`: one thread per row, for short rows where barriers cost more than they save
// (on CPU emulators such as SwiftShader a barrier is a coroutine switch per invocation).
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

var<workgroup> partial: array<f32, {{WG}}>;

fn x_at(i: u32) -> f32 {
  return bitcast<f32>(a[i]);
}

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let row = linear_workgroup(wid, nwg);
  if (row >= P.rows) { return; }
  let base = P.off + row * P.cols;
  let obase = row * P.cols;

  var m = -f32_inf();
  for (var c = lid; c < P.cols; c += {{WG}}u) {
    m = max(m, x_at(base + c));
  }
  partial[lid] = m;
  workgroupBarrier();
  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {
    if (lid < s) { partial[lid] = max(partial[lid], partial[lid + s]); }
    workgroupBarrier();
  }
  let rowMax = partial[0];
  workgroupBarrier();

  var sum = 0.0;
  for (var c = lid; c < P.cols; c += {{WG}}u) {
    sum += exp(x_at(base + c) - rowMax);
  }
  partial[lid] = sum;
  workgroupBarrier();
  for (var s = {{WG}}u / 2u; s > 0u; s >>= 1u) {
    if (lid < s) { partial[lid] = partial[lid] + partial[lid + s]; }
    workgroupBarrier();
  }
  let total = partial[0];

  for (var c = lid; c < P.cols; c += {{WG}}u) {
    write_row(base, obase, rowMax, total, c);
  }
}

fn write_row(base: u32, obase: u32, rowMax: f32, total: f32, c: u32) {
  let z = x_at(base + c) - rowMax;
#if LOG
  out[obase + c] = bitcast<u32>(z - log(total));
#else
  out[obase + c] = bitcast<u32>(exp(z) / total);
#endif
}

@compute @workgroup_size({{WG}})
fn serial(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) lid: u32) {
  let row = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  if (row >= P.rows) { return; }
  let base = P.off + row * P.cols;
  var m = -f32_inf();
  for (var c = 0u; c < P.cols; c++) { m = max(m, x_at(base + c)); }
  var sum = 0.0;
  for (var c = 0u; c < P.cols; c++) { sum += exp(x_at(base + c) - m); }
  for (var c = 0u; c < P.cols; c++) { write_row(base, row * P.cols, m, sum, c); }
}
