// @ts-nocheck -- AssemblyScript source (i32, f32x4 are asc builtins); tsc only sees it because bench/ is in tsconfig.
// Throughput probe for the WebAssembly SIMD peak (AssemblyScript source of
// bench/peak-kernel.ts). Twelve independent f32x4 accumulator chains hide the
// mul/add latency, so the loop is bound by issue width, not by dependencies.
// Each iteration: 12 chains x (1 mul + 1 add) x 4 lanes = 96 flops.
// Returns a lane sum so the work cannot be optimised away.
export function peak(iterations: i32): f32 {
  const m = f32x4.splat(0.999999);
  const c = f32x4.splat(0.000001);
  let a0 = f32x4.splat(1.0); let a1 = f32x4.splat(1.1); let a2 = f32x4.splat(1.2);
  let a3 = f32x4.splat(1.3); let a4 = f32x4.splat(1.4); let a5 = f32x4.splat(1.5);
  let a6 = f32x4.splat(1.6); let a7 = f32x4.splat(1.7); let a8 = f32x4.splat(1.8);
  let a9 = f32x4.splat(1.9); let a10 = f32x4.splat(2.0); let a11 = f32x4.splat(2.1);
  for (let i = 0; i < iterations; i++) {
    a0 = f32x4.add(f32x4.mul(a0, m), c); a1 = f32x4.add(f32x4.mul(a1, m), c);
    a2 = f32x4.add(f32x4.mul(a2, m), c); a3 = f32x4.add(f32x4.mul(a3, m), c);
    a4 = f32x4.add(f32x4.mul(a4, m), c); a5 = f32x4.add(f32x4.mul(a5, m), c);
    a6 = f32x4.add(f32x4.mul(a6, m), c); a7 = f32x4.add(f32x4.mul(a7, m), c);
    a8 = f32x4.add(f32x4.mul(a8, m), c); a9 = f32x4.add(f32x4.mul(a9, m), c);
    a10 = f32x4.add(f32x4.mul(a10, m), c); a11 = f32x4.add(f32x4.mul(a11, m), c);
  }
  const s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  const t = f32x4.add(f32x4.add(s, f32x4.add(a8, a9)), f32x4.add(a10, a11));
  return f32x4.extract_lane(t, 0) + f32x4.extract_lane(t, 1) + f32x4.extract_lane(t, 2) + f32x4.extract_lane(t, 3);
}
