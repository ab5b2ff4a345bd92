// out[i] = OP(x0, x1, x2) over rank-RANK strided inputs (broadcast = stride 0).
// Used for copy (OP converts dtype), unary, binary, where and clamp.
// Each input xK is a buffer (XK_BUF) or a scalar passed as bits in the uniform.
//   slots: RANK, WG, X0/X1/X2 (typed load of rawK(idx)), OP (typed result), STORE (result -> u32 as `v`)
#include "common"
#include "math"

struct Params {
  n: u32,
  s0: u32,
  s1: u32,
  s2: u32,
  off: vec4<u32>,
  shape: array<vec4<u32>, 2>,
  st0: array<vec4<u32>, 2>,
  st1: array<vec4<u32>, 2>,
  st2: array<vec4<u32>, 2>,
}

@group(0) @binding(0) var<uniform> P: Params;
@group(0) @binding(1) var<storage, read_write> out: array<u32>;
#if X0_BUF
@group(0) @binding(2) var<storage, read> buf0: array<u32>;
#endif
#if X1_BUF
@group(0) @binding(3) var<storage, read> buf1: array<u32>;
#endif
#if X2_BUF
@group(0) @binding(4) var<storage, read> buf2: array<u32>;
#endif

fn raw0(i: u32) -> u32 {
#if X0_BUF
  return buf0[i];
#else
  return P.s0;
#endif
}

fn raw1(i: u32) -> u32 {
#if X1_BUF
  return buf1[i];
#else
  return P.s1;
#endif
}

fn raw2(i: u32) -> u32 {
#if X2_BUF
  return buf2[i];
#else
  return P.s2;
#endif
}

@compute @workgroup_size({{WG}})
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(num_workgroups) nwg: vec3<u32>,
        @builtin(local_invocation_index) lid: u32) {
  let i = linear_workgroup(wid, nwg) * {{WG}}u + lid;
  if (i >= P.n) { return; }
  var i0 = P.off.x;
  var i1 = P.off.y;
  var i2 = P.off.z;
#if CONTIG
  // Every input is contiguous or a scalar: stride 1 or 0 on the single dim.
  i0 += i * P.st0[0].x;
  i1 += i * P.st1[0].x;
  i2 += i * P.st2[0].x;
#else
  var rem = i;
  for (var d = {{RANK}}u; d > 0u; d--) {
    let q = (d - 1u) / 4u;
    let r = (d - 1u) % 4u;
    let size = P.shape[q][r];
    let c = rem % size;
    rem = rem / size;
    i0 += c * P.st0[q][r];
    i1 += c * P.st1[q][r];
    i2 += c * P.st2[q][r];
  }
#endif
  let x0 = {{X0}};
  let x1 = {{X1}};
  let x2 = {{X2}};
  let v = {{OP}};
  out[i] = {{STORE}};
}
