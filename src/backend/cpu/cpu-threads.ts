import { CPU_CAPABILITY_NAMES, getCpuCapability } from './capability.js';
import { MAX_THREADS, ThreadPool } from './thread-pool.js';
import { requestedThreads, type ThreadSpawner } from './thread-support.js';
import type { KernelExports } from './wasm.js';

/**
 * How the cpu backend splits one kernel call over threads. Every split is
 * along a dimension whose elements the kernel computes independently (batch,
 * rows, output rows/columns of a product), at boundaries that keep each
 * element's instruction sequence (SIMD lanes, tiles) unchanged: results are
 * bitwise the same for any thread count.
 */

/** The kernels a helper may be asked to run (a job names one by index). */
export const THREAD_KERNELS = [
  'matmul_f32', 'im2col_f32', 'col2im_f32', 'conv2d_direct_f32', 'conv2d_batched_f32', 'conv2d_weight_grad_pack_f32', 'conv2d_weight_grad_f32',
  'maxpool2d_f32', 'maxpool2d_backward_f32', 'avgpool2d_f32', 'avgpool2d_backward_f32',
  'softmax_f32', 'reduce_f32', 'reduce_i32',
  'unary_f32', 'unary_i32', 'binary_f32', 'binary_i32', 'where_32', 'clamp_f32', 'clamp_i32', 'convert',
] as const;
export type ThreadKernel = (typeof THREAD_KERNELS)[number];

/**
 * Least work worth a part of its own, in elements a memory-bound kernel
 * touches (about 0.3 ns each here; ~10 us): handing a part to a helper costs
 * about 3 us while it polls (it polls 0.5 ms after each job, so the kernels of
 * a training step find it polling). A sleeping helper takes ~0.1 ms to wake,
 * but the caller then claims the part itself, so a split never waits for a
 * wake-up. Measured on LeNet's step at 2 threads (interleaved rounds, both
 * cores free): 3.66 ms at 1 << 17, 3.36 ms at 1 << 15.
 */
export const MIN_WORK_PER_THREAD = 1 << 15;
/**
 * Parts per thread for kernels whose parts repeat little or no work
 * (elementwise, reductions, pooling, the weight gradient's phases; conv by
 * image repacks only its weights per part): on a shared machine a helper may
 * run late or slow (its core taken by another tenant), and with one part per
 * thread the caller then waits for the helper's whole half; with smaller parts
 * claimed as they come, the caller takes over what the helper has not reached.
 * (Measured on LeNet's step in interleaved rounds: within the noise of one
 * part per thread, quiet rounds alike.) Products split one part per thread,
 * since each part repacks a whole operand.
 */
export const PARTS_PER_THREAD = 4;
/** Multiply-adds per element of work: SIMD products run ~8x more of them in the same time (~20 G/s). */
export const MACS_PER_ELEMENT = 8;
/** Default thread count cap: beyond it memory bandwidth, not cores, limits these kernels. */
const DEFAULT_MAX_THREADS = 8;

function defaultThreads(cores: number): number {
  return Math.max(1, Math.min(cores, DEFAULT_MAX_THREADS));
}

/** Bytes of argument slots (shapes, strides, geometry) per part. */
const SLOT_BYTES = 128;
const SLOTS = 8;

/** Matches NR in assembly/matmul.ts (MR comes from the kernels: matmul_mr()): splits of a product stay on tile boundaries. */
const MATMUL_NR = 8;

export interface Threading {
  /** The threads build of the kernels (imports env.memory, shared). */
  module: WebAssembly.Module;
  spawn: ThreadSpawner;
  /** Logical cores of the machine. */
  cores: number;
}

export interface Range {
  start: number;
  count: number;
}

/**
 * Splits [0, total) into at most `parts` ranges of near-equal size whose
 * starts are multiples of `align` (the last range takes the remainder).
 */
export function splitRange(total: number, parts: number, align = 1): Range[] {
  const units = Math.ceil(total / align);
  const n = Math.max(1, Math.min(parts, units));
  const out: Range[] = [];
  let unit = 0;
  for (let i = 0; i < n; i++) {
    const take = Math.floor(units / n) + (i < units % n ? 1 : 0);
    const start = unit * align;
    const end = Math.min(total, (unit + take) * align);
    if (end > start) out.push({ start, count: end - start });
    unit += take;
  }
  return out;
}

