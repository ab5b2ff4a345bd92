import type { View } from './backend/backend.js';
import type { DType } from './dtype.js';
import { hostViewOf, isDType } from './dtype.js';
import { contiguousStrides, formatShape, isContiguous, numel } from './shape.js';
import { Storage } from './storage.js';
import { setTensorGuard, trackTensor, untrackTensor } from './memory.js';
import type { GradNode } from './autograd/node.js';
import type { BackwardOptions } from './autograd/backward.js';
import { runBackward } from './autograd/backward.js';
import * as ops from './ops/index.js';
import type { Scalar, TensorLike } from './ops/index.js';

export type NestedNumbers = number | boolean | readonly NestedNumbers[];

let nextId = 0;

/**
 * An n-dimensional array on one device, with autograd. Methods are thin
 * delegations to `src/ops/`; the data lives in a reference-counted Storage
 * shared with views.
 */
export class Tensor {
  readonly id = nextId++;
  requiresGrad = false;
  /** Accumulated gradient (leaf tensors), or null. */
  grad: Tensor | null = null;
  /** The tape entry that produced this tensor; null for leaves. */
  gradFn: GradNode | null = null;
  private disposedFlag = false;

  /** Holds the storage for the safety-net finalizer, which must not reference the tensor itself. */
  private readonly cell: { storage: Storage };

  /** Internal: use the creation functions (torch.tensor, zeros, ...). */
  constructor(
    storage: Storage,
    readonly shape: readonly number[],
    readonly strides: readonly number[],
    readonly offset: number,
    readonly dtype: DType,
  ) {
    const cell = { storage };
    this.cell = cell;
    // NOTE: the finalizer reads the cell, so after assign_ it frees the current storage.
    trackTensor(this, cell);
  }

  get storage(): Storage {
    return this.cell.storage;
  }

  set storage(next: Storage) {
    this.cell.storage = next;
  }

  /** Allocates a contiguous, uninitialised tensor on `storage`'s backend. */
  static fromStorage(storage: Storage, shape: readonly number[], dtype: DType): Tensor {
    return new Tensor(storage, [...shape], contiguousStrides(shape), 0, dtype);
  }

  get device(): string {
    return this.storage.backend.name;
  }

  get ndim(): number {
    return this.shape.length;
  }

  get isDisposed(): boolean {
    return this.disposedFlag;
  }

  /** True for tensors that are not the result of a recorded op. */
  get isLeaf(): boolean {
    return this.gradFn === null;
  }

  numel(): number {
    return numel(this.shape);
  }

  /** PyTorch's `size()`: the shape, or one dim of it. */
  size(): number[];
  size(dim: number): number;
  size(dim?: number): number[] | number {
    if (dim === undefined) return [...this.shape];
    const d = dim < 0 ? dim + this.ndim : dim;
    if (d < 0 || d >= this.ndim) throw new RangeError(`size: dim ${dim} out of range for shape ${formatShape(this.shape)}`);
    return this.shape[d]!;
  }

  isContiguous(): boolean {
    return isContiguous(this.shape, this.strides);
  }

  /** The strided window the backends read. Throws if the tensor was disposed or is still arriving. */
  view_(): View {
    this.assertUsable('read');
    return { buffer: this.storage.buffer, dtype: this.dtype, shape: this.shape, strides: this.strides, offset: this.offset };
  }

  assertUsable(op: string): void {
    if (this.disposedFlag) throw new Error(`${op}: tensor ${formatShape(this.shape)} on ${this.device} was disposed`);
    if (this.storage.released) throw new Error(`${op}: tensor ${formatShape(this.shape)} on ${this.device} has freed storage`);
    if (this.storage.pending) {
      throw new Error(`${op}: tensor ${formatShape(this.shape)} is still being copied to ${this.device}; await t.data() or use await t.toAsync(device)`);
    }
  }

  /** A new Tensor object over the same storage (no autograd link). */
  alias(): Tensor {
    if (this.disposedFlag) throw new Error(`alias: tensor ${formatShape(this.shape)} was disposed`);
    return new Tensor(this.storage.retain(), this.shape, this.strides, this.offset, this.dtype);
  }

  /** Frees this tensor's hold on its storage (views keep theirs) and its part of the autograd graph. */
  dispose(): void {
    if (this.disposedFlag) return;
    this.disposedFlag = true;
    untrackTensor(this);
    this.storage.release();
    // NOTE: gradFn stays set: later nodes reach the graph through this object.
    this.gradFn?.unref();
    this.grad?.dispose();
    this.grad = null;
  }

  /**
   * Replaces this tensor's contents with `value`'s (same shape), keeping the
   * object: how optimizers update parameters in place.
   */
  assign_(value: Tensor): this {
    ops.checkAssign(this, value);
    const next = value.isContiguous() && value.offset === 0 && value.dtype === this.dtype ? value.storage.retain() : ops.contiguousStorage(value, this.dtype);
    this.storage.release();
    this.storage = next;
    (this as { strides: readonly number[] }).strides = contiguousStrides(this.shape);
    (this as { offset: number }).offset = 0;
    return this;
  }

