// @ts-nocheck -- AssemblyScript source (i32, f32x4 are asc builtins); tsc only sees it because bench/ is in tsconfig.
// Throughput probe for the relaxed-SIMD peak (AssemblyScript source of
// PEAK_FMA_KERNEL_WASM in bench/peak-kernel.ts): f32x4.relaxed_madd, one fused
// multiply-add where the CPU has FMA. Two FMA pipes with 4 cycles of latency
// need 8 chains in flight; 12 leave slack and still fit V8's vector registers.
// Each iteration: 12 chains x 1 multiply-add (2 flops) x 4 lanes = 96 flops.
// Returns a lane sum so the work cannot be optimised away.
export function peakFma(iterations: i32): f32 {
  const m = f32x4.splat(0.999999);
  let a0 = f32x4.splat(1.0); let a1 = f32x4.splat(1.1); let a2 = f32x4.splat(1.2);
  let a3 = f32x4.splat(1.3); let a4 = f32x4.splat(1.4); let a5 = f32x4.splat(1.5);
  let a6 = f32x4.splat(1.6); let a7 = f32x4.splat(1.7); let a8 = f32x4.splat(1.8);
  let a9 = f32x4.splat(1.9); let a10 = f32x4.splat(2.0); let a11 = f32x4.splat(2.1);
  for (let i = 0; i < iterations; i++) {
    a0 = f32x4.relaxed_madd(a0, m, m); a1 = f32x4.relaxed_madd(a1, m, m);
    a2 = f32x4.relaxed_madd(a2, m, m); a3 = f32x4.relaxed_madd(a3, m, m);
    a4 = f32x4.relaxed_madd(a4, m, m); a5 = f32x4.relaxed_madd(a5, m, m);
    a6 = f32x4.relaxed_madd(a6, m, m); a7 = f32x4.relaxed_madd(a7, m, m);
    a8 = f32x4.relaxed_madd(a8, m, m); a9 = f32x4.relaxed_madd(a9, m, m);
    a10 = f32x4.relaxed_madd(a10, m, m); a11 = f32x4.relaxed_madd(a11, m, m);
  }
  const s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  const t = f32x4.add(s, f32x4.add(f32x4.add(a8, a9), f32x4.add(a10, a11)));
  return f32x4.extract_lane(t, 0) + f32x4.extract_lane(t, 1) + f32x4.extract_lane(t, 2) + f32x4.extract_lane(t, 3);
}
