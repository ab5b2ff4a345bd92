import type { BackendBuffer, View } from '../backend.js';

/**
 * The messages between a WorkerBackend (main thread) and the cpu backend it
 * drives in a worker. Kernel calls travel in batches and run in order; a
 * buffer is named by an id the main thread chose at `alloc`, so no call waits
 * for the worker to answer.
 */

/** The global function the worker's script defines for the bootstrap line to call (see spawn.ts). */
export const CPU_WORKER_ENTRY = '__webtorchServeCpuWorker';

/** The Backend methods a worker runs as they are (arguments encoded, no return value used). */
export const REMOTE_METHODS = [
  'fill', 'copy', 'unary', 'binary', 'where', 'clamp', 'reduce', 'softmax', 'matmul', 'matmulSumBatch',
  'indexSelect', 'indexAdd', 'gather', 'scatterAdd', 'im2col', 'col2im', 'conv2dDirect', 'conv2dInputGrad', 'conv2dWeightGrad',
  'maxPool2d', 'maxPool2dBackward', 'avgPool2d', 'avgPool2dBackward', 'attention', 'attentionBackward',
] as const;
export type RemoteMethod = (typeof REMOTE_METHODS)[number];

/** A buffer in a message: its id. */
export interface BufferRef { readonly ref: number }
/** A view in a message: its buffer as an id. */
export type ViewRef = Omit<View, 'buffer'> & { readonly buffer: BufferRef };

export type Command =
  | { readonly kind: 'alloc'; readonly id: number; readonly byteLength: number }
  | { readonly kind: 'free'; readonly id: number }
  | { readonly kind: 'write'; readonly id: number; readonly byteOffset: number; readonly data: ArrayBuffer }
  | { readonly kind: 'call'; readonly method: RemoteMethod; readonly args: readonly unknown[] };

/** Main -> worker. */
export type Request =
  | { readonly kind: 'start'; readonly module: WebAssembly.Module; readonly name: string }
  | { readonly kind: 'batch'; readonly commands: readonly Command[] }
  /** Answered once every earlier command ran: with bytes for a read, empty for a sync. */
  | { readonly kind: 'read'; readonly request: number; readonly parts: readonly { id: number; byteOffset: number; byteLength: number }[] };

/** Worker -> main. `error`: the first failure since the last answer (the commands after it still ran). */
export type Reply =
  | { readonly kind: 'started' }
  | { readonly kind: 'read'; readonly request: number; readonly data?: ArrayBuffer; readonly error?: string };

/** Replaces every buffer (alone or inside a view) by its reference; other values pass as they are. */
export function encodeArgs(args: readonly unknown[], refOf: (b: BackendBuffer) => number): unknown[] {
  return args.map((a) => {
    if (a && typeof a === 'object' && 'byteLength' in a && !ArrayBuffer.isView(a)) return { ref: refOf(a as BackendBuffer) };
    if (a && typeof a === 'object' && 'buffer' in a && 'strides' in a) {
      const v = a as View;
      return { buffer: { ref: refOf(v.buffer) }, dtype: v.dtype, shape: v.shape, strides: v.strides, offset: v.offset };
    }
    return a;
  });
}

/** The inverse of `encodeArgs` on the worker. */
export function decodeArgs(args: readonly unknown[], bufferOf: (ref: number) => BackendBuffer): unknown[] {
  return args.map((a) => {
    if (a && typeof a === 'object' && 'ref' in a) return bufferOf((a as BufferRef).ref);
    if (a && typeof a === 'object' && 'buffer' in a && 'strides' in a) {
      const v = a as ViewRef;
      return { ...v, buffer: bufferOf(v.buffer.ref) };
    }
    return a;
  });
}
