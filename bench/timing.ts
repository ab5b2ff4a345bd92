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
  /** Least warm-up time after the first call, ms (default WARM_MS; at least sampleMs). */
  warmMs?: number;
  /**
   * Wall-time budget for one implementation of one case. When the first call
   * shows that warm-up plus `samples` would exceed it (a peer taking seconds
   * per call), warm-up is skipped; when one call alone takes over half the
   * budget, that first call is the only sample (Timing.samplesMs has length 1).
   */
  budgetMs?: number;
}

const now = (): number => performance.now();

/**
 * Default warm-up time. Code keeps getting faster for a while after the first
 * calls: JIT tiers, and at two cpu threads the pool's own code, which a
 * one-thread run never calls, on both threads. Here the LeNet step at two
 * threads took ~1 s of calls to settle (7-15 ms a step at first, ~3 ms after);
 * samples taken sooner measured that warm-up, not the steady state.
 */
const WARM_MS = 1000;

/**
 * One macrotask turn. A cpu case's calls and its sync settle as microtasks,
 * so a whole run could pass without the event loop ever taking a signal:
 * Ctrl-C's partial report waited for the end of the run.
 */
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function timeReps(r: Runnable, reps: number): Promise<number> {
  await yieldToEventLoop();
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

/** A runnable after its first call and warm-up: how many iterations one sample runs, or its only sample. */
type WarmedUp = { firstMs: number; reps: number } | Timing;

/**
 * First call, then warm-up: at least `warmCalls` calls and `warmMs` (default
 * WARM_MS) of calls; reps chosen so a sample lasts about `sampleMs` (timer
 * resolution and the final sync are then negligible).
 */
async function warmUp(r: Runnable, opts: TimingOptions): Promise<WarmedUp> {
  const firstMs = await timeReps(r, 1);
  let warmCalls = opts.warmCalls ?? 3;
  if (opts.budgetMs !== undefined && firstMs > opts.budgetMs / 2) {
    return timing(firstMs, 1, [firstMs]);
  }
  if (opts.budgetMs !== undefined && firstMs * (opts.samples + warmCalls) > opts.budgetMs) warmCalls = 0;
  const warmMs = Math.max(opts.sampleMs, opts.warmMs ?? WARM_MS);
  let calls = 0;
  let spent = 0;
  let perIter = firstMs;
  let reps = 1;
  while (calls < warmCalls || (warmCalls > 0 && spent < warmMs)) {
    const t = await timeReps(r, reps);
    calls += reps;
    spent += t;
    perIter = t / reps;
    reps = Math.min(reps * 2, Math.max(1, Math.ceil(opts.sampleMs / 4 / Math.max(perIter, 1e-3))));
  }
  return { firstMs, reps: Math.max(1, Math.round(opts.sampleMs / Math.max(perIter, 1e-3))) };
}

function timing(firstMs: number, reps: number, samplesMs: number[]): Timing {
  return { firstMs, samplesMs, medianMs: median(samplesMs), minMs: Math.min(...samplesMs), maxMs: Math.max(...samplesMs), reps };
}

/**
 * Times each runnable: first call, warm-up, then `samples` samples of about
 * `sampleMs` each. Several runnables whose ratios are the result (one case
 * at several thread counts and in each peer library) are warmed up in turn,
 * then their samples alternate, so a stretch of time when the shared machine
 * is slow falls on all of them alike instead of on whichever ran then.
 */
export async function measureInterleaved(rs: readonly Runnable[], opts: TimingOptions): Promise<Timing[]> {
  const warmed: WarmedUp[] = [];
  for (const r of rs) warmed.push(await warmUp(r, opts));
  const samplesMs = rs.map((): number[] => []);
  for (let i = 0; i < opts.samples; i++) {
    for (const [j, r] of rs.entries()) {
      const w = warmed[j]!;
      if ('samplesMs' in w) continue;
      samplesMs[j]!.push((await timeReps(r, w.reps)) / w.reps);
    }
  }
  return warmed.map((w, j) => ('samplesMs' in w ? w : timing(w.firstMs, w.reps, samplesMs[j]!)));
}
