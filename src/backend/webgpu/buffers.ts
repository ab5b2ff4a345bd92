import type { BackendBuffer } from '../backend.js';

/** A pooled GPU storage buffer handed out by `alloc`. */
export class WebGPUBuffer implements BackendBuffer {
  freed = false;
  constructor(
    readonly byteLength: number,
    readonly gpu: GPUBuffer,
    /** Identifies the backend that owns it, for clear cross-device errors. */
    readonly owner: string,
  ) {}
}

const MIN_CLASS = 256;

/**
 * Size classes: powers of two split in quarters (256, 320, 384, 448, 512, 640, ...),
 * so a pooled buffer wastes at most 25% and sizes that differ a little share a class.
 */
export function sizeClass(byteLength: number): number {
  if (byteLength <= MIN_CLASS) return MIN_CLASS;
  const pow = 2 ** Math.floor(Math.log2(byteLength - 1));
  const step = pow / 4;
  return Math.ceil(byteLength / step) * step;
}

/**
 * Buffers of one usage, pooled by size class.
 * NOTE: a released buffer goes to `pending` and becomes reusable only after the
 * command encoder that may still read it has been submitted: queue.writeBuffer
 * runs on the queue timeline ahead of unsubmitted encoder work, so reusing and
 * writing it earlier would change what that pending work reads.
 */
export class BufferPool {
  private readonly free = new Map<number, GPUBuffer[]>();
  private pending: GPUBuffer[] = [];
  private pooledBytes = 0;

  constructor(
    private readonly device: GPUDevice,
    private readonly usage: GPUBufferUsageFlags,
    private readonly label: string,
  ) {}

  acquire(classBytes: number): GPUBuffer {
    const list = this.free.get(classBytes);
    const reused = list?.pop();
    if (reused) {
      this.pooledBytes -= classBytes;
      return reused;
    }
    return this.device.createBuffer({ size: classBytes, usage: this.usage, label: `${this.label}:${classBytes}` });
  }

  /** Reusable after the next submit. */
  releaseAfterSubmit(buffer: GPUBuffer): void {
    this.pending.push(buffer);
  }

  /** Reusable now (the caller knows the GPU is done with it). */
  release(buffer: GPUBuffer): void {
    const list = this.free.get(buffer.size);
    if (list) list.push(buffer);
    else this.free.set(buffer.size, [buffer]);
    this.pooledBytes += buffer.size;
  }

  /** Called right after a queue.submit. */
  onSubmitted(): void {
    const done = this.pending;
    this.pending = [];
    for (const b of done) this.release(b);
  }

  /** Bytes sitting in the free lists. */
  idleBytes(): number {
    return this.pooledBytes;
  }

  destroy(): void {
    for (const list of this.free.values()) for (const b of list) b.destroy();
    for (const b of this.pending) b.destroy();
    this.free.clear();
    this.pending = [];
    this.pooledBytes = 0;
  }
}
