import type {
  Backend, BackendBuffer, BinaryOp, Conv2dGeometry, DType, Operand, Pool2dGeometry, ReduceOp, UnaryOp, View,
} from '../backend.js';
import { Allocator } from './allocator.js';
import { FUSED_ATTENTION_MIN_BYTES, usesDirectConv } from './choices.js';
import { collapseDims as collapse, contiguousStrides, numel } from '../layout.js';
import {
  BINARY_CODES, CONVERT_COPY, CONVERT_F32_BOOL, CONVERT_F32_I32, CONVERT_I32_BOOL, CONVERT_I32_F32,
  INT_UNARY, REDUCE_CODES, UNARY_CODES,
} from './opcodes.js';
import { instantiateKernels, type KernelExports } from './wasm.js';

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
  private packA = 0;
  private packB = 0;
  private inUse = 0;
  private destroyed = false;
  /** See FUSED_ATTENTION_MIN_BYTES. Tests set 0. */
  fusedAttentionMinBytes = FUSED_ATTENTION_MIN_BYTES;

  constructor(private readonly k: KernelExports) {
    this.allocator = new Allocator(k.memory, k.heap_base());
    this.scratch = this.allocator.alloc(SCRATCH_SLOTS * SLOT_BYTES);
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
    const start = b.ptr + byteOffset;
    return this.k.memory.buffer.slice(start, start + byteLength);
  }

  bytesInUse(): number {
    return this.inUse;
  }

  sync(): Promise<void> {
    return Promise.resolve();
  }

  destroy(): void {
    this.destroyed = true;
  }

  fill(out: BackendBuffer, count: number, value: number, dtype: DType): void {
    const o = this.live(out, 'fill');
    if (count * 4 > o.byteLength) throw new Error(`cpu fill: ${count} elements overflow a ${o.byteLength}-byte buffer`);
    if (count > 0) this.k.fill_32(o.ptr, count, scalarBits(value, dtype));
  }

  // ---------------------------------------------------------------- elementwise

  copy(out: BackendBuffer, a: View, outDtype: DType): void {
    const o = this.live(out, 'copy');
    const mode = convertMode(a.dtype, outDtype);
    this.elementwise('copy', o, a.shape, [a], (shape, [sa], rank) => {
      this.k.convert(mode, o.ptr, this.addr(a, 'copy'), shape, sa!, rank);
    });
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
    const ptr = this.addr(a, `unary ${op}`);
    this.elementwise(`unary ${op}`, o, a.shape, [a], (shape, [sa], rank) => {
      if (isFloat) this.k.unary_f32(code, o.ptr, ptr, shape, sa!, rank);
      else this.k.unary_i32(code, o.ptr, ptr, shape, sa!, rank);
    });
  }

  binary(op: BinaryOp, out: BackendBuffer, shape: readonly number[], a: Operand, b: Operand, dtype: DType): void {
    const name = `binary ${op}`;
    const o = this.live(out, name);
    if (dtype !== 'float32' && op === 'pow') throw new Error(`cpu ${name}: ${dtype} pow is not supported (shape ${fmtShape(shape)})`);
    const code = BINARY_CODES[op];
    const pa = isView(a) ? this.addr(a, name) : 0;
    const pb = isView(b) ? this.addr(b, name) : 0;
    const xa = isView(a) ? 0 : a;
    const xb = isView(b) ? 0 : b;
    this.elementwise(name, o, shape, [a, b], (sh, [sa, sb], rank) => {
      if (dtype === 'float32') this.k.binary_f32(code, o.ptr, pa, pb, xa, xb, sh, sa!, sb!, rank);
      else this.k.binary_i32(code, o.ptr, pa, pb, clampToI32(xa), clampToI32(xb), sh, sa!, sb!, rank);
    });
  }

  where(out: BackendBuffer, shape: readonly number[], cond: View, a: Operand, b: Operand, dtype: DType): void {
    const o = this.live(out, 'where');
    const bits = (x: Operand): number => (isView(x) ? 0 : scalarBits(x, dtype));
    const pc = this.addr(cond, 'where');
    const pa = isView(a) ? this.addr(a, 'where') : 0;
    const pb = isView(b) ? this.addr(b, 'where') : 0;
    this.elementwise('where', o, shape, [cond, a, b], (sh, [sc, sa, sb], rank) => {
      this.k.where_32(o.ptr, pc, pa, pb, bits(a), bits(b), sh, sc!, sa!, sb!, rank);
    });
  }

  clamp(out: BackendBuffer, a: View, lo: number, hi: number): void {
    const o = this.live(out, 'clamp');
    const pa = this.addr(a, 'clamp');
    this.elementwise('clamp', o, a.shape, [a], (sh, [sa], rank) => {
      if (a.dtype === 'float32') this.k.clamp_f32(o.ptr, pa, lo, hi, sh, sa!, rank);
      else this.k.clamp_i32(o.ptr, pa, clampToI32(lo), clampToI32(hi), sh, sa!, rank);
    });
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
    if (a.dtype === 'float32') this.k.reduce_f32(code, o.ptr, pa, outer, reduced, inner);
    else this.k.reduce_i32(code, o.ptr, pa, outer, reduced, inner);
  }

  softmax(out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
    const name = log ? 'logSoftmax' : 'softmax';
    const o = this.live(out, name);
    const pa = this.addr(a, name);
    this.checkElems(name, a, rows * cols);
    if (a.dtype !== 'float32') throw new Error(`cpu ${name}: needs float32, got ${a.dtype}`);
    this.k.softmax_f32(o.ptr, pa, rows, cols, log ? 1 : 0);
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
    const pa = this.addr(a, name);
    const pb = this.addr(b, name);
    if (this.packA === 0) {
      this.packA = this.allocator.alloc(this.k.matmul_pack_a_bytes());
      this.packB = this.allocator.alloc(this.k.matmul_pack_b_bytes());
    }
    this.k.matmul_f32(o.ptr, pa, pb, batch, m, n, k,
      a.strides[0]!, a.strides[1]!, a.strides[2]!, b.strides[0]!, b.strides[1]!, b.strides[2]!, this.packA, this.packB,
      sumBatch ? 1 : 0);
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

  im2col(cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
    const c = this.live(cols, 'im2col');
    const [geo] = this.writeArgs('im2col', [geometryArray(g)]);
    this.k.im2col_f32(c.ptr, this.addr(x, 'im2col'), geo!);
  }

  col2im(x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
    const o = this.live(x, 'col2im');
    const [geo] = this.writeArgs('col2im', [geometryArray(g)]);
    this.k.col2im_f32(o.ptr, this.addr(cols, 'col2im'), geo!);
  }

  conv2dDirect(out: BackendBuffer, x: View, weight: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectConv(g)) return false;
    const o = this.live(out, 'conv2dDirect');
    if (g.batch * outC * g.outH * g.outW * 4 > o.byteLength) throw new Error(`cpu conv2dDirect: output too small for [${g.batch}, ${outC}, ${g.outH}, ${g.outW}]`);
    const [geo] = this.writeArgs('conv2dDirect', [geometryArray(g)]);
    const bytes = this.k.conv2d_direct_scratch_bytes(geo!, outC);
    const scratch = this.allocator.alloc(bytes);
    try {
      // NOTE: alloc may grow memory; the geometry slot stays valid (it lives in wasm memory, not a view).
      this.k.conv2d_direct_f32(o.ptr, this.addr(x, 'conv2dDirect'), this.addr(weight, 'conv2dDirect'), geo!, outC, scratch);
    } finally {
      this.allocator.free(scratch, bytes);
    }
    return true;
  }

  maxPool2d(out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void {
    const o = this.live(out, 'maxPool2d');
    const idx = this.live(indices, 'maxPool2d');
    const [geo] = this.writeArgs('maxPool2d', [geometryArray(g)]);
    this.k.maxpool2d_f32(o.ptr, idx.ptr, this.addr(x, 'maxPool2d'), geo!);
  }

  maxPool2dBackward(gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void {
    const gi = this.live(gradIn, 'maxPool2dBackward');
    const [geo] = this.writeArgs('maxPool2dBackward', [geometryArray(g)]);
    this.k.maxpool2d_backward_f32(gi.ptr, this.addr(gradOut, 'maxPool2dBackward'), this.addr(indices, 'maxPool2dBackward'), geo!);
  }

  avgPool2d(out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    const o = this.live(out, 'avgPool2d');
    const [geo] = this.writeArgs('avgPool2d', [geometryArray(g)]);
    this.k.avgpool2d_f32(o.ptr, this.addr(x, 'avgPool2d'), geo!, countIncludePad ? 1 : 0);
  }

  avgPool2dBackward(gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    const gi = this.live(gradIn, 'avgPool2dBackward');
    const [geo] = this.writeArgs('avgPool2dBackward', [geometryArray(g)]);
    this.k.avgpool2d_backward_f32(gi.ptr, this.addr(gradOut, 'avgPool2dBackward'), geo!, countIncludePad ? 1 : 0);
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

  /** Collapses dims, writes shape + per-operand strides to scratch, runs `run` unless empty. */
  private elementwise(kernel: string, out: CpuBuffer, shape: readonly number[], operands: readonly Operand[],
    run: (shapePtr: number, stridePtrs: number[], rank: number) => void): void {
    const n = numel(shape);
    if (n * 4 > out.byteLength) throw new Error(`cpu ${kernel}: output holds ${out.byteLength / 4} elements, shape ${fmtShape(shape)} needs ${n}`);
    if (n === 0) return;
    const strides = operands.map((x) => {
      if (!isView(x)) return shape.map(() => 0);
      if (x.shape.length !== shape.length || x.strides.length !== shape.length) {
        throw new Error(`cpu ${kernel}: operand shape ${fmtShape(x.shape)} is not broadcast to ${fmtShape(shape)}`);
      }
      return x.strides;
    });
    const c = collapse(shape, strides);
    const [shapePtr, ...stridePtrs] = this.writeArgs(kernel, [c.shape, ...c.strides]);
    run(shapePtr!, stridePtrs, c.shape.length);
  }
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

export async function createCpuBackend(): Promise<CpuBackend> {
  return new CpuBackend(await instantiateKernels());
}
