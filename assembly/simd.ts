// f32x4 building blocks the kernels share. Every kernel sums in the same
// order through these, so results do not depend on which kernel ran.

/** acc + a·b per lane (a multiply then an add: plain SIMD has no fused multiply-add). */
@inline export function fmadd(acc: v128, a: v128, b: v128): v128 {
  return f32x4.add(acc, f32x4.mul(a, b));
}

/** The four lanes' sum, pairwise: (v0 + v1) + (v2 + v3). */
@inline export function hsum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}