/** The geometry array's batch entry: index 0 (see geometryArray in cpu-backend.ts). */
const G_BATCH = 0;

export class CpuThreads {
  private pool: ThreadPool | undefined;
  private requested: number;
  /** See MIN_WORK_PER_THREAD. Tests set 1 to split small problems. */
  minWorkPerThread = MIN_WORK_PER_THREAD;
  /** Per part index: pack buffers for matmul and argument slots (allocated when first needed). */
  private readonly packA: number[] = [];
  private readonly packB: number[] = [];
  private readonly slots: number[] = [];
  /** Helper scratch blocks by slot, kept across a release so restarted helpers reuse them. */
  private readonly helperScratch: number[] = [];

  constructor(
    private readonly k: KernelExports,
    private readonly alloc: (bytes: number) => number,
    private readonly threading: Threading | undefined,
    /** Why there is only one thread; undefined when threads are available. */
    readonly unavailableReason: string | undefined,
  ) {
    k.set_thread_scratch(alloc(k.thread_scratch_bytes()));
    this.requested = threading ? requestedThreads() ?? defaultThreads(threading.cores) : 1;
    this.startHelpers();
  }

  /** Threads kernels may use: what was asked for (setNumThreads), 1 without shared memory. */
  get numThreads(): number {
    return this.threading ? this.requested : 1;
  }

  /** Threads running now: helpers start in the background, and a kernel uses only those already up. */
  get running(): number {
    if (!this.threading || this.requested === 1) return 1;
    // After a release (torch.shutdown) the next kernel brings helpers back, in the background.
    this.startHelpers();
    return 1 + this.pool!.readyHelpers(this.requested - 1);
  }

  setNumThreads(n: number): void {
    if (!this.threading) return;
    this.requested = Math.min(n, MAX_THREADS);
    this.startHelpers();
    // Node (and workers) may block: have the helpers up before the next kernel, so timings and tests see them.
    this.pool?.waitReady(this.requested - 1, 5000);
  }

  /** Resolves when the requested helpers run (or failed, or 10 s passed). */
  async ready(): Promise<void> {
    await this.pool?.whenReady(this.requested - 1, 10_000);
  }

  /** Ends the helpers (torch.shutdown); the next kernel that wants them starts them again. */
  release(): void {
    this.pool?.close();
    this.pool = undefined;
  }

  /** A line for deviceInfo(). */
  describe(): string {
    const kernels = CPU_CAPABILITY_NAMES[getCpuCapability()];
    if (!this.threading) return `${kernels}, 1 thread (${this.unavailableReason ?? 'no shared memory'})`;
    const failed = this.pool?.failedHelper() ? '; a helper thread failed to start' : '';
    return `${kernels}, ${this.requested} thread${this.requested === 1 ? '' : 's'} (shared memory${failed})`;
  }

  private startHelpers(): void {
    if (!this.threading || this.requested === 1) return;
    this.pool ??= new ThreadPool({
      module: this.threading.module,
      memory: this.k.memory,
      kernels: THREAD_KERNELS,
      allocScratch: (slot) => (this.helperScratch[slot] ??= this.alloc(this.k.thread_scratch_bytes())),
    }, this.threading.spawn);
    this.pool.ensureHelpers(this.requested - 1);
  }

  /** See PARTS_PER_THREAD; a field, as minWorkPerThread, so one process can compare settings. */
  partsPerThread = PARTS_PER_THREAD;

  /**
   * Number of parts worth running `work` (multiply-adds or elements) in: up
   * to `perThread` per running thread, each at least minWorkPerThread.
   */
  partsFor(work: number, perThread = this.partsPerThread): number {
    const running = this.running;
    if (running === 1) return 1;
    return Math.max(1, Math.min(running * perThread, Math.floor(work / this.minWorkPerThread)));
  }

  /**
   * Runs one call of `kernel` per argument list, each on whichever thread
   * claims it: a list's resources (pack buffers, argument slots, scratch) are
   * indexed by the list, never by a thread.
   */
  run(kernel: ThreadKernel, argLists: readonly (readonly number[])[]): void {
    const fn = this.k[kernel] as unknown as (...args: number[]) => void;
    if (argLists.length === 1) {
      fn(...argLists[0]!);
      return;
    }
    this.pool!.run(THREAD_KERNELS.indexOf(kernel), argLists, (args) => fn(...args));
  }

