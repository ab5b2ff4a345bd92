import { PEAK_FLOPS_PER_ITERATION, PEAK_KERNEL_WASM } from './peak-kernel.js';

/**
 * The machine's single-thread WebAssembly SIMD mul+add throughput in GFLOP/s:
 * the best of several ~100 ms runs of the peak kernel (best, not median:
 * a peak is what the core can do when nothing else runs on it).
 */
export async function measureWasmPeak(runs = 7): Promise<{ gflops: number; runsGflops: number[] }> {
  const { instance } = await WebAssembly.instantiate(PEAK_KERNEL_WASM);
  const peak = instance.exports.peak as (iterations: number) => number;
  // Warm-up lets V8 tier the function up from Liftoff to TurboFan.
  for (let i = 0; i < 3; i++) peak(2_000_000);
  const iterations = 20_000_000;
  const runsGflops: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    peak(iterations);
    const ms = performance.now() - t0;
    runsGflops.push((iterations * PEAK_FLOPS_PER_ITERATION) / (ms * 1e6));
  }
  return { gflops: Math.max(...runsGflops), runsGflops };
}
