import type { Backend, BackendBuffer } from './backend/backend.js';

/**
 * Device memory shared by a tensor and its views. Each Tensor object holds one
 * reference; the buffer goes back to the backend's pool when the last is released.
 */
export class Storage {
  private refs = 1;
  /** Set while data is still travelling to this storage from another device. */
  pending: Promise<void> | undefined;
  /**
   * Counts in-place writes to this storage (PyTorch's tensor version counter):
   * whoever caches "unchanged since" by storage identity (DataParallel's
   * broadcast) compares it too. Ops that write a new storage leave it alone.
   */
  version = 0;

  constructor(
    readonly backend: Backend,
    readonly buffer: BackendBuffer,
  ) {}

  get released(): boolean {
    return this.refs === 0;
  }

  /** Whether another tensor (a view, an alias, a saved tensor) holds this storage too. */
  get shared(): boolean {
    return this.refs > 1;
  }

  retain(): this {
    if (this.refs === 0) throw new Error('webtorch: storage used after it was freed (a tensor was disposed while a view still used it?)');
    this.refs++;
    return this;
  }

  release(): void {
    if (this.refs === 0) return;
    if (--this.refs === 0) this.backend.free(this.buffer);
  }
}
