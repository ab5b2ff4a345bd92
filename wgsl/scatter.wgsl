// In-place accumulation into `target`: index_add and scatter_add.
// NOTE: WGSL has no float atomics. float32 adds loop on atomicCompareExchangeWeak
// over the bit pattern; int32 uses atomicAdd on u32 (two's complement makes it
// the same add). Float sums into one slot therefore land in a nondeterministic
// order (last-bit differences between runs), as with CUDA's atomicAdd in PyTorch.
// A gather-style kernel would be deterministic but costs O(n * m) for an
// embedding backward, so atomics win.
#include "common"

struct Params {
  total: u32,
  n: u32,      // size of the indexed dim of the target
  inner: u32,  // index_add: inner block
  m: u32,      // index_add: index length; scatter_add: the dim
  srcOff: u32,
  idxOff: u32,
  rank: u32,
  _pad: u32,
  shape: array<vec4<u32>, 2>,    // scatter_add: index (= src) shape
  tStride: array<vec4<u32>, 2>,  // scatter_add: strides of the contiguous target
}

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> dst: array<atomic<u32>>;
@group(0) @binding(2) var<storage, read> src: array<u32>;
@group(0) @binding(3) var<storage, read> index: array<i32>;

fn wrap(j: i32, n: u32) -> u32 {
  return u32(select(j, j + i32(n), j < 0));
}

fn accumulate(i: u32, w: u32) {
#if FLOAT
  var old = atomicLoad(&dst[i]);
  loop {
    let next = bitcast<u32>(bitcast<f32>(old) + bitcast<f32>(w));
    let r = atomicCompareExchangeWeak(&dst[i], old, next);
    if (r.exchanged) { break; }
    old = r.old_value;
  }
#else
  atomicAdd(&dst[i], w);
#endif
}

@compute @workgroup_size({{WG}})
fn index_add(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
             @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= P.total) { return; }
  let i = t % P.inner;
  let j = (t / P.inner) % P.m;
  let o = t / (P.inner * P.m);
  let row = wrap(index[P.idxOff + j], P.n);
  accumulate((o * P.n + row) * P.inner + i, src[P.srcOff + t]);
}

@compute @workgroup_size({{WG}})
fn scatter_add(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
               @builtin(local_invocation_index) li: u32) {
  let t = linear_workgroup(wid, nwg) * {{WG}}u + li;
  if (t >= P.total) { return; }
  let row = wrap(index[P.idxOff + t], P.n);
  var rem = t;
  var pos = 0u;
  for (var d = P.rank; d > 0u; d--) {
    let q = (d - 1u) / 4u;
    let r = (d - 1u) % 4u;
    let size = P.shape[q][r];
    var c = rem % size;
    rem = rem / size;
    if (d - 1u == P.m) { c = row; }
    pos += c * P.tStride[q][r];
  }
  accumulate(pos, src[P.srcOff + t]);
}