  /** Address of argument slot `slot` of part `part` (its own, so parts never share one). */
  slot(part: number, slot: number): number {
    if (slot >= SLOTS) throw new Error(`cpu threads: argument slot ${slot} out of range`);
    this.slots[part] ??= this.alloc(SLOTS * SLOT_BYTES);
    return this.slots[part] + slot * SLOT_BYTES;
  }

  /** Writes an i32 array into a part's argument slot; returns its address. */
  writeSlot(part: number, slot: number, values: readonly number[]): number {
    if (values.length * 4 > SLOT_BYTES) throw new Error(`cpu threads: ${values.length} values overflow an argument slot`);
    const ptr = this.slot(part, slot);
    new Int32Array(this.k.memory.buffer, ptr, values.length).set(values);
    return ptr;
  }

  /**
   * Runs a kernel that reads a geometry array over batch slices: `args(range,
   * geometryPtr, part)` gives one part's arguments for the geometry written
   * with batch = range.count. `workPerImage` decides how many parts pay.
   */
  byBatch(kernel: ThreadKernel, geometry: readonly number[], workPerImage: number,
    args: (r: Range, geo: number, part: number) => number[], align = 1): void {
    const batch = geometry[G_BATCH]!;
    const ranges = splitRange(batch, this.partsFor(batch * workPerImage), align);
    this.run(kernel, ranges.map((r, t) => {
      const g = [...geometry];
      g[G_BATCH] = r.count;
      return args(r, this.writeSlot(t, 0, g), t);
    }));
  }

  /** Runs a kernel over rows [0, rows) split into ranges; `args(range, part)` gives a part's arguments. */
  byRows(kernel: ThreadKernel, rows: number, workPerRow: number, args: (r: Range, part: number) => number[]): void {
    this.run(kernel, splitRange(rows, this.partsFor(rows * workPerRow)).map((r, t) => args(r, t)));
  }

  /**
   * out = a @ b (see matmul_f32 in assembly/matmul.ts), split over threads by
   * batch where that balances (and the batch is not summed), else by output
   * rows or columns, whichever is longer: the other operand's packing is what
   * every thread repeats, so those take one part per thread. A batch split
   * repeats nothing and takes up to partsPerThread parts per thread: a helper
   * whose core is taken then leaves the caller less to wait for.
   */
  matmul(out: number, a: number, b: number, batch: number, m: number, n: number, kk: number,
    sa: readonly number[], sb: readonly number[], sumBatch: boolean): void {
    const work = (batch * m * n * kk) / MACS_PER_ELEMENT;
    const parts = this.partsFor(work, 1);
    const lists: number[][] = [];
    const call = (t: number, o: number, pa: number, pb: number, nb: number, m0: number, m1: number, n0: number, n1: number): void => {
      lists.push([o, pa, pb, nb, m, n, kk, sa[0]!, sa[1]!, sa[2]!, sb[0]!, sb[1]!, sb[2]!,
        this.pack(t, 'a'), this.pack(t, 'b'), sumBatch ? 1 : 0, m0, m1, n0, n1]);
    };
    const batchParts = sumBatch ? undefined
      : [this.partsFor(work), parts].find((p) => p > 1 && (batch % p === 0 || batch >= 4 * p));
    if (batchParts !== undefined) {
      splitRange(batch, batchParts).forEach((r, t) => {
        call(t, out + r.start * m * n * 4, a + r.start * sa[0]! * 4, b + r.start * sb[0]! * 4, r.count, 0, m, 0, n);
      });
    } else if (m >= n) {
      splitRange(m, parts, this.k.matmul_mr()).forEach((r, t) => call(t, out, a, b, batch, r.start, r.start + r.count, 0, n));
    } else {
      splitRange(n, parts, MATMUL_NR).forEach((r, t) => call(t, out, a, b, batch, 0, m, r.start, r.start + r.count));
    }
    this.run('matmul_f32', lists);
  }

  private pack(part: number, which: 'a' | 'b'): number {
    const list = which === 'a' ? this.packA : this.packB;
    list[part] ??= this.alloc(which === 'a' ? this.k.matmul_pack_a_bytes() : this.k.matmul_pack_b_bytes());
    return list[part];
  }
}
