import { LateWrites } from '../late-writes.js';
import type { BufferPool } from './buffers.js';
import type { DeviceState } from './device-state.js';
import type { PipelineCache, ShaderKey } from './pipelines.js';

/** One storage binding; index k of `DispatchCall.bindings` is `@binding(k + 1)`. */
export interface Binding {
  buffer: GPUBuffer;
  write?: boolean;
}

export interface DispatchCall extends ShaderKey {
  /** Uniform words for `@binding(0)` (at most UNIFORM_WORDS). */
  params: Uint32Array;
  /** `null` leaves a binding number out (the shader did not declare it). */
  bindings: ReadonlyArray<Binding | null>;
  /** Total workgroups; folded into a 2-D grid past the per-dimension limit. */
  workgroups: number;
}

/** Uniform slot size: minUniformBufferOffsetAlignment is at most 256. */
const UNIFORM_BYTES = 256;
export const UNIFORM_WORDS = UNIFORM_BYTES / 4;
/** Bind groups kept for reuse (a LeNet training step binds ~200 distinct ones). */
const BIND_GROUPS = 4096;

/**
 * Records work into one command encoder and submits in batches: on a read, on
 * sync(), or every `maxDispatches` dispatches.
 * Uniforms live in one arena buffer, a 256-byte slot per dispatch, filled on
 * the CPU and uploaded with a single writeBuffer just before the submit.
 * NOTE: reusing the arena for the next batch is safe without waiting: queue
 * operations run in order, so the next writeBuffer lands after this submit's work.
 */
/** Queue work recorded while a late write is awaited, in program order (see `writeLater`). */
type HeldStep =
  | { kind: 'batch'; commands: GPUCommandBuffer; uniforms: Uint32Array<ArrayBuffer> | null }
  | { kind: 'write'; buffer: GPUBuffer; offset: number; data: Uint8Array<ArrayBuffer> | null };

