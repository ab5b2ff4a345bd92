import { PEAK_FLOPS_PER_ITERATION, PEAK_FMA_FLOPS_PER_ITERATION, PEAK_FMA_KERNEL_WASM, PEAK_KERNEL_WASM } from './peak-kernel.js';

export interface WasmPeak {
  /** The peak of the kernel build in use (`fmaGflops` where it is the relaxed-SIMD one): what %peak is of. */
  gflops: number;
  /** Plain SIMD: a multiply feeding an add. */
  mulAddGflops: number;
  /** Relaxed SIMD's fused multiply-add, where the engine has it and our kernels use it. */
  fmaGflops?: number;
  runsGflops: number[];
  fmaRunsGflops?: number[];
}

type Probe = (iterations: number) => number;

async function probe(wasm: Uint8Array<ArrayBuffer>, name: string): Promise<Probe> {
  const { instance } = await WebAssembly.instantiate(wasm);
  return instance.exports[name] as Probe;
}

/** GFLOP/s of each of `runs` ~100 ms runs of one probe. */
function time(run: Probe, flopsPerIteration: number, runs: number): number[] {
  // Warm-up lets V8 tier the function up from Liftoff to TurboFan.
  for (let i = 0; i < 3; i++) run(2_000_000);
  const iterations = 20_000_000;
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    run(iterations);
    out.push((iterations * flopsPerIteration) / ((performance.now() - t0) * 1e6));
  }
  return out;
}

/**
 * The machine's single-thread WebAssembly SIMD throughput in GFLOP/s, mul+add
 * and, when `fma` (the kernels run the relaxed-SIMD build), fused multiply-add:
 * the best of several runs (best, not median: a peak is what the core can do
 * when nothing else runs on it).
 */
export async function measureWasmPeak(fma: boolean, runs = 7): Promise<WasmPeak> {
  const runsGflops = time(await probe(PEAK_KERNEL_WASM, 'peak'), PEAK_FLOPS_PER_ITERATION, runs);
  const mulAddGflops = Math.max(...runsGflops);
  if (!fma) return { gflops: mulAddGflops, mulAddGflops, runsGflops };
  const fmaRunsGflops = time(await probe(PEAK_FMA_KERNEL_WASM, 'peakFma'), PEAK_FMA_FLOPS_PER_ITERATION, runs);
  const fmaGflops = Math.max(...fmaRunsGflops);
  return { gflops: Math.max(mulAddGflops, fmaGflops), mulAddGflops, fmaGflops, runsGflops, fmaRunsGflops };
}

/** Keeps the best of two measurements (other load on a shared machine only lowers a peak). */
export function bestPeak(a: WasmPeak, b: WasmPeak): WasmPeak {
  const fma = a.fmaGflops !== undefined && b.fmaGflops !== undefined;
  const mulAddGflops = Math.max(a.mulAddGflops, b.mulAddGflops);
  const fmaGflops = fma ? Math.max(a.fmaGflops!, b.fmaGflops!) : undefined;
  return {
    gflops: Math.max(mulAddGflops, fmaGflops ?? 0),
    mulAddGflops,
    runsGflops: [...a.runsGflops, ...b.runsGflops],
    ...(fma ? { fmaGflops, fmaRunsGflops: [...a.fmaRunsGflops!, ...b.fmaRunsGflops!] } : {}),
  };
}

/** One line for the report. */
export function describePeak(p: WasmPeak): string {
  const runs = `one thread, best of ${p.runsGflops.length} runs before and after the cases`;
  const mulAdd = `WebAssembly SIMD mul+add peak (${runs}): ${p.mulAddGflops.toFixed(1)} GFLOP/s`;
  if (p.fmaGflops === undefined) return `${mulAdd}; %peak is of it (the kernels run the plain SIMD build)`;
  return `${mulAdd}; relaxed-SIMD fused multiply-add peak: ${p.fmaGflops.toFixed(1)} GFLOP/s; ` +
    `%peak is of ${p.gflops.toFixed(1)} (the kernels run the relaxed-SIMD build)`;
}
