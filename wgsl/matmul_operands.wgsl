// Bindings and operand access shared by the register-blocked matmul kernels
// (matmul_block.wgsl, matmul_shared.wgsl). Defines:
//   A_VEC:   A rows contiguous (aSK = 1), 16-byte aligned: one vec4 per row and 4 k.
//   B_VEC_N: B rows contiguous (bSN = 1), aligned: one vec4 per k and 4 columns.
//   B_VEC_K: B columns contiguous (bSK = 1, B is a transposed view), aligned:
//            one vec4 per column and 4 k, transposed in registers.
//   OUT_VEC: N is a multiple of 4: each row of a block is one vec4 store.
#include "matmul_params"

@group(0) @binding(0) var<uniform> P: Params;
#if OUT_VEC
@group(0) @binding(1) var<storage, read_write> out: array<vec4<f32>>;
#else
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
#endif
#if A_VEC
@group(0) @binding(2) var<storage, read> A: array<vec4<f32>>;
fn a_at(i: u32) -> f32 { return A[i >> 2u][i & 3u]; }
#else
@group(0) @binding(2) var<storage, read> A: array<f32>;
fn a_at(i: u32) -> f32 { return A[i]; }
#endif
#if B_VEC
@group(0) @binding(3) var<storage, read> B: array<vec4<f32>>;
fn b_at(i: u32) -> f32 { return B[i >> 2u][i & 3u]; }
#else
@group(0) @binding(3) var<storage, read> B: array<f32>;
fn b_at(i: u32) -> f32 { return B[i]; }
#endif

// A[row, k..k+3] for the row starting at element `row`.
fn a4(row: u32, k: u32) -> vec4<f32> {
#if A_VEC
  return A[(row + k) >> 2u];
#else
  let s = P.aSK;
  return vec4<f32>(A[row + k * s], A[row + (k + 1u) * s], A[row + (k + 2u) * s], A[row + (k + 3u) * s]);
#endif
}

// Column j: B[k + j, n0..n0+3]; `c` holds the element offsets of the 4 columns
// (clamped to N - 1), `c.x` also that of column n0.
fn b4x4(c: vec4<u32>, k: u32) -> mat4x4<f32> {
#if B_VEC_N
  let s = P.bSK;
  return mat4x4<f32>(B[(c.x + k * s) >> 2u], B[(c.x + (k + 1u) * s) >> 2u],
                     B[(c.x + (k + 2u) * s) >> 2u], B[(c.x + (k + 3u) * s) >> 2u]);
#else
#if B_VEC_K
  return transpose(mat4x4<f32>(B[(c.x + k) >> 2u], B[(c.y + k) >> 2u], B[(c.z + k) >> 2u], B[(c.w + k) >> 2u]));
#else
  var m: mat4x4<f32>;
  for (var j = 0u; j < 4u; j++) {
    let o = (k + j) * P.bSK;
    m[j] = vec4<f32>(B[c.x + o], B[c.y + o], B[c.z + o], B[c.w + o]);
  }
  return m;
#endif
#endif
}

// Row m, columns n0..n0+3 (those past N dropped) of the output, at element o.
fn store_row(o: u32, m: u32, n0: u32, v: vec4<f32>) {
  if (m >= P.M || n0 >= P.N) { return; }
#if OUT_VEC
  out[o >> 2u] = v;
#else
  out[o] = v.x;
  if (n0 + 1u < P.N) { out[o + 1u] = v.y; }
  if (n0 + 2u < P.N) { out[o + 2u] = v.z; }
  if (n0 + 3u < P.N) { out[o + 3u] = v.w; }
#endif
}