export class Commands {
  private encoder: GPUCommandEncoder | null = null;
  private pass: GPUComputePassEncoder | null = null;
  private readonly arena: GPUBuffer;
  private readonly arenaData: Uint32Array;
  private slots = 0;
  /** Buffers the unsubmitted encoder touches; a write to one of them must submit first. */
  private readonly touched = new Set<GPUBuffer>();
  private readonly onSubmit: (() => void)[] = [];
  private readonly maxPerDim: number;
  submits = 0;
  dispatches = 0;
  bindGroupsCreated = 0;
  private profiler: Profiler | null = null;
  /** Late writes not yet landed; while any is, nothing reaches the queue (the backend reads their failures). */
  readonly late = new LateWrites(() => this.release());
  private held: HeldStep[] = [];
  /**
   * Bind groups by layout and buffers (each crossing into the native API to
   * create one costs ~11 us here, most of a small op's enqueue time); the
   * uniform block is bound at a dynamic offset, so a training loop that
   * reuses pooled buffers reuses its bind groups. Oldest first out past BIND_GROUPS.
   */
  private readonly groups = new Map<string, GPUBindGroup>();
  private readonly ids = new WeakMap<GPUBuffer, number>();
  private nextId = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly state: DeviceState,
    private readonly pipelines: PipelineCache,
    readonly storage: BufferPool,
    private readonly maxDispatches = 64,
    maxWorkgroupsPerDimension?: number,
  ) {
    this.arena = device.createBuffer({
      size: UNIFORM_BYTES * maxDispatches,
      usage: GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST,
      label: 'uniform-arena',
    });
    this.arenaData = new Uint32Array(UNIFORM_WORDS * maxDispatches);
    this.maxPerDim = Math.min(maxWorkgroupsPerDimension ?? Infinity, device.limits.maxComputeWorkgroupsPerDimension);
  }

  /** Run `fn` after the next submit (e.g. recycle buffers that work still reads). */
  afterSubmit(fn: () => void): void {
    this.onSubmit.push(fn);
  }

  touches(buffer: GPUBuffer): boolean {
    return this.touched.has(buffer);
  }

  dispatch(call: DispatchCall): void {
    if (call.workgroups <= 0) return;
    if (call.params.length > UNIFORM_WORDS) throw new Error(`${call.shader}: ${call.params.length} uniform words (max ${UNIFORM_WORDS})`);
    let signature = '';
    for (const b of call.bindings) signature += !b ? '-' : b.write ? 'w' : 'r';
    const { pipeline, layout } = this.pipelines.get(call, signature);
    if (this.slots === this.maxDispatches) this.flush();
    const slot = this.slots++;
    this.arenaData.set(call.params, slot * UNIFORM_WORDS);

    const buffers: (GPUBuffer | null)[] = [];
    let key = signature;
    for (const b of call.bindings) {
      let buffer = b?.buffer ?? null;
      // A buffer may not be bound writable and read-only in one dispatch:
      // read a snapshot instead (the reads must see the values before the dispatch).
      if (b && buffer && !b.write && call.bindings.some((o) => o?.write && o.buffer === buffer)) buffer = this.snapshot(buffer);
      buffers.push(buffer);
      if (buffer) {
        this.touched.add(buffer);
        key += `,${this.bufferId(buffer)}`;
      } else {
        key += ',';
      }
    }
    const bindGroup = this.bindGroup(key, layout, buffers);

    const x = Math.min(call.workgroups, this.maxPerDim);
    const y = Math.ceil(call.workgroups / x);
    if (y > this.maxPerDim) throw new Error(`${this.state.name}: ${call.shader} needs ${call.workgroups} workgroups, more than ${this.maxPerDim}^2`);
    const pass = this.profiler ? this.profiledPass(call) : this.computePass();
    pass.setPipeline(pipeline);
    pass.setBindGroup(0, bindGroup, [slot * UNIFORM_BYTES]);
    pass.dispatchWorkgroups(x, y);
    this.dispatches++;
  }

  copy(src: GPUBuffer, srcOffset: number, dst: GPUBuffer, dstOffset: number, size: number): void {
    if (size <= 0) return;
    const encoder = this.plainEncoder();
    encoder.copyBufferToBuffer(src, srcOffset, dst, dstOffset, size);
    this.touched.add(src);
    this.touched.add(dst);
  }

  /**
   * A write to `buffer` whose bytes arrive later, in program order: work
   * recorded so far is submitted first, and everything recorded or written
   * after it waits, unsubmitted, until the bytes land (a failed `data` writes
   * nothing; `late` keeps its error).
   */
  writeLater(buffer: GPUBuffer, data: Promise<Uint8Array<ArrayBuffer>>): void {
    this.flush();
    const step: HeldStep = { kind: 'write', buffer, offset: 0, data: null };
    this.held.push(step);
    this.late.track(data, (bytes) => {
      step.data = bytes;
    });
  }

  /** queue.writeBuffer while holding: after the held work, in order. */
  deferWrite(buffer: GPUBuffer, offset: number, data: Uint8Array<ArrayBuffer>): void {
    this.park();
    this.held.push({ kind: 'write', buffer, offset, data });
  }

  /** Submit everything recorded so far (while holding: set it aside, in order). */
  flush(): void {
    if (this.late.holding) {
      this.park();
      return;
    }
    if (!this.encoder) {
      // Nothing unsubmitted can still read the pending buffers.
      this.storage.onSubmitted();
      return;
    }
    this.pass?.end();
    this.pass = null;
    this.profiler?.resolve(this.encoder);
    if (this.slots > 0) {
      this.device.queue.writeBuffer(this.arena, 0, this.arenaData.buffer, 0, this.slots * UNIFORM_BYTES);
    }
    const commands = this.encoder.finish();
    this.encoder = null;
    this.device.queue.submit([commands]);
    this.slots = 0;
    this.touched.clear();
    this.submits++;
    this.storage.onSubmitted();
    const callbacks = this.onSubmit.splice(0);
    for (const fn of callbacks) fn();
  }

  /**
   * Starts timing every dispatch with timestamp queries (needs the
   * 'timestamp-query' feature). Profiling only: each dispatch gets its own
   * compute pass, which itself costs a little.
   */
  startProfile(): void {
    if (!this.device.features.has('timestamp-query')) throw new Error(`${this.state.name}: the device has no 'timestamp-query' feature`);
    this.flush();
    this.profiler = new Profiler(this.device, this.maxDispatches);
  }

  /** Stops profiling; resolves to each dispatch's label and GPU nanoseconds, in order. */
  async stopProfile(): Promise<{ label: string; ns: number }[]> {
    const p = this.profiler;
    if (!p) return [];
    this.flush();
    this.profiler = null;
    return p.results();
  }

  destroy(): void {
    this.pass = null;
    this.encoder = null;
    this.held = [];
    this.groups.clear();
    this.arena.destroy();
  }

  /** Finishes the current encoder into the held list with its uniforms (the arena is written just before its submit). */
  private park(): void {
    if (!this.encoder) return;
    this.pass?.end();
    this.pass = null;
    this.profiler?.resolve(this.encoder);
    const uniforms = this.slots > 0 ? this.arenaData.slice(0, this.slots * UNIFORM_WORDS) : null;
    this.held.push({ kind: 'batch', commands: this.encoder.finish(), uniforms });
    this.encoder = null;
    this.slots = 0;
    this.touched.clear();
  }

  /** The late writes landed: everything held goes to the queue in order. */
  private release(): void {
    const steps = this.held;
    this.held = [];
    for (const step of steps) {
      if (step.kind === 'batch') {
        if (step.uniforms) this.device.queue.writeBuffer(this.arena, 0, step.uniforms);
        this.device.queue.submit([step.commands]);
        this.submits++;
      } else if (step.data) {
        this.device.queue.writeBuffer(step.buffer, step.offset, step.data);
      }
    }
    // Buffers freed while holding were never handed out again, so they are reusable only now.
    this.storage.onSubmitted();
    for (const fn of this.onSubmit.splice(0)) fn();
  }

  private bufferId(buffer: GPUBuffer): number {
    let id = this.ids.get(buffer);
    if (id === undefined) {
      id = this.nextId++;
      this.ids.set(buffer, id);
    }
    return id;
  }

  private bindGroup(key: string, layout: GPUBindGroupLayout, buffers: readonly (GPUBuffer | null)[]): GPUBindGroup {
    const hit = this.groups.get(key);
    if (hit) return hit;
    const entries: GPUBindGroupEntry[] = [{ binding: 0, resource: { buffer: this.arena, offset: 0, size: UNIFORM_BYTES } }];
    buffers.forEach((buffer, k) => {
      if (buffer) entries.push({ binding: k + 1, resource: { buffer } });
    });
    const group = this.device.createBindGroup({ layout, entries });
    this.bindGroupsCreated++;
    if (this.groups.size >= BIND_GROUPS) this.groups.delete(this.groups.keys().next().value!);
    this.groups.set(key, group);
    return group;
  }

  private snapshot(buffer: GPUBuffer): GPUBuffer {
    const tmp = this.storage.acquire(buffer.size);
    this.copy(buffer, 0, tmp, 0, buffer.size);
    this.storage.releaseAfterSubmit(tmp);
    return tmp;
  }

  private plainEncoder(): GPUCommandEncoder {
    this.pass?.end();
    this.pass = null;
    this.encoder ??= this.device.createCommandEncoder();
    return this.encoder;
  }

  private profiledPass(call: DispatchCall): GPUComputePassEncoder {
    this.pass?.end();
    this.encoder ??= this.device.createCommandEncoder();
    this.pass = this.encoder.beginComputePass({ timestampWrites: this.profiler!.next(call) });
    return this.pass;
  }

  private computePass(): GPUComputePassEncoder {
    this.encoder ??= this.device.createCommandEncoder();
    this.pass ??= this.encoder.beginComputePass();
    return this.pass;
  }
}


