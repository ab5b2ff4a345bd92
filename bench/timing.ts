/** What the runner needs from a prepared case in any library. */
export interface Runnable {
  /** Queues one iteration (disposing the previous one's outputs). */
  run(): void | Promise<void>;
  /** Resolves once every queued iteration has completed (GPU: a sync or a readback). */
  finish(): Promise<void>;
}

export interface Timing {
  /** The first call alone: pipeline creation, shader compile, wasm tier-up, allocation. */
  firstMs: number;
  /** Per-iteration times of each sample (sample time / reps). */
  samplesMs: number[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  reps: number;
}

export interface TimingOptions {
  /** Wall time one sample should take (reps are calibrated to it). */
  sampleMs: number;
  samples: number;
  /** Calls after the first one before sampling (default 3). */
  warmCalls?: number;
  /**
   * Wall-time budget for one implementation of one case. When the first call
   * shows that warm-up plus `samples` would exceed it (a peer taking seconds
   * per call), warm-up is skipped; when one call alone takes over half the
   * budget, that first call is the only sample (Timing.samplesMs has length 1).
   */
  budgetMs?: number;
}

const now = (): number => performance.now();

async function timeReps(r: Runnable, reps: number): Promise<number> {
  const t0 = now();
  for (let i = 0; i < reps; i++) {
    const p = r.run();
    if (p) await p;
  }
  await r.finish();
  return now() - t0;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * First call, then warm-up until the per-iteration time settles (at least 3
 * calls and ~sampleMs), then `samples` samples of `reps` iterations each, reps
 * chosen so a sample lasts about `sampleMs` (timer resolution and the final
 * sync are then negligible).
 */
export async function measure(r: Runnable, opts: TimingOptions): Promise<Timing> {
  const firstMs = await timeReps(r, 1);
  const samples = opts.samples;
  let warmCalls = opts.warmCalls ?? 3;
  if (opts.budgetMs !== undefined && firstMs > opts.budgetMs / 2) {
    return { firstMs, samplesMs: [firstMs], medianMs: firstMs, minMs: firstMs, maxMs: firstMs, reps: 1 };
  }
  if (opts.budgetMs !== undefined && firstMs * (samples + warmCalls) > opts.budgetMs) warmCalls = 0;
  let calls = 0;
  let spent = 0;
  let perIter = firstMs;
  let reps = 1;
  while (calls < warmCalls || (warmCalls > 0 && spent < opts.sampleMs)) {
    const t = await timeReps(r, reps);
    calls += reps;
    spent += t;
    perIter = t / reps;
    reps = Math.min(reps * 2, Math.max(1, Math.ceil(opts.sampleMs / 4 / Math.max(perIter, 1e-3))));
  }
  reps = Math.max(1, Math.round(opts.sampleMs / Math.max(perIter, 1e-3)));
  const samplesMs: number[] = [];
  for (let i = 0; i < samples; i++) samplesMs.push((await timeReps(r, reps)) / reps);
  return {
    firstMs,
    samplesMs,
    medianMs: median(samplesMs),
    minMs: Math.min(...samplesMs),
    maxMs: Math.max(...samplesMs),
    reps,
  };
}
