import { getCpuCapability } from './capability.js';
import {
  KERNELS_RELAXED_WASM_BASE64, KERNELS_THREADS_RELAXED_WASM_BASE64, KERNELS_THREADS_WASM_BASE64, KERNELS_WASM_BASE64,
} from './kernels.gen.js';

/** The flat exports of build/kernels.wasm (assembly/index.ts). Pointers are byte addresses. */
export interface KernelExports {
  readonly memory: WebAssembly.Memory;
  heap_base(): number;
  thread_scratch_bytes(): number;
  set_thread_scratch(ptr: number): void;
  unary_f32(op: number, out: number, a: number, shape: number, sa: number, rank: number): void;
  unary_i32(op: number, out: number, a: number, shape: number, sa: number, rank: number): void;
  binary_f32(op: number, out: number, a: number, b: number, xa: number, xb: number,
    shape: number, sa: number, sb: number, rank: number): void;
  binary_i32(op: number, out: number, a: number, b: number, xa: number, xb: number,
    shape: number, sa: number, sb: number, rank: number): void;
  where_32(out: number, cond: number, a: number, b: number, xa: number, xb: number,
    shape: number, sc: number, sa: number, sb: number, rank: number): void;
  clamp_f32(out: number, a: number, lo: number, hi: number, shape: number, sa: number, rank: number): void;
  clamp_i32(out: number, a: number, lo: number, hi: number, shape: number, sa: number, rank: number): void;
  fill_32(out: number, n: number, bits: number): void;
  convert(mode: number, out: number, a: number, shape: number, sa: number, rank: number): void;
  reduce_f32(op: number, out: number, a: number, outer: number, reduced: number, inner: number, rowStride: number): void;
  reduce_i32(op: number, out: number, a: number, outer: number, reduced: number, inner: number, rowStride: number): void;
  softmax_f32(out: number, a: number, rows: number, cols: number, log: number): void;
  /** Rows of matmul_f32's tile: a row range a thread computes starts on a multiple of it. */
  matmul_mr(): number;
  matmul_pack_a_bytes(): number;
  sgd_f32(p: number, grad: number, buf: number, n: number, lr: number, momentum: number, keep: number, wd: number, flags: number): void;
  matmul_pack_b_bytes(): number;
  matmul_f32(out: number, a: number, b: number, batch: number, m: number, n: number, k: number,
    sab: number, sam: number, sak: number, sbb: number, sbk: number, sbn: number, packA: number, packB: number,
    sumBatch: number, m0: number, m1: number, n0: number, n1: number): void;
  index_select_32(out: number, a: number, index: number, outer: number, n: number, inner: number, m: number): void;
  index_add_f32(target: number, src: number, index: number, outer: number, n: number, inner: number, m: number): void;
  index_add_i32(target: number, src: number, index: number, outer: number, n: number, inner: number, m: number): void;
  gather_32(out: number, a: number, index: number, shape: number, strides: number, rank: number, dim: number): void;
  scatter_add_f32(target: number, src: number, index: number, shape: number, strides: number, rank: number, dim: number): void;
  scatter_add_i32(target: number, src: number, index: number, shape: number, strides: number, rank: number, dim: number): void;
  im2col_f32(cols: number, x: number, geometry: number): void;
  col2im_f32(x: number, cols: number, geometry: number): void;
  conv2d_direct_scratch_bytes(geometry: number, outC: number): number;
  conv2d_direct_f32(out: number, x: number, w: number, geometry: number, outC: number, scratch: number): void;
  conv2d_batched_scratch_bytes(geometry: number, outC: number): number;
  conv2d_batched_f32(out: number, x: number, w: number, geometry: number, outC: number, scratch: number, flip: number): void;
  conv2d_weight_grad_scratch_bytes(geometry: number, outC: number): number;
  conv2d_weight_grad_pack_f32(x: number, dy: number, geometry: number, outC: number, nb0: number, nb1: number, scratch: number): void;
  conv2d_weight_grad_f32(dw: number, geometry: number, outC: number, u0: number, u1: number, scratch: number): void;
  maxpool2d_f32(out: number, indices: number, x: number, geometry: number): void;
  maxpool2d_backward_f32(gradIn: number, gradOut: number, indices: number, geometry: number): void;
  avgpool2d_f32(out: number, x: number, geometry: number, countIncludePad: number): void;
  avgpool2d_backward_f32(gradIn: number, gradOut: number, geometry: number, countIncludePad: number): void;
  attention_f32(out: number, lse: number, q: number, k: number, v: number, B: number, L: number, S: number, E: number, Ev: number,
    scale: number, causal: number, scratch: number): void;
  attention_backward_f32(dq: number, dk: number, dv: number, q: number, k: number, v: number, out: number, dout: number, lse: number,
    B: number, L: number, S: number, E: number, Ev: number, scale: number, causal: number): void;
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  // atob exists in browsers and Node >= 16; no Buffer, no fs.
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * The kernels' wasm for this process's cpu capability: with its own memory
 * (one thread), or importing a shared env.memory (the thread pool's build).
 */
export function kernelsWasm(shared: boolean): Uint8Array<ArrayBuffer> {
  const relaxed = getCpuCapability() === 'relaxed-simd';
  if (shared) return decodeBase64(relaxed ? KERNELS_THREADS_RELAXED_WASM_BASE64 : KERNELS_THREADS_WASM_BASE64);
  return decodeBase64(relaxed ? KERNELS_RELAXED_WASM_BASE64 : KERNELS_WASM_BASE64);
}

export async function instantiateKernels(): Promise<KernelExports> {
  const { instance } = await WebAssembly.instantiate(kernelsWasm(false), {});
  return instance.exports as unknown as KernelExports;
}

/** The kernels compiled once, for instances in other threads (a Module can be posted to a worker). */
export function compileKernels(): Promise<WebAssembly.Module> {
  return WebAssembly.compile(kernelsWasm(false));
}
