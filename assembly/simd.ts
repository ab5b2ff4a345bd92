// f32x4 building blocks the kernels share. Every kernel sums in the same
// order through these, so results do not depend on which kernel ran.

/**
 * acc + a·b per lane. The relaxed-SIMD build (ASC_FEATURE_RELAXED_SIMD) fuses it
 * into one multiply-add with a single rounding where the CPU has FMA; the plain
 * build multiplies, rounds, then adds.
 */
@inline export function fmadd(acc: v128, a: v128, b: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, acc);
  return f32x4.add(acc, f32x4.mul(a, b));
}

/** The four lanes' sum, pairwise: (v0 + v1) + (v2 + v3). */
@inline export function hsum(v: v128): f32 {
  return (f32x4.extract_lane(v, 0) + f32x4.extract_lane(v, 1)) + (f32x4.extract_lane(v, 2) + f32x4.extract_lane(v, 3));
}
