import type { Backend, BackendBuffer } from './backend/backend.js';

/**
 * Device memory shared by a tensor and its views. Each Tensor object holds one
 * reference; the buffer goes back to the backend's pool when the last is released.
 */
export class Storage {
  private refs = 1;
  /** Set while data is still travelling to this storage from another device. */
  pending: Promise<void> | undefined;

  constructor(
    readonly backend: Backend,
    readonly buffer: BackendBuffer,
  ) {}

  get released(): boolean {
    return this.refs === 0;
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
