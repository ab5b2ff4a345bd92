import type { HelperThread, ThreadSpawner } from './thread-support.js';
import { THREAD_WORKER_SOURCE } from './thread-worker-source.js';

/**
 * Helper threads for the cpu backend's kernels (intra-op parallelism). Every
 * helper instantiates the same kernels module over the same shared memory. A
 * job is one kernel split into parts (its numeric arguments per part); the
 * calling thread and the helpers claim parts from an atomic counter until none
 * are left, then the caller waits for the parts still running. Claiming rather
 * than assigning matters on a busy machine: a helper that is not scheduled in
 * time leaves its part to the caller instead of making it wait. Jobs go through
 * a control SharedArrayBuffer with Atomics, not postMessage: the caller stays
 * inside one synchronous kernel call, as with one thread.
 */

/** Most threads a pool runs, and most parts a job has. */
export const MAX_THREADS = 64;
/** Most numeric arguments of one kernel call. */
const MAX_ARGS = 24;
/** Control block, in Int32 words, then the arguments of each part (f64). */
const LAYOUT = {
  /** Parts not finished yet; the caller waits on it. */
  pending: 0,
  /** 1 + the index of a part that threw, or 0. */
  error: 1,
  /** The job's kernel index. */
  kernel: 2,
  /** gen << 16 | parts << 8 | next part to claim: one word, so a claim (compareExchange) is checked against its own job. */
  next: 3,
  /** Bumped to wake idle helpers; they wait on it. */
  wake: 4,
  stop: 5,
  /** A ready flag per helper slot: 1 running, -1 failed to start. */
  ready: 16,
  argc: 16 + MAX_THREADS,
  argsByte: (16 + 2 * MAX_THREADS) * 4,
  maxArgs: MAX_ARGS,
  /**
   * How long an idle helper polls for work before it sleeps: waking a sleeping
   * thread costs about 0.1 ms, more than a small kernel, and in a training step
   * the next kernel comes within tens of microseconds. Short, because on a
   * machine with more runnable threads than cores a spinning helper takes time
   * from the thread it would help.
   */
  spinMs: 0.5,
  /** How long the caller polls for running parts before it sleeps (Node; a browser page cannot sleep). */
  joinSpinMs: 0.05,
};

/** True where this thread may block in Atomics.wait (Node, workers); a browser's main thread may not. */
function canBlock(ctl: Int32Array): boolean {
  try {
    Atomics.wait(ctl, LAYOUT.error, 1, 0);
    return true;
  } catch {
    return false;
  }
}

export interface PoolSetup {
  module: WebAssembly.Module;
  memory: WebAssembly.Memory;
  /** Kernel export names; a job names its kernel by index in this list. */
  kernels: readonly string[];
  /** A helper's scratch block (thread_scratch_bytes()) in the shared memory, by slot (1, 2, ...). */
  allocScratch(slot: number): number;
}

export class ThreadPool {
  private readonly control = new SharedArrayBuffer(LAYOUT.argsByte + MAX_THREADS * MAX_ARGS * 8);
  private readonly ctl = new Int32Array(this.control);
  private readonly args = new Float64Array(this.control, LAYOUT.argsByte);
  private readonly helpers: HelperThread[] = [];
  private readonly blocking: boolean;
  private gen = 0;
  private closed = false;

  constructor(private readonly setup: PoolSetup, private readonly spawn: ThreadSpawner) {
    this.blocking = canBlock(this.ctl);
  }

  /** Starts helpers until there are `count` (never fewer: unused ones just sleep). */
  ensureHelpers(count: number): void {
    if (this.closed) throw new Error('cpu threads: the pool was shut down');
    while (this.helpers.length < Math.min(count, MAX_THREADS - 1)) {
      const slot = this.helpers.length + 1;
      const { module, memory, kernels } = this.setup;
      const message = { module, memory, control: this.control, slot, scratch: this.setup.allocScratch(slot), kernels, layout: LAYOUT };
      this.helpers.push(this.spawn(THREAD_WORKER_SOURCE, message));
    }
  }

  /**
   * Waits (up to `timeoutMs`) until helpers 1..count are running; returns how many are.
   * Only where this thread may block: elsewhere it answers at once.
   */
  waitReady(count: number, timeoutMs: number): number {
    const deadline = Date.now() + timeoutMs;
    for (let slot = 1; slot <= count && slot <= this.helpers.length; slot++) {
      while (this.blocking && Atomics.load(this.ctl, LAYOUT.ready + slot) === 0) {
        const left = deadline - Date.now();
        if (left <= 0) break;
        Atomics.wait(this.ctl, LAYOUT.ready + slot, 0, left);
      }
    }
    return this.readyHelpers(count);
  }

