import type {
  Backend, BackendBuffer, BinaryOp, Conv2dGeometry, DType, Operand, Pool2dGeometry, ReduceOp, SgdHyper, UnaryOp, View,
} from '../backend.js';
import { Allocator } from './allocator.js';
import { FUSED_ATTENTION_MIN_BYTES, usesBatchedConv, usesDirectConv, usesDirectInputGrad } from './choices.js';
import { collapseDims as collapse, contiguousStrides, numel } from '../layout.js';
import {
  BINARY_CODES, CONVERT_COPY, CONVERT_F32_BOOL, CONVERT_F32_I32, CONVERT_I32_BOOL, CONVERT_I32_F32,
  INT_UNARY, REDUCE_CODES, SGD_FIRST, SGD_MAXIMIZE, SGD_MOMENTUM, SGD_NESTEROV, UNARY_CODES,
} from './opcodes.js';
import { CpuThreads, MACS_PER_ELEMENT, splitRange, type Threading, type ThreadKernel } from './cpu-threads.js';
import { openKernels } from './open-kernels.js';
import type { KernelExports } from './wasm.js';

/** A block of wasm linear memory. */
export class CpuBuffer implements BackendBuffer {
  freed = false;
  constructor(readonly ptr: number, readonly byteLength: number) {}
}

/** Must match MAX_RANK in assembly/elementwise.ts. */
const MAX_RANK = 32;
const SCRATCH_SLOTS = 8;
const SLOT_BYTES = MAX_RANK * 4;

function isView(x: Operand): x is View {
  return typeof x !== 'number';
}

function fmtShape(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

function convertMode(from: DType, to: DType): number {
  if (from === 'float32') {
    if (to === 'float32') return CONVERT_COPY;
    return to === 'int32' ? CONVERT_F32_I32 : CONVERT_F32_BOOL;
  }
  if (to === 'float32') return CONVERT_I32_F32;
  if (to === 'bool' && from === 'int32') return CONVERT_I32_BOOL;
  return CONVERT_COPY;
}

function clampToI32(x: number): number {
  if (Number.isNaN(x)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(x)));
}

/** A JS number as the 32-bit word a buffer of `dtype` stores. */
function scalarBits(x: number, dtype: DType): number {
  if (dtype === 'float32') return new Int32Array(new Float32Array([x]).buffer)[0]!;
  if (dtype === 'bool') return x !== 0 ? 1 : 0;
  return clampToI32(x);
}

/** Bytes of one image of a conv/pool geometry: its input, output (per channel plane as the pool kernels), or im2col columns. */
function imageBytes(g: Conv2dGeometry, what: 'in' | 'out' | 'cols'): number {
  if (what === 'in') return g.channels * g.height * g.width * 4;
  if (what === 'out') return g.channels * g.outH * g.outW * 4;
  return g.channels * g.kernelH * g.kernelW * g.outH * g.outW * 4;
}

/** Geometry as the i32 array the conv/pool kernels read (order matters: see assembly/conv.ts). */
function geometryArray(g: Conv2dGeometry): number[] {
  return [g.batch, g.channels, g.height, g.width, g.kernelH, g.kernelW, g.strideH, g.strideW,
    g.padH, g.padW, g.dilationH, g.dilationW, g.outH, g.outW];
}

/**
 * The WebAssembly (SIMD) backend: one linear memory, TS-side allocation,
 * kernels from assembly/*.ts. Work runs synchronously inside each call.
 */
export class CpuBackend implements Backend {
  readonly name = 'cpu';
  readonly kind = 'cpu' as const;
  private readonly allocator: Allocator;
  private readonly scratch: number;
  /** Intra-op threads: one, or a pool over shared memory (see cpu-threads.ts). */
  readonly threads: CpuThreads;
  private inUse = 0;
  private destroyed = false;
  /** See FUSED_ATTENTION_MIN_BYTES. Tests set 0. */
  fusedAttentionMinBytes = FUSED_ATTENTION_MIN_BYTES;