/** Timestamp pairs around each dispatch of one batch, resolved and read back per submit. */
class Profiler {
  private readonly querySet: GPUQuerySet;
  private labels: string[] = [];
  private readonly batches: { labels: string[]; buffer: GPUBuffer; resolved: GPUBuffer }[] = [];

  constructor(private readonly device: GPUDevice, private readonly capacity: number) {
    this.querySet = device.createQuerySet({ type: 'timestamp', count: 2 * capacity });
  }

  next(call: DispatchCall): GPUComputePassTimestampWrites {
    const k = this.labels.length;
    if (k >= this.capacity) throw new Error('profiler: more dispatches than one batch holds');
    const op = call.defines?.['OP'];
    this.labels.push(`${call.shader}:${call.entry ?? 'main'}${op === undefined ? '' : ` ${String(op)}`} wg=${call.workgroups}`);
    return { querySet: this.querySet, beginningOfPassWriteIndex: 2 * k, endOfPassWriteIndex: 2 * k + 1 };
  }

  resolve(encoder: GPUCommandEncoder): void {
    const n = this.labels.length;
    if (n === 0) return;
    const U = GPUBufferUsage;
    const resolved = this.device.createBuffer({ size: 16 * n, usage: U.QUERY_RESOLVE | U.COPY_SRC });
    const buffer = this.device.createBuffer({ size: 16 * n, usage: U.MAP_READ | U.COPY_DST });
    encoder.resolveQuerySet(this.querySet, 0, 2 * n, resolved, 0);
    encoder.copyBufferToBuffer(resolved, 0, buffer, 0, 16 * n);
    this.batches.push({ labels: this.labels, buffer, resolved });
    this.labels = [];
  }

  async results(): Promise<{ label: string; ns: number }[]> {
    const out: { label: string; ns: number }[] = [];
    for (const { labels, buffer, resolved } of this.batches) {
      await buffer.mapAsync(GPUMapMode.READ);
      const t = new BigUint64Array(buffer.getMappedRange());
      labels.forEach((label, k) => out.push({ label, ns: Number(t[2 * k + 1]! - t[2 * k]!) }));
      buffer.destroy();
      resolved.destroy();
    }
    this.querySet.destroy();
    return out;
  }
}