  /** Polls until helpers 1..count are running or failed (browsers: helpers start only once the page's thread yields). */
  async whenReady(count: number, timeoutMs: number): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    const settled = (): boolean => {
      for (let slot = 1; slot <= count && slot <= this.helpers.length; slot++) {
        if (Atomics.load(this.ctl, LAYOUT.ready + slot) === 0) return false;
      }
      return true;
    };
    while (!settled() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 2));
    return this.readyHelpers(count);
  }

  /** Helpers among the first `count` that are running, counted from slot 1 up to the first that is not. */
  readyHelpers(count: number): number {
    let n = 0;
    while (n < count && n < this.helpers.length && Atomics.load(this.ctl, LAYOUT.ready + n + 1) === 1) n++;
    return n;
  }

  /** Whether a helper reported that it could not start (bad module, no memory). */
  failedHelper(): boolean {
    for (let slot = 1; slot <= this.helpers.length; slot++) if (Atomics.load(this.ctl, LAYOUT.ready + slot) === -1) return true;
    return false;
  }

  /**
   * Runs `kernel` once per argument list, each list on whichever thread claims
   * it first (this one through `runHere`), returning when all are done. Every
   * part must write its own outputs and use its own scratch.
   */
  run(kernel: number, parts: readonly (readonly number[])[], runHere: (args: readonly number[]) => void): void {
    const { ctl, args } = this;
    const n = parts.length;
    if (n > MAX_THREADS) throw new Error(`cpu threads: ${n} parts exceed ${MAX_THREADS}`);
    parts.forEach((p, i) => {
      if (p.length > MAX_ARGS) throw new Error(`cpu threads: ${p.length} arguments exceed ${MAX_ARGS}`);
      args.set(p, i * MAX_ARGS);
      ctl[LAYOUT.argc + i] = p.length;
    });
    Atomics.store(ctl, LAYOUT.error, 0);
    Atomics.store(ctl, LAYOUT.kernel, kernel);
    Atomics.store(ctl, LAYOUT.pending, n);
    this.gen = (this.gen + 1) & 0x7fff;
    // Published last, with a seq-cst store: a helper that claims a part sees its arguments.
    Atomics.store(ctl, LAYOUT.next, (this.gen << 16) | (n << 8));
    Atomics.add(ctl, LAYOUT.wake, 1);
    Atomics.notify(ctl, LAYOUT.wake, n - 1);
    let failure: unknown;
    for (let i = this.claim(); i >= 0; i = this.claim()) {
      try {
        runHere(parts[i]!);
      } catch (e) {
        failure ??= e;
      }
      Atomics.sub(ctl, LAYOUT.pending, 1);
    }
    // NOTE: wait even when a part threw here: helpers are still writing into the outputs.
    this.join();
    if (failure !== undefined) throw failure;
    const failed = Atomics.load(ctl, LAYOUT.error);
    if (failed !== 0) throw new Error(`cpu threads: ${this.setup.kernels[kernel] ?? '?'} (part ${failed - 1}) failed in a helper thread`);
  }

  /** Claims the next part of the current job; -1 when none is left. */
  private claim(): number {
    const { ctl } = this;
    for (;;) {
      const t = Atomics.load(ctl, LAYOUT.next);
      const i = t & 0xff;
      if (i >= ((t >> 8) & 0xff)) return -1;
      if (Atomics.compareExchange(ctl, LAYOUT.next, t, t + 1) === t) return i;
    }
  }

  private join(): void {
    const { ctl } = this;
    let left = Atomics.load(ctl, LAYOUT.pending);
    const until = performance.now() + LAYOUT.joinSpinMs;
    while (left !== 0 && performance.now() < until) {
      for (let s = 0; s < 256 && left !== 0; s++) left = Atomics.load(ctl, LAYOUT.pending);
    }
    while (left !== 0) {
      if (this.blocking) Atomics.wait(ctl, LAYOUT.pending, left);
      left = Atomics.load(ctl, LAYOUT.pending);
    }
  }

  /** Ends every helper; the pool cannot run jobs afterwards. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    Atomics.store(this.ctl, LAYOUT.stop, 1);
    Atomics.add(this.ctl, LAYOUT.wake, 1);
    Atomics.notify(this.ctl, LAYOUT.wake);
    for (const h of this.helpers) h.terminate();
    this.helpers.length = 0;
  }
}
