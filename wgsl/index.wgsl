// Gathers copy 32-bit words, so one kernel serves every dtype.
// Negative indices wrap once (PyTorch's -1 = last); range checks are the op layer's.
#include "common"

struct Params {
  total: u32,
  n: u32,      // size of the indexed dim of `a`
  inner: u32,  // index_select: inner block; gather: unused
  m: u32,      // index_select: index length; gather: the dim
  aOff: u32,
  idxOff: u32,
  rank: u32,
  _pad: u32,
  shape: array<vec4<u32>, 2>,    // gather: index (= out) shape
  aStride: array<vec4<u32>, 2>,  // gather: strides of contiguous `a`
}

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
@group(0) @binding(2) var<storage, read> a: array<u32>;
@group(0) @binding(3) var<storage, read> index: array<i32>;

fn wrap(j: i32, n: u32) -> u32 {
  return u32(select(j, j + i32(n), j < 0));
}

@compute @workgroup_size({{WG}})
fn index_select(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
                @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= P.total) { return; }
  let i = t % P.inner;
  let j = (t / P.inner) % P.m;
  let o = t / (P.inner * P.m);
  let row = wrap(index[P.idxOff + j], P.n);
  out[t] = a[P.aOff + (o * P.n + row) * P.inner + i];
}

@compute @workgroup_size({{WG}})
fn gather(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
          @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= P.total) { return; }
  let row = wrap(index[P.idxOff + t], P.n);
  var rem = t;
  var src = P.aOff;
  for (var d = P.rank; d > 0u; d--) {
    let q = (d - 1u) / 4u;
    let r = (d - 1u) % 4u;
    let size = P.shape[q][r];
    var c = rem % size;
    rem = rem / size;
    if (d - 1u == P.m) { c = row; }
    src += c * P.aStride[q][r];
  }
  out[t] = a[src];
}
