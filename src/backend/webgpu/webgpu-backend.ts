import type {
  Backend, BackendBuffer, BinaryOp, Conv2dGeometry, DType, Operand, Pool2dGeometry,
  ReduceOp, UnaryOp, View,
} from '../backend.js';
import { BufferPool, sizeClass, WebGPUBuffer } from './buffers.js';
import { Commands } from './commands.js';
import { DeviceState } from './device-state.js';
import { PipelineCache } from './pipelines.js';
import { SHADER_SOURCES } from './shaders.gen.js';
import type { KernelContext } from './kernels/context.js';
import * as attention from './kernels/attention.js';
import * as conv from './kernels/conv.js';
import * as ew from './kernels/elementwise.js';
import * as idx from './kernels/indexing.js';
import { matmul, type MatmulKernel } from './kernels/matmul.js';
import * as pool from './kernels/pool.js';
import { reduce } from './kernels/reduce.js';
import { softmax } from './kernels/softmax.js';

export { openWebGPUBackends, type OpenWebGPUOptions } from './open.js';

export interface WebGPUAdapterInfo {
  vendor: string;
  architecture: string;
  description: string;
  /** Subgroup sizes the adapter may use (0 where it does not say). */
  subgroupMinSize?: number;
  subgroupMaxSize?: number;
}

export interface WebGPUBackendOptions {
  /** Dispatches recorded before an automatic submit (default 64). */
  maxDispatchesPerSubmit?: number;
  /** Lower the per-dimension workgroup limit so tests exercise the 2-D grid fold. */
  maxWorkgroupsPerDimension?: number;
  /** Shader sources (tests inject broken ones); defaults to the embedded wgsl/. */
  shaderSources?: Readonly<Record<string, string>>;
}

/** A Backend over one GPUDevice. Create with `openWebGPUBackends`. */
export class WebGPUBackend implements Backend, KernelContext {
  readonly kind = 'webgpu' as const;
  readonly commands: Commands;
  readonly features: ReadonlySet<string>;
  readonly limits: { maxStorageBufferBindingSize: number; maxBufferSize: number };
  readonly emulated: boolean;
  readonly subgroupSize: number;
  private readonly state: DeviceState;
  private readonly storage: BufferPool;
  private readonly staging: BufferPool;
  private readonly pipelines: PipelineCache;
  private liveBytes = 0;
  private destroyed = false;

  constructor(
    readonly name: string,
    readonly device: GPUDevice,
    readonly adapterInfo: WebGPUAdapterInfo,
    options: WebGPUBackendOptions = {},
  ) {
    this.state = new DeviceState(name, device);
    this.features = new Set(device.features);
    const info = `${adapterInfo.vendor} ${adapterInfo.architecture} ${adapterInfo.description}`;
    this.emulated = /swiftshader|llvmpipe|lavapipe|warp|basic render/i.test(info);
    const { subgroupMinSize = 0, subgroupMaxSize = 0 } = adapterInfo;
    this.subgroupSize = this.features.has('subgroups') && subgroupMinSize === subgroupMaxSize ? subgroupMinSize : 0;
    this.limits = {
      maxStorageBufferBindingSize: device.limits.maxStorageBufferBindingSize,
      maxBufferSize: device.limits.maxBufferSize,
    };
    const U = GPUBufferUsage;
    this.storage = new BufferPool(device, U.STORAGE | U.COPY_SRC | U.COPY_DST, `${name}:storage`);
    this.staging = new BufferPool(device, U.MAP_READ | U.COPY_DST, `${name}:staging`);
    this.pipelines = new PipelineCache(device, this.state, options.shaderSources ?? SHADER_SOURCES);
    this.commands = new Commands(device, this.state, this.pipelines, this.storage, options.maxDispatchesPerSubmit ?? 64, options.maxWorkgroupsPerDimension);
  }

  // ---- storage ----