  /** With `threading` (kernels built for shared memory) kernels split over helper threads; else one thread, for `threadsUnavailable`'s reason. */
  constructor(private readonly k: KernelExports, threading?: Threading, threadsUnavailable?: string) {
    this.allocator = new Allocator(k.memory, k.heap_base());
    this.scratch = this.allocator.alloc(SCRATCH_SLOTS * SLOT_BYTES);
    this.threads = new CpuThreads(k, (bytes) => this.allocator.alloc(bytes), threading,
      threading ? undefined : threadsUnavailable ?? 'this cpu backend was created without shared memory');
  }

  // ---------------------------------------------------------------- storage

  alloc(byteLength: number): CpuBuffer {
    this.checkAlive('alloc');
    if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`cpu alloc: bad byteLength ${byteLength}`);
    const ptr = this.allocator.alloc(Math.max(byteLength, 16));
    this.inUse += byteLength;
    return new CpuBuffer(ptr, byteLength);
  }

  free(buffer: BackendBuffer): void {
    const b = this.buf(buffer, 'free');
    if (b.freed) throw new Error(`cpu free: buffer at ${b.ptr} (${b.byteLength} bytes) was already freed`);
    b.freed = true;
    this.inUse -= b.byteLength;
    this.allocator.free(b.ptr, Math.max(b.byteLength, 16));
  }

  write(buffer: BackendBuffer, data: ArrayBufferView, byteOffset = 0): void {
    const b = this.live(buffer, 'write');
    if (byteOffset < 0 || byteOffset + data.byteLength > b.byteLength) {
      throw new Error(`cpu write: ${data.byteLength} bytes at offset ${byteOffset} overflow a ${b.byteLength}-byte buffer`);
    }
    const src = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    new Uint8Array(this.k.memory.buffer, b.ptr + byteOffset, data.byteLength).set(src);
  }

  read(buffer: BackendBuffer, byteOffset: number, byteLength: number): Promise<ArrayBuffer> {
    try {
      return Promise.resolve(this.readSync(buffer, byteOffset, byteLength));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  readSync(buffer: BackendBuffer, byteOffset: number, byteLength: number): ArrayBuffer {
    const b = this.live(buffer, 'read');
    if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > b.byteLength) {
      throw new Error(`cpu read: ${byteLength} bytes at offset ${byteOffset} overflow a ${b.byteLength}-byte buffer`);
    }
    // NOTE: not memory.buffer.slice: over a shared memory that gives a SharedArrayBuffer.
    const out = new ArrayBuffer(byteLength);
    new Uint8Array(out).set(new Uint8Array(this.k.memory.buffer, b.ptr + byteOffset, byteLength));
    return out;
  }

  bytesInUse(): number {
    return this.inUse;
  }

  sync(): Promise<void> {
    return Promise.resolve();
  }

  destroy(): void {
    this.destroyed = true;
    this.threads.release();
  }

  describe(): string {
    return this.threads.describe();
  }

  releaseThreads(): void {
    this.threads.release();
  }

  fill(out: BackendBuffer, count: number, value: number, dtype: DType): void {
    const o = this.live(out, 'fill');
    if (count * 4 > o.byteLength) throw new Error(`cpu fill: ${count} elements overflow a ${o.byteLength}-byte buffer`);
    if (count > 0) this.k.fill_32(o.ptr, count, scalarBits(value, dtype));
  }

  sgdStep(param: BackendBuffer, grad: BackendBuffer, momentumBuffer: BackendBuffer | null, n: number, h: SgdHyper): void {
    const p = this.live(param, 'sgdStep'), g = this.live(grad, 'sgdStep');
    const b = momentumBuffer ? this.live(momentumBuffer, 'sgdStep') : null;
    for (const [name, buf] of [['param', p], ['grad', g], ['momentum buffer', b]] as const) {
      if (buf && n * 4 > buf.byteLength) throw new Error(`cpu sgdStep: ${n} elements overflow the ${buf.byteLength}-byte ${name}`);
    }
    const flags = (b ? SGD_MOMENTUM : 0) | (h.first ? SGD_FIRST : 0) | (h.nesterov ? SGD_NESTEROV : 0) | (h.maximize ? SGD_MAXIMIZE : 0);
    if (n > 0) this.k.sgd_f32(p.ptr, g.ptr, b ? b.ptr : 0, n, h.lr, h.momentum, 1 - h.dampening, h.weightDecay, flags);
  }

  // ---------------------------------------------------------------- elementwise

  copy(out: BackendBuffer, a: View, outDtype: DType): void {
    const o = this.live(out, 'copy');
    const mode = convertMode(a.dtype, outDtype);
    this.elementwise('copy', 'convert', o, a.shape, [a], (p) => [mode, p.out, p.ptrs[0]!, p.shape, p.strides[0]!, p.rank]);
  }

  unary(op: UnaryOp, out: BackendBuffer, a: View): void {
    const o = this.live(out, `unary ${op}`);
    const code = UNARY_CODES[op];
    const isFloat = a.dtype === 'float32';
    if (!isFloat && !INT_UNARY.has(op)) {
      throw new Error(`cpu unary ${op}: not defined for ${a.dtype} (shape ${fmtShape(a.shape)})`);
    }
    if (a.dtype === 'bool' && op !== 'logical_not') {
      throw new Error(`cpu unary ${op}: not defined for bool (shape ${fmtShape(a.shape)})`);
    }
    this.elementwise(`unary ${op}`, isFloat ? 'unary_f32' : 'unary_i32', o, a.shape, [a],
      (p) => [code, p.out, p.ptrs[0]!, p.shape, p.strides[0]!, p.rank]);
  }

  binary(op: BinaryOp, out: BackendBuffer, shape: readonly number[], a: Operand, b: Operand, dtype: DType): void {
    const name = `binary ${op}`;
    const o = this.live(out, name);
    if (dtype !== 'float32' && (op === 'pow' || op === 'relu_backward')) throw new Error(`cpu ${name}: ${dtype} ${op} is not supported (shape ${fmtShape(shape)})`);
    const code = BINARY_CODES[op];
    const isFloat = dtype === 'float32';
    const scalar = (x: Operand): number => (isView(x) ? 0 : isFloat ? x : clampToI32(x));
    const [xa, xb] = [scalar(a), scalar(b)];
    this.elementwise(name, isFloat ? 'binary_f32' : 'binary_i32', o, shape, [a, b],
      (p) => [code, p.out, p.ptrs[0]!, p.ptrs[1]!, xa, xb, p.shape, p.strides[0]!, p.strides[1]!, p.rank]);
  }

  where(out: BackendBuffer, shape: readonly number[], cond: View, a: Operand, b: Operand, dtype: DType): void {
    const o = this.live(out, 'where');
    const bits = (x: Operand): number => (isView(x) ? 0 : scalarBits(x, dtype));
    const [xa, xb] = [bits(a), bits(b)];
    this.elementwise('where', 'where_32', o, shape, [cond, a, b], (p) =>
      [p.out, p.ptrs[0]!, p.ptrs[1]!, p.ptrs[2]!, xa, xb, p.shape, p.strides[0]!, p.strides[1]!, p.strides[2]!, p.rank]);
  }

  clamp(out: BackendBuffer, a: View, lo: number, hi: number): void {
    const o = this.live(out, 'clamp');
    const isFloat = a.dtype === 'float32';
    const [l, h] = isFloat ? [lo, hi] : [clampToI32(lo), clampToI32(hi)];
    this.elementwise('clamp', isFloat ? 'clamp_f32' : 'clamp_i32', o, a.shape, [a],
      (p) => [p.out, p.ptrs[0]!, l, h, p.shape, p.strides[0]!, p.rank]);
  }

  // ---------------------------------------------------------------- reductions

  reduce(op: ReduceOp, out: BackendBuffer, a: View, outer: number, reduced: number, inner: number): void {
    const name = `reduce ${op}`;
    const o = this.live(out, name);
    const pa = this.addr(a, name);
    this.checkElems(name, a, outer * reduced * inner);
    const outElems = outer * inner;
    if (outElems * 4 > o.byteLength) throw new Error(`cpu ${name}: output holds ${o.byteLength / 4} elements, need ${outElems}`);
    if (outElems === 0) return;
    const code = REDUCE_CODES[op];
    const kernel = a.dtype === 'float32' ? 'reduce_f32' : 'reduce_i32';
    // Each output reduces its own elements in the same order whatever the split: by outer
    // index, or (one outer row, as a sum over dim 0) by bands of columns starting at multiples
    // of 4, so every column keeps its SIMD lane path.
    if (outer === 1 && inner >= 8) {
      const bands = splitRange(inner, this.threads.partsFor(reduced * inner), 4);
      this.threads.run(kernel, bands.map((r) => [code, o.ptr + r.start * 4, pa + r.start * 4, 1, reduced, r.count, inner]));
      return;
    }
    this.threads.byRows(kernel, outer, reduced * inner,
      (r) => [code, o.ptr + r.start * inner * 4, pa + r.start * reduced * inner * 4, r.count, reduced, inner, inner]);
  }

  softmax(out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
    const name = log ? 'logSoftmax' : 'softmax';
    const o = this.live(out, name);
    const pa = this.addr(a, name);
    this.checkElems(name, a, rows * cols);
    if (a.dtype !== 'float32') throw new Error(`cpu ${name}: needs float32, got ${a.dtype}`);
    this.threads.byRows('softmax_f32', rows, cols,
      (r) => [o.ptr + r.start * cols * 4, pa + r.start * cols * 4, r.count, cols, log ? 1 : 0]);
  }

  // ---------------------------------------------------------------- matmul

  matmul(out: BackendBuffer, a: View, b: View): void {
    this.runMatmul('matmul', out, a, b, false);
  }

  matmulSumBatch(out: BackendBuffer, a: View, b: View): void {
    this.runMatmul('matmulSumBatch', out, a, b, true);
  }

  private runMatmul(name: string, out: BackendBuffer, a: View, b: View, sumBatch: boolean): void {
    const o = this.live(out, name);
    if (a.shape.length !== 3 || b.shape.length !== 3) {
      throw new Error(`cpu ${name}: needs 3-D views, got ${fmtShape(a.shape)} and ${fmtShape(b.shape)}`);
    }
    const [batch, m, k] = a.shape as [number, number, number];
    const [batchB, kb, n] = b.shape as [number, number, number];
    if (batch !== batchB || k !== kb) {
      throw new Error(`cpu ${name}: shapes ${fmtShape(a.shape)} and ${fmtShape(b.shape)} cannot be multiplied`);
    }
    if (a.dtype !== 'float32' || b.dtype !== 'float32') throw new Error(`cpu ${name}: needs float32, got ${a.dtype} and ${b.dtype}`);
    const outBatch = sumBatch ? 1 : batch;
    if (outBatch * m * n * 4 > o.byteLength) throw new Error(`cpu ${name}: output too small for [${outBatch}, ${m}, ${n}]`);
    if (m * n === 0) return;
    if (batch === 0) {
      // An empty sum is zero; an empty batch has no output.
      if (sumBatch) this.k.fill_32(o.ptr, m * n, 0);
      return;
    }
    this.threads.matmul(o.ptr, this.addr(a, name), this.addr(b, name), batch, m, n, k, a.strides, b.strides, sumBatch);
  }

  // ---------------------------------------------------------------- indexing

  indexSelect(out: BackendBuffer, a: View, index: View, outer: number, n: number, inner: number, m: number): void {
    const o = this.live(out, 'indexSelect');
    this.checkElems('indexSelect', a, outer * n * inner);
    if (outer * m * inner === 0) return;
    this.k.index_select_32(o.ptr, this.addr(a, 'indexSelect'), this.addr(index, 'indexSelect'), outer, n, inner, m);
  }

  indexAdd(target: BackendBuffer, src: View, index: View, outer: number, n: number, inner: number, m: number): void {
    const t = this.live(target, 'indexAdd');
    this.checkElems('indexAdd', src, outer * m * inner);
    if (outer * m * inner === 0) return;
    const ps = this.addr(src, 'indexAdd');
    const pi = this.addr(index, 'indexAdd');
    if (src.dtype === 'float32') this.k.index_add_f32(t.ptr, ps, pi, outer, n, inner, m);
    else this.k.index_add_i32(t.ptr, ps, pi, outer, n, inner, m);
  }

  gather(out: BackendBuffer, a: View, dim: number, index: View): void {
    const o = this.live(out, 'gather');
    if (index.shape.length !== a.shape.length) {
      throw new Error(`cpu gather: index ${fmtShape(index.shape)} and input ${fmtShape(a.shape)} differ in rank`);
    }
    if (numel(index.shape) === 0) return;
    const pa = this.addr(a, 'gather');
    const pi = this.addr(index, 'gather');
    const rank = index.shape.length;
    const [shape, strides] = this.writeArgs('gather', [index.shape, contiguousStrides(a.shape)]);
    this.k.gather_32(o.ptr, pa, pi, shape!, strides!, rank, dim);
  }

  scatterAdd(target: BackendBuffer, targetShape: readonly number[], dim: number, index: View, src: View): void {
    const t = this.live(target, 'scatterAdd');
    if (index.shape.length !== targetShape.length) {
      throw new Error(`cpu scatterAdd: index ${fmtShape(index.shape)} and target ${fmtShape(targetShape)} differ in rank`);
    }
    if (numel(index.shape) === 0) return;
    const ps = this.addr(src, 'scatterAdd');
    const pi = this.addr(index, 'scatterAdd');
    const rank = index.shape.length;
    const [shape, strides] = this.writeArgs('scatterAdd', [index.shape, contiguousStrides(targetShape)]);
    if (src.dtype === 'float32') this.k.scatter_add_f32(t.ptr, ps, pi, shape!, strides!, rank, dim);
    else this.k.scatter_add_i32(t.ptr, ps, pi, shape!, strides!, rank, dim);
  }

  // ---------------------------------------------------------------- conv / pool

  // Conv and pool kernels split over threads by image: per-image byte sizes
  // give each part's pointers, and its geometry says batch = its image count.

  im2col(cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
    const c = this.live(cols, 'im2col');
    const px = this.addr(x, 'im2col');
    const [colBytes, xBytes] = [imageBytes(g, 'cols'), imageBytes(g, 'in')];
    this.threads.byBatch('im2col_f32', geometryArray(g), colBytes / 4, (r, geo) => [c.ptr + r.start * colBytes, px + r.start * xBytes, geo]);
  }

  col2im(x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
    const o = this.live(x, 'col2im');
    const pc = this.addr(cols, 'col2im');
    const [colBytes, xBytes] = [imageBytes(g, 'cols'), imageBytes(g, 'in')];
    this.threads.byBatch('col2im_f32', geometryArray(g), colBytes / 4, (r, geo) => [o.ptr + r.start * xBytes, pc + r.start * colBytes, geo]);
  }

  conv2dDirect(out: BackendBuffer, x: View, weight: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectConv(g)) return false;
    const o = this.live(out, 'conv2dDirect');
    if (g.batch * outC * g.outH * g.outW * 4 > o.byteLength) throw new Error(`cpu conv2dDirect: output too small for [${g.batch}, ${outC}, ${g.outH}, ${g.outW}]`);
    this.runDirectConv(o, this.addr(x, 'conv2dDirect'), this.addr(weight, 'conv2dDirect'), outC, g, usesBatchedConv(g) ? 'forward' : 'rows');
    return true;
  }

  conv2dInputGrad(gradX: BackendBuffer, gradOut: View, weight: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectInputGrad(g, outC)) return false;
    const o = this.live(gradX, 'conv2dInputGrad');
    if (g.batch * g.channels * g.height * g.width * 4 > o.byteLength) throw new Error(`cpu conv2dInputGrad: output too small for [${g.batch}, ${g.channels}, ${g.height}, ${g.width}]`);
    // dX = dY convolved with the flipped, in/out-transposed kernel, padding k-1-p (stride 1)
    const t: Conv2dGeometry = {
      ...g, channels: outC, height: g.outH, width: g.outW, padH: g.kernelH - 1 - g.padH, padW: g.kernelW - 1 - g.padW,
      outH: g.height, outW: g.width,
    };
    this.runDirectConv(o, this.addr(gradOut, 'conv2dInputGrad'), this.addr(weight, 'conv2dInputGrad'), g.channels, t, 'inputGrad');
    return true;
  }

  conv2dWeightGrad(gradW: BackendBuffer, x: View, gradOut: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectConv(g)) return false;
    const o = this.live(gradW, 'conv2dWeightGrad');
    const taps = g.channels * g.kernelH * g.kernelW;
    if (outC * taps * 4 > o.byteLength) throw new Error(`cpu conv2dWeightGrad: output too small for [${outC}, ${g.channels}, ${g.kernelH}, ${g.kernelW}]`);
    const [px, pdy] = [this.addr(x, 'conv2dWeightGrad'), this.addr(gradOut, 'conv2dWeightGrad')];
    // Both phases only read the geometry: one slot serves every part.
    const g32 = this.threads.writeSlot(0, 0, geometryArray(g));
    const bytes = this.k.conv2d_weight_grad_scratch_bytes(g32, outC);
    const scratch = this.allocator.alloc(bytes);
    try {
      // Pack x and dy once, split over blocks of 8 images (each block's bytes its own; the
      // scratch is all blocks, so a block's work is its share of the scratch).
      const blocks8 = Math.ceil(g.batch / 8);
      this.threads.byRows('conv2d_weight_grad_pack_f32', blocks8, bytes / 4 / blocks8, (r) => [px, pdy, g32, outC, r.start, r.start + r.count, scratch]);
      // Then split over units (4 output channels x 2 taps), all equal work: a split over
      // the batch would change the order of each entry's sum.
      const units = Math.ceil(outC / 4) * Math.ceil(taps / 2);
      this.threads.byRows('conv2d_weight_grad_f32', units, (4 * 2 * 8 * blocks8 * g.outH * g.outW) / MACS_PER_ELEMENT,
        (r) => [o.ptr, g32, outC, r.start, r.start + r.count, scratch]);
    } finally {
      this.allocator.free(scratch, bytes);
    }
    return true;
  }

  /**
   * Runs a direct conv kernel split by image: 'rows' (conv2d_direct_f32,
   * vectorised along output rows) or the batched one, as a forward conv or
   * reading the weight flipped and transposed (an input gradient). Each part
   * packs its own images and weights into its own scratch; batched parts
   * start at multiples of 8 images so every part fills its lanes.
   */
  private runDirectConv(o: CpuBuffer, px: number, pw: number, outC: number, g: Conv2dGeometry, kind: 'rows' | 'forward' | 'inputGrad'): void {
    const xBytes = imageBytes(g, 'in');
    const outBytes = outC * g.outH * g.outW * 4;
    const scratch: [number, number][] = [];
    const rows = kind === 'rows';
    try {
      this.threads.byBatch(rows ? 'conv2d_direct_f32' : 'conv2d_batched_f32', geometryArray(g), ((outBytes / 4) * g.channels * g.kernelH * g.kernelW) / MACS_PER_ELEMENT, (r, geo) => {
        const bytes = rows ? this.k.conv2d_direct_scratch_bytes(geo, outC) : this.k.conv2d_batched_scratch_bytes(geo, outC);
        scratch.push([this.allocator.alloc(bytes), bytes]);
        const args = [o.ptr + r.start * outBytes, px + r.start * xBytes, pw, geo, outC, scratch.at(-1)![0]];
        return rows ? args : [...args, kind === 'inputGrad' ? 1 : 0];
      }, rows ? 1 : 8);
    } finally {
      for (const [ptr, bytes] of scratch) this.allocator.free(ptr, bytes);
    }
  }

  maxPool2d(out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void {
    const o = this.live(out, 'maxPool2d');
    const idx = this.live(indices, 'maxPool2d');
    const px = this.addr(x, 'maxPool2d');
    const [inB, outB] = [imageBytes(g, 'in'), imageBytes(g, 'out')];
    this.threads.byBatch('maxpool2d_f32', geometryArray(g), (outB / 4) * g.kernelH * g.kernelW,
      (r, geo) => [o.ptr + r.start * outB, idx.ptr + r.start * outB, px + r.start * inB, geo]);
  }

  maxPool2dBackward(gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void {
    const gi = this.live(gradIn, 'maxPool2dBackward');
    const [pg, pi] = [this.addr(gradOut, 'maxPool2dBackward'), this.addr(indices, 'maxPool2dBackward')];
    const [inB, outB] = [imageBytes(g, 'in'), imageBytes(g, 'out')];
    this.threads.byBatch('maxpool2d_backward_f32', geometryArray(g), inB / 4,
      (r, geo) => [gi.ptr + r.start * inB, pg + r.start * outB, pi + r.start * outB, geo]);
  }

  avgPool2d(out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    const o = this.live(out, 'avgPool2d');
    const px = this.addr(x, 'avgPool2d');
    const [inB, outB] = [imageBytes(g, 'in'), imageBytes(g, 'out')];
    this.threads.byBatch('avgpool2d_f32', geometryArray(g), (outB / 4) * g.kernelH * g.kernelW,
      (r, geo) => [o.ptr + r.start * outB, px + r.start * inB, geo, countIncludePad ? 1 : 0]);
  }

  avgPool2dBackward(gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    const gi = this.live(gradIn, 'avgPool2dBackward');
    const pg = this.addr(gradOut, 'avgPool2dBackward');
    const [inB, outB] = [imageBytes(g, 'in'), imageBytes(g, 'out')];
    this.threads.byBatch('avgpool2d_backward_f32', geometryArray(g), (outB / 4) * g.kernelH * g.kernelW,
      (r, geo) => [gi.ptr + r.start * inB, pg + r.start * outB, geo, countIncludePad ? 1 : 0]);
  }

  // ---------------------------------------------------------------- attention

  attention(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean): boolean {
    const [B, L, E, S, Ev] = attentionDims('attention', q, k, v);
    if (B * L * S * 4 < this.fusedAttentionMinBytes) return false;
    const o = this.live(out, 'attention');
    const m = this.live(lse, 'attention');
    if (B * L * Ev * 4 > o.byteLength || B * L * 4 > m.byteLength) throw new Error(`cpu attention: outputs too small for [${B}, ${L}, ${Ev}]`);
    if (B * L === 0) return true;
    // One S-long row of scores at a time: O(S) scratch, not O(L * S).
    const scratchBytes = Math.max(S * 4, 16);
    const scratch = this.allocator.alloc(scratchBytes);
    try {
      this.k.attention_f32(o.ptr, m.ptr, this.addr(q, 'attention'), this.addr(k, 'attention'), this.addr(v, 'attention'), B, L, S, E, Ev, scale, causal ? 1 : 0, scratch);
    } finally {
      this.allocator.free(scratch, scratchBytes);
    }
    return true;
  }

  attentionBackward(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean,
  ): boolean {
    const name = 'attentionBackward';
    const [B, L, E, S, Ev] = attentionDims(name, q, k, v);
    const [gq, gk, gv] = [this.live(dq, name), this.live(dk, name), this.live(dv, name)];
    if (B * L * E * 4 > gq.byteLength || B * S * E * 4 > gk.byteLength || B * S * Ev * 4 > gv.byteLength) {
      throw new Error(`cpu ${name}: gradient buffers too small for q [${B}, ${L}, ${E}], v [${B}, ${S}, ${Ev}]`);
    }
    this.k.attention_backward_f32(gq.ptr, gk.ptr, gv.ptr, this.addr(q, name), this.addr(k, name), this.addr(v, name),
      this.addr(out, name), this.addr(dout, name), this.addr(lse, name), B, L, S, E, Ev, scale, causal ? 1 : 0);
    return true;
  }

  // ---------------------------------------------------------------- helpers

  private checkAlive(kernel: string): void {
    if (this.destroyed) throw new Error(`cpu ${kernel}: backend was destroyed`);
  }

  private buf(buffer: BackendBuffer, kernel: string): CpuBuffer {
    if (!(buffer instanceof CpuBuffer)) throw new Error(`cpu ${kernel}: buffer does not belong to the cpu backend`);
    return buffer;
  }

  private live(buffer: BackendBuffer, kernel: string): CpuBuffer {
    this.checkAlive(kernel);
    const b = this.buf(buffer, kernel);
    if (b.freed) throw new Error(`cpu ${kernel}: buffer at ${b.ptr} (${b.byteLength} bytes) was freed`);
    return b;
  }

  /** Byte address of a view's first element. */
  private addr(v: View, kernel: string): number {
    return this.live(v.buffer, kernel).ptr + v.offset * 4;
  }

  private checkElems(kernel: string, v: View, count: number): void {
    const b = this.buf(v.buffer, kernel);
    if ((v.offset + count) * 4 > b.byteLength) {
      throw new Error(`cpu ${kernel}: view ${fmtShape(v.shape)} at offset ${v.offset} needs ${count} elements, buffer holds ${b.byteLength / 4}`);
    }
  }

  /** Writes small i32 arrays (shapes, strides, geometry) into the scratch slots; returns their addresses. */
  private writeArgs(kernel: string, arrays: readonly (readonly number[])[]): number[] {
    if (arrays.length > SCRATCH_SLOTS) throw new Error(`cpu ${kernel}: too many argument arrays`);
    const mem = new Int32Array(this.k.memory.buffer);
    return arrays.map((arr, i) => {
      if (arr.length > MAX_RANK) throw new Error(`cpu ${kernel}: rank ${arr.length} exceeds ${MAX_RANK}`);
      const ptr = this.scratch + i * SLOT_BYTES;
      mem.set(arr, ptr >> 2);
      return ptr;
    });
  }

  /**
   * Collapses dims, then runs `kernel` with the arguments `args` builds from a
   * part's pointers and its shape / stride arrays, split over threads along
   * the outermost collapsed dim (in multiples of 4 when that is the only dim,
   * so SIMD groups stay where one thread would put them).
   */
  private elementwise(name: string, kernel: ThreadKernel, out: CpuBuffer, shape: readonly number[], operands: readonly Operand[],
    args: (part: ElementwisePart) => number[]): void {
    const n = numel(shape);
    if (n * 4 > out.byteLength) throw new Error(`cpu ${name}: output holds ${out.byteLength / 4} elements, shape ${fmtShape(shape)} needs ${n}`);
    if (n === 0) return;
    const strides = operands.map((x) => {
      if (!isView(x)) return shape.map(() => 0);
      if (x.shape.length !== shape.length || x.strides.length !== shape.length) {
        throw new Error(`cpu ${name}: operand shape ${fmtShape(x.shape)} is not broadcast to ${fmtShape(shape)}`);
      }
      return x.strides;
    });
    const base = operands.map((x) => (isView(x) ? this.addr(x, name) : 0));
    const c = collapse(shape, strides);
    const rank = c.shape.length;
    if (rank > MAX_RANK) throw new Error(`cpu ${name}: rank ${rank} exceeds ${MAX_RANK}`);
    const rowElems = n / c.shape[0]!;
    const ranges = splitRange(c.shape[0]!, this.threads.partsFor(n), rank === 1 ? 4 : 1);
    this.threads.run(kernel, ranges.map((r, t) => {
      const partShape = [r.count, ...c.shape.slice(1)];
      return args({
        out: out.ptr + r.start * rowElems * 4,
        // A scalar operand keeps pointer 0: the kernel reads its value argument instead.
        ptrs: base.map((p, i) => (p === 0 ? 0 : p + r.start * c.strides[i]![0]! * 4)),
        shape: this.threads.writeSlot(t, 0, partShape),
        strides: c.strides.map((st, i) => this.threads.writeSlot(t, 1 + i, st)),
        rank,
      });
    }));
  }
}

/** One thread's share of an elementwise call: addresses of its output, operands (0 = scalar), shape and stride arrays. */
interface ElementwisePart {
  out: number;
  ptrs: number[];
  shape: number;
  strides: number[];
  rank: number;
}

/** [B, L, E, S, Ev] of contiguous q [B, L, E], k [B, S, E], v [B, S, Ev]; throws naming the kernel otherwise. */
function attentionDims(kernel: string, q: View, k: View, v: View): [number, number, number, number, number] {
  const ok = [q, k, v].every((t) => t.shape.length === 3 && t.dtype === 'float32' && t.strides.every((s, i) => s === contiguousStrides(t.shape)[i]));
  const [B, L, E] = q.shape as [number, number, number];
  const [Bk, S, Ek] = k.shape as [number, number, number];
  const [Bv, Sv, Ev] = v.shape as [number, number, number];
  if (!ok || B !== Bk || B !== Bv || E !== Ek || S !== Sv) {
    throw new Error(`cpu ${kernel}: needs contiguous float32 q [B, L, E], k [B, S, E], v [B, S, Ev], got ${fmtShape(q.shape)}, ${fmtShape(k.shape)}, ${fmtShape(v.shape)}`);
  }
  return [B, L, E, S, Ev];
}

/** The cpu backend: over shared memory with helper threads where the platform allows (openKernels), else one thread. */
export async function createCpuBackend(): Promise<CpuBackend> {
  const { exports, threading, reason } = await openKernels();
  const backend = new CpuBackend(exports, threading, reason);
  await backend.threads.ready();
  return backend;
}