  // ---- reading values ----
  /** Copies the values to the host as a flat typed array (float32 -> Float32Array, int32/bool -> Int32Array). */
  async data(): Promise<Float32Array | Int32Array> {
    await this.storage.pending;
    const c = ops.contiguous(this);
    try {
      const bytes = await c.storage.backend.read(c.storage.buffer, c.offset * 4, c.numel() * 4);
      return hostViewOf(this.dtype, bytes);
    } finally {
      if (c !== this) c.dispose();
    }
  }

  /** Synchronous read; cpu tensors only. */
  dataSync(): Float32Array | Int32Array {
    const backend = this.storage.backend;
    if (!backend.readSync) {
      throw new Error(`dataSync: tensor is on ${this.device}, whose memory the main thread cannot see; reading it is asynchronous, use await t.data()`);
    }
    const c = ops.contiguous(this);
    try {
      return hostViewOf(this.dtype, backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
    } finally {
      if (c !== this) c.dispose();
    }
  }

  async item(): Promise<number | boolean> {
    if (this.numel() !== 1) throw new Error(`item: a Tensor with ${this.numel()} elements cannot be converted to a scalar`);
    const v = (await this.data())[0]!;
    return this.dtype === 'bool' ? v !== 0 : v;
  }

  async tolist(): Promise<NestedNumbers> {
    return ops.nest(await this.data(), this.shape, this.dtype);
  }

  toString(): string {
    return `Tensor(shape=${formatShape(this.shape)}, dtype=${this.dtype}, device=${this.device}${this.requiresGrad ? ', requiresGrad' : ''})`;
  }

  // ---- autograd ----
  backward(gradient?: Tensor, options: BackwardOptions = {}): void {
    runBackward(this, gradient, options);
  }

  requiresGrad_(requiresGrad = true): this {
    if (!requiresGrad && this.gradFn) throw new Error('requiresGrad_: you can only change requiresGrad of leaf tensors; use detach()');
    if (requiresGrad && this.dtype !== 'float32') throw new Error(`requiresGrad_: only float32 tensors can require gradients (got ${this.dtype})`);
    this.requiresGrad = requiresGrad;
    return this;
  }

  /** Same data, cut from the graph. */
  detach(): Tensor {
    return this.alias();
  }

  // ---- device and dtype ----
  /** Moves to a device ('cpu', 'webgpu', 'webgpu:N') or casts to a dtype. */
  to(target: string): Tensor {
    return isDType(target) ? ops.cast(this, target) : ops.toDevice(this, target);
  }

  /** Like `to(device)`, but resolves once the data has arrived. */
  async toAsync(device: string): Promise<Tensor> {
    const t = ops.toDevice(this, device);
    await t.storage.pending;
    return t;
  }

  cpu(): Tensor { return this.to('cpu'); }
  float(): Tensor { return ops.cast(this, 'float32'); }
  int(): Tensor { return ops.cast(this, 'int32'); }
  bool(): Tensor { return ops.cast(this, 'bool'); }
  clone(): Tensor { return ops.clone(this); }
  contiguous(): Tensor { return ops.contiguous(this); }

  // ---- elementwise ----
  add(other: TensorLike, options?: { alpha?: number }): Tensor { return ops.add(this, other, options); }
  sub(other: TensorLike, options?: { alpha?: number }): Tensor { return ops.sub(this, other, options); }
  mul(other: TensorLike): Tensor { return ops.mul(this, other); }
  div(other: TensorLike): Tensor { return ops.div(this, other); }
  pow(exponent: TensorLike): Tensor { return ops.pow(this, exponent); }
  maximum(other: TensorLike): Tensor { return ops.maximum(this, other); }
  minimum(other: TensorLike): Tensor { return ops.minimum(this, other); }
  eq(other: TensorLike): Tensor { return ops.eq(this, other); }
  ne(other: TensorLike): Tensor { return ops.ne(this, other); }
  lt(other: TensorLike): Tensor { return ops.lt(this, other); }
  le(other: TensorLike): Tensor { return ops.le(this, other); }
  gt(other: TensorLike): Tensor { return ops.gt(this, other); }
  ge(other: TensorLike): Tensor { return ops.ge(this, other); }
  neg(): Tensor { return ops.neg(this); }
  abs(): Tensor { return ops.abs(this); }
  exp(): Tensor { return ops.exp(this); }
  log(): Tensor { return ops.log(this); }
  sqrt(): Tensor { return ops.sqrt(this); }
  rsqrt(): Tensor { return ops.rsqrt(this); }
  sin(): Tensor { return ops.sin(this); }
  cos(): Tensor { return ops.cos(this); }
  tanh(): Tensor { return ops.tanh(this); }
  sigmoid(): Tensor { return ops.sigmoid(this); }
  relu(): Tensor { return ops.relu(this); }
  gelu(options?: { approximate?: 'none' | 'tanh' }): Tensor { return ops.gelu(this, options); }
  silu(): Tensor { return ops.silu(this); }
  square(): Tensor { return ops.square(this); }
  clamp(min?: number | null, max?: number | null): Tensor { return ops.clamp(this, min, max); }
  maskedFill(mask: Tensor, value: number): Tensor { return ops.maskedFill(this, mask, value); }
  where(condition: Tensor, other: TensorLike): Tensor { return ops.where(condition, this, other); }

  // ---- reductions ----
  sum(dim?: number | number[], keepdim?: boolean): Tensor { return ops.sum(this, dim, keepdim); }
  mean(dim?: number | number[], keepdim?: boolean): Tensor { return ops.mean(this, dim, keepdim); }
  prod(dim?: number, keepdim?: boolean): Tensor { return ops.prod(this, dim, keepdim); }
  max(): Tensor;
  max(dim: number, keepdim?: boolean): { values: Tensor; indices: Tensor };
  max(dim?: number, keepdim?: boolean): Tensor | { values: Tensor; indices: Tensor } {
    return dim === undefined ? ops.max(this) : ops.max(this, dim, keepdim);
  }
  min(): Tensor;
  min(dim: number, keepdim?: boolean): { values: Tensor; indices: Tensor };
  min(dim?: number, keepdim?: boolean): Tensor | { values: Tensor; indices: Tensor } {
    return dim === undefined ? ops.min(this) : ops.min(this, dim, keepdim);
  }
  argmax(dim?: number, keepdim?: boolean): Tensor { return ops.argmax(this, dim, keepdim); }
  argmin(dim?: number, keepdim?: boolean): Tensor { return ops.argmin(this, dim, keepdim); }
  var(dim?: number | number[], keepdim?: boolean, options?: { correction?: number }): Tensor { return ops.variance(this, dim, keepdim, options); }
  std(dim?: number | number[], keepdim?: boolean, options?: { correction?: number }): Tensor { return ops.std(this, dim, keepdim, options); }
  logsumexp(dim: number | number[], keepdim?: boolean): Tensor { return ops.logsumexp(this, dim, keepdim); }
  softmax(dim: number): Tensor { return ops.softmax(this, dim); }
  logSoftmax(dim: number): Tensor { return ops.logSoftmax(this, dim); }

  // ---- linear algebra ----
  matmul(other: Tensor): Tensor { return ops.matmul(this, other); }
  bmm(other: Tensor): Tensor { return ops.bmm(this, other); }

  // ---- views and shape ----
  reshape(shape: readonly number[]): Tensor { return ops.reshape(this, shape); }
  view(shape: readonly number[]): Tensor { return ops.view(this, shape); }
  transpose(dim0: number, dim1: number): Tensor { return ops.transpose(this, dim0, dim1); }
  t(): Tensor { return ops.t(this); }
  permute(dims: readonly number[]): Tensor { return ops.permute(this, dims); }
  flatten(startDim?: number, endDim?: number): Tensor { return ops.flatten(this, startDim, endDim); }
  squeeze(dim?: number): Tensor { return ops.squeeze(this, dim); }
  unsqueeze(dim: number): Tensor { return ops.unsqueeze(this, dim); }
  expand(shape: readonly number[]): Tensor { return ops.expand(this, shape); }
  expandAs(other: Tensor): Tensor { return ops.expand(this, other.shape); }
  narrow(dim: number, start: number, length: number): Tensor { return ops.narrow(this, dim, start, length); }
  slice(dim: number, start?: number, end?: number, step?: number): Tensor { return ops.slice(this, dim, start, end, step); }
  split(splitSize: number | number[], dim?: number): Tensor[] { return ops.split(this, splitSize, dim); }
  chunk(chunks: number, dim?: number): Tensor[] { return ops.chunk(this, chunks, dim); }

  tril(diagonal?: number): Tensor { return ops.tril(this, diagonal); }
  triu(diagonal?: number): Tensor { return ops.triu(this, diagonal); }
  cumsum(dim: number): Tensor { return ops.cumsum(this, dim); }
  topk(k: number, dim?: number, largest?: boolean, sorted?: boolean): ops.TopkResult { return ops.topk(this, k, dim, largest, sorted); }
  multinomial(numSamples: number, options?: ops.MultinomialOptions): Tensor { return ops.multinomial(this, numSamples, options); }

  // ---- indexing ----
  indexSelect(dim: number, index: Tensor): Tensor { return ops.indexSelect(this, dim, index); }
  gather(dim: number, index: Tensor): Tensor { return ops.gather(this, dim, index); }
  scatterAdd(dim: number, index: Tensor, src: Tensor): Tensor { return ops.scatterAdd(this, dim, index, src); }
}

setTensorGuard((v: unknown): v is Tensor => v instanceof Tensor);

export type { Scalar, TensorLike };