  alloc(byteLength: number): BackendBuffer {
    this.state.check();
    if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`${this.name}: alloc of ${byteLength} bytes`);
    const limit = Math.min(this.limits.maxStorageBufferBindingSize, this.limits.maxBufferSize);
    if (byteLength > limit) {
      const which = this.limits.maxStorageBufferBindingSize <= this.limits.maxBufferSize ? 'maxStorageBufferBindingSize' : 'maxBufferSize';
      throw new Error(`${this.name}: cannot allocate a buffer of ${byteLength} bytes: exceeds the device's ${which} (${limit} bytes)`);
    }
    // Round the class down to a multiple of 4 at the limit so it stays bindable.
    const size = Math.min(sizeClass(byteLength), limit - (limit % 4));
    const buffer = new WebGPUBuffer(byteLength, this.storage.acquire(size), this.name);
    this.liveBytes += byteLength;
    return buffer;
  }

  free(buffer: BackendBuffer): void {
    const b = this.own(buffer);
    if (b.freed) return;
    b.freed = true;
    this.liveBytes -= b.byteLength;
    if (!this.destroyed) this.storage.releaseAfterSubmit(b.gpu);
  }

  write(buffer: BackendBuffer, data: ArrayBufferView, byteOffset = 0): void {
    this.state.check();
    const b = this.gpu(buffer);
    if (byteOffset % 4 !== 0) throw new Error(`${this.name}: write offset ${byteOffset} is not a multiple of 4`);
    if (byteOffset + data.byteLength > buffer.byteLength) {
      throw new Error(`${this.name}: write of ${data.byteLength} bytes at ${byteOffset} overflows a ${buffer.byteLength}-byte buffer`);
    }
    // NOTE: @webgpu/types wants an ArrayBuffer-backed view; a SharedArrayBuffer copies the same way.
    const bytes: Uint8Array<ArrayBuffer> = new Uint8Array(data.buffer as ArrayBuffer, data.byteOffset, data.byteLength);
    const padded = bytes.byteLength % 4 === 0 ? bytes : padTo4(bytes);
    // Behind a late write, in order (a copy: the caller may reuse its array at once).
    if (this.commands.late.holding) return this.commands.deferWrite(b, byteOffset, padded === bytes ? bytes.slice() : padded);
    // queue.writeBuffer runs before unsubmitted encoder work: submit first if that work uses this buffer.
    if (this.commands.touches(b)) this.commands.flush();
    this.device.queue.writeBuffer(b, byteOffset, padded);
  }

  writeLater(buffer: BackendBuffer, data: Promise<ArrayBuffer>): void {
    this.state.check();
    const b = this.gpu(buffer);
    const size = buffer.byteLength;
    this.commands.writeLater(b, data.then((bytes) => {
      if (bytes.byteLength > size) throw new Error(`${this.name}: write of ${bytes.byteLength} bytes at 0 overflows a ${size}-byte buffer`);
      const view = new Uint8Array(bytes);
      return view.byteLength % 4 === 0 ? view : padTo4(view);
    }));
  }

  /**
   * Waits until the copies into `staging` were submitted (a staging buffer may
   * be mapped only then: not while a late write holds the queue); rejects,
   * giving `staging` back, with a failed late write's error.
   */
  private async submittedInto(staging: GPUBuffer): Promise<void> {
    await this.commands.late.released();
    try {
      this.commands.late.takeFailure();
    } catch (e) {
      this.staging.release(staging);
      throw e;
    }
  }

  async read(buffer: BackendBuffer, byteOffset: number, byteLength: number): Promise<ArrayBuffer> {
    // NOTE: the copy is recorded before the first await, in program order: the caller may
    // free the buffer right after this call, and later kernels must not run before the copy.
    this.state.check();
    const b = this.gpu(buffer);
    if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > buffer.byteLength) {
      throw new Error(`${this.name}: read of ${byteLength} bytes at ${byteOffset} is outside a ${buffer.byteLength}-byte buffer`);
    }
    if (byteLength === 0) return new ArrayBuffer(0);
    // Copies must be 4-byte aligned: widen, then slice.
    const start = byteOffset - (byteOffset % 4);
    const end = Math.ceil((byteOffset + byteLength) / 4) * 4;
    const staging = this.staging.acquire(sizeClass(end - start));
    this.commands.copy(b, start, staging, 0, end - start);
    this.commands.flush();
    await this.submittedInto(staging);
    // Compile and validation errors of earlier work are still reported before the data.
    await this.state.settle();
    try {
      await staging.mapAsync(GPUMapMode.READ, 0, end - start);
    } catch (err) {
      await this.state.settle();
      throw new Error(`${this.name}: read failed: ${(err as Error).message}`);
    }
    const out = staging.getMappedRange(0, end - start).slice(byteOffset - start, byteOffset - start + byteLength);
    staging.unmap();
    this.staging.release(staging);
    await this.state.settle();
    return out;
  }

  /**
   * Several element-aligned ranges, end to end, through ONE staging buffer and
   * one mapAsync (DataParallel reads a gradient bucket this way): the copies
   * are recorded now, in program order, like `read`'s.
   */
  async readMany(parts: readonly { buffer: BackendBuffer; byteOffset: number; byteLength: number }[]): Promise<ArrayBuffer> {
    this.state.check();
    let total = 0;
    const sources = parts.map((p) => {
      const b = this.gpu(p.buffer);
      if (p.byteOffset < 0 || p.byteLength < 0 || p.byteOffset + p.byteLength > p.buffer.byteLength || p.byteOffset % 4 || p.byteLength % 4) {
        throw new Error(`${this.name}: readMany range of ${p.byteLength} bytes at ${p.byteOffset} is unaligned or outside a ${p.buffer.byteLength}-byte buffer`);
      }
      total += p.byteLength;
      return b;
    });
    if (total === 0) return new ArrayBuffer(0);
    const staging = this.staging.acquire(sizeClass(total));
    let at = 0;
    parts.forEach((p, i) => {
      if (p.byteLength > 0) this.commands.copy(sources[i]!, p.byteOffset, staging, at, p.byteLength);
      at += p.byteLength;
    });
    this.commands.flush();
    await this.submittedInto(staging);
    try {
      await staging.mapAsync(GPUMapMode.READ, 0, total);
    } catch (err) {
      // The device's own error (lost, validation) says more than mapAsync's.
      await this.state.settle();
      throw new Error(`${this.name}: read failed: ${(err as Error).message}`);
    }
    const out = staging.getMappedRange(0, total).slice(0);
    staging.unmap();
    this.staging.release(staging);
    return out;
  }

  bytesInUse(): number {
    return this.liveBytes;
  }

  flush(): void {
    this.state.check();
    this.commands.flush();
  }

  async sync(): Promise<void> {
    // Settle first so a compile error is reported with its shader's name.
    await this.state.settle();
    this.commands.flush();
    await this.commands.late.released();
    this.commands.late.takeFailure();
    await this.device.queue.onSubmittedWorkDone();
    await this.state.settle();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.state.markDestroyed();
    this.commands.destroy();
    this.storage.destroy();
    this.staging.destroy();
    this.device.destroy();
  }

  /** Pool and batching counters, for tests and the benchmark. */
  stats(): { bytesInUse: number; pooledBytes: number; pipelines: number; submits: number; dispatches: number; bindGroupsCreated: number } {
    return {
      bytesInUse: this.liveBytes,
      pooledBytes: this.storage.idleBytes(),
      pipelines: this.pipelines.size,
      submits: this.commands.submits,
      dispatches: this.commands.dispatches,
      bindGroupsCreated: this.commands.bindGroupsCreated,
    };
  }

  /** KernelContext: the live GPUBuffer behind a handle of this backend. */
  gpu(buffer: BackendBuffer): GPUBuffer {
    const b = this.own(buffer);
    if (b.freed) throw new Error(`${this.name}: buffer used after free`);
    return b.gpu;
  }

  scratch(byteLength: number): BackendBuffer {
    // NOTE: safe to recycle after the next submit for the same reason as `free`:
    // a later write() to it first submits the work that reads it.
    const gpu = this.storage.acquire(sizeClass(byteLength));
    this.storage.releaseAfterSubmit(gpu);
    return new WebGPUBuffer(byteLength, gpu, this.name);
  }

  private own(buffer: BackendBuffer): WebGPUBuffer {
    if (!(buffer instanceof WebGPUBuffer) || buffer.owner !== this.name) {
      const owner = buffer instanceof WebGPUBuffer ? buffer.owner : 'another backend';
      throw new Error(`${this.name}: buffer belongs to ${owner}`);
    }
    return buffer;
  }

  // ---- kernels ----

  fill(out: BackendBuffer, count: number, value: number, dtype: DType): void {
    this.state.check();
    ew.fill(this, out, count, value, dtype);
  }

  copy(out: BackendBuffer, a: View, outDtype: DType): void {
    this.state.check();
    ew.copy(this, out, a, outDtype);
  }

  unary(op: UnaryOp, out: BackendBuffer, a: View): void {
    this.state.check();
    ew.unary(this, op, out, a);
  }

  binary(op: BinaryOp, out: BackendBuffer, shape: readonly number[], a: Operand, b: Operand, dtype: DType): void {
    this.state.check();
    ew.binary(this, op, out, shape, a, b, dtype);
  }

  where(out: BackendBuffer, shape: readonly number[], cond: View, a: Operand, b: Operand, dtype: DType): void {
    this.state.check();
    ew.where(this, out, shape, cond, a, b, dtype);
  }

  clamp(out: BackendBuffer, a: View, lo: number, hi: number): void {
    this.state.check();
    ew.clamp(this, out, a, lo, hi);
  }

  reduce(op: ReduceOp, out: BackendBuffer, a: View, outer: number, reduced: number, inner: number): void {
    this.state.check();
    reduce(this, op, out, a, outer, reduced, inner);
  }

  softmax(out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
    this.state.check();
    softmax(this, out, a, rows, cols, log);
  }

  attention(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean): boolean {
    this.state.check();
    return attention.attentionForward(this, out, lse, q, k, v, scale, causal);
  }

  attentionBackward(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean,
  ): boolean {
    return this.attentionGrads(dq, dk, dv, q, k, v, out, dout, lse, null, scale, causal);
  }

  attentionBiased(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, bias: View, scale: number, causal: boolean): boolean {
    this.state.check();
    return attention.attentionForward(this, out, lse, q, k, v, scale, causal, bias);
  }

  attentionBiasedBackward(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, bias: View, scale: number, causal: boolean,
  ): boolean {
    return this.attentionGrads(dq, dk, dv, q, k, v, out, dout, lse, bias, scale, causal);
  }

  private attentionGrads(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, bias: View | null, scale: number, causal: boolean,
  ): boolean {
    this.state.check();
    // Per query row: row max, log-denominator and dout·out, written by the first backward pass and read by the other two.
    const stats = this.alloc(Math.max(3 * q.shape[0]! * q.shape[1]!, 1) * 4);
    try {
      return attention.attentionBackward(this, stats, dq, dk, dv, q, k, v, out, dout, lse, scale, causal, bias);
    } finally {
      this.free(stats);
    }
  }

  /** True when the device was opened with 'shader-f16' (autocast still runs float32: no f16 kernels yet). */
  supportsFloat16(): boolean {
    return this.features.has('shader-f16');
  }

  matmul(out: BackendBuffer, a: View, b: View): void {
    this.state.check();
    matmul(this, out, a, b);
  }

  /** matmul with a forced kernel, for tests and the benchmark ('naive' is the baseline). */
  matmulWith(kernel: MatmulKernel, out: BackendBuffer, a: View, b: View): void {
    this.state.check();
    matmul(this, out, a, b, kernel);
  }

  indexSelect(out: BackendBuffer, a: View, index: View, outer: number, n: number, inner: number, m: number): void {
    this.state.check();
    idx.indexSelect(this, out, a, index, outer, n, inner, m);
  }

  indexAdd(target: BackendBuffer, src: View, index: View, outer: number, n: number, inner: number, m: number): void {
    this.state.check();
    idx.indexAdd(this, target, src, index, outer, n, inner, m);
  }

  gather(out: BackendBuffer, a: View, dim: number, index: View): void {
    this.state.check();
    idx.gather(this, out, a, dim, index);
  }

  scatterAdd(target: BackendBuffer, targetShape: readonly number[], dim: number, index: View, src: View): void {
    this.state.check();
    idx.scatterAdd(this, target, targetShape, dim, index, src);
  }

  im2col(cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
    this.state.check();
    conv.im2col(this, cols, x, g);
  }

  col2im(x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
    this.state.check();
    conv.col2im(this, x, cols, g);
  }

  maxPool2d(out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void {
    this.state.check();
    pool.maxPool2d(this, out, indices, x, g);
  }

  maxPool2dBackward(gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void {
    this.state.check();
    pool.maxPool2dBackward(this, gradIn, gradOut, indices, g);
  }

  avgPool2d(out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    this.state.check();
    pool.avgPool2d(this, out, x, g, countIncludePad);
  }

  avgPool2dBackward(gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    this.state.check();
    pool.avgPool2dBackward(this, gradIn, gradOut, g, countIncludePad);
  }
}

function padTo4(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const padded = new Uint8Array(Math.ceil(bytes.byteLength / 4) * 4);
  padded.set(bytes);
  return padded;
}
