import type {
  Backend, BackendBuffer, BinaryOp, Conv2dGeometry, DType, Operand, Pool2dGeometry, ReduceOp, UnaryOp, View,
} from '../backend.js';
import { LateWrites } from '../late-writes.js';
import { FUSED_ATTENTION_MIN_BYTES, usesDirectConv, usesDirectInputGrad } from '../cpu/choices.js';
import { CPU_WORKER_ENTRY, encodeArgs, type Command, type RemoteMethod, type Reply, type Request } from './protocol.js';
import type { WorkerPort, WorkerSpawner } from './spawn.js';
import { CPU_WORKER_SOURCE } from './worker-source.gen.js';

class WorkerBuffer implements BackendBuffer {
  freed = false;
  constructor(readonly owner: WorkerBackend, readonly id: number, readonly byteLength: number) {}
}

/** Commands queued before a batch goes out at once (a training step queues a few hundred). */
const MAX_QUEUED = 512;

/**
 * A cpu device in a worker thread ('cpu:1', 'cpu:2', ...): the WebAssembly
 * kernels in their own instance and memory, so several run at once (one per
 * core) where the main thread's 'cpu' runs one at a time.
 *
 * It behaves like a GPU backend: calls queue commands and return at once
 * (batched into one message per microtask), memory is not host-visible
 * (no `readSync`; `read` resolves when the worker has run everything queued
 * before it), and a kernel that fails makes the next `read`/`sync` reject
 * with the worker's message. A worker that dies makes every later call throw,
 * naming the device.
 */
export class WorkerBackend implements Backend {
  readonly kind = 'cpu' as const;
  /** See FUSED_ATTENTION_MIN_BYTES. Tests set 0. */
  fusedAttentionMinBytes = FUSED_ATTENTION_MIN_BYTES;
  private queue: Command[] = [];
  private transfers: ArrayBuffer[] = [];
  private flushScheduled = false;
  private nextBuffer = 1;
  private nextRequest = 1;
  private readonly waiting = new Map<number, { resolve: (data: ArrayBuffer) => void; reject: (e: Error) => void }>();
  private inUse = 0;
  private lost: string | undefined;
  /** writeLater calls whose bytes have not arrived: nothing queued after the first of them is posted. */
  private readonly late = new LateWrites(() => this.flush());

  /** `listen` takes the one message handler the port gets (open's start-up one hands over to it). */
  private constructor(readonly name: string, private readonly port: WorkerPort, listen: (handler: (reply: Reply) => void) => void) {
    listen((reply) => this.receive(reply));
    port.onFailure((reason) => this.fail(reason));
  }

  /** Starts a worker and its kernels (`module`: the compiled kernels.wasm). */
  static async open(name: string, spawn: WorkerSpawner, module: WebAssembly.Module): Promise<WorkerBackend> {
    const port = spawn(CPU_WORKER_SOURCE, CPU_WORKER_ENTRY);
    port.hold?.(true);
    let handle: (reply: Reply) => void = () => {};
    port.onMessage((reply) => handle(reply));
    const started = new Promise<void>((resolve, reject) => {
      handle = (reply) => reply.kind === 'started' && resolve();
      port.onFailure((reason) => reject(new Error(`${name}: the worker failed to start: ${reason}`)));
    });
    port.postMessage({ kind: 'start', module, name }, []);
    try {
      await started;
    } catch (e) {
      port.terminate();
      throw e;
    } finally {
      port.hold?.(false);
    }
    return new WorkerBackend(name, port, (handler) => (handle = handler));
  }

  // ---------------------------------------------------------------- storage

  alloc(byteLength: number): BackendBuffer {
    if (!Number.isInteger(byteLength) || byteLength < 0) throw new Error(`${this.name} alloc: bad byteLength ${byteLength}`);
    const b = new WorkerBuffer(this, this.nextBuffer++, byteLength);
    this.enqueue({ kind: 'alloc', id: b.id, byteLength });
    this.inUse += byteLength;
    return b;
  }

  free(buffer: BackendBuffer): void {
    const b = this.own(buffer, 'free');
    if (b.freed) throw new Error(`${this.name} free: buffer #${b.id} (${b.byteLength} bytes) was already freed`);
    b.freed = true;
    this.inUse -= b.byteLength;
    if (!this.lost) this.enqueue({ kind: 'free', id: b.id });
  }

  write(buffer: BackendBuffer, data: ArrayBufferView, byteOffset = 0): void {
    const b = this.live(buffer, 'write');
    if (byteOffset < 0 || byteOffset + data.byteLength > b.byteLength) {
      throw new Error(`${this.name} write: ${data.byteLength} bytes at offset ${byteOffset} overflow a ${b.byteLength}-byte buffer`);
    }
    // A copy: the caller may reuse its array at once, and the copy is transferred, not cloned again.
    const copy = new Uint8Array(data.byteLength);
    copy.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
    this.transfers.push(copy.buffer);
    this.enqueue({ kind: 'write', id: b.id, byteOffset, data: copy.buffer });
  }

  writeLater(buffer: BackendBuffer, data: Promise<ArrayBuffer>): void {
    const b = this.live(buffer, 'write');
    const command = { kind: 'write' as const, id: b.id, byteOffset: 0, data: new ArrayBuffer(0) };
    // Held before it is queued: a full queue flushes at once, and must not post the empty placeholder.
    this.late.track(data, (bytes) => {
      if (bytes.byteLength > b.byteLength) throw new Error(`${this.name} write: ${bytes.byteLength} bytes at offset 0 overflow a ${b.byteLength}-byte buffer`);
      command.data = bytes;
      this.transfers.push(bytes);
    });
    this.enqueue(command);
  }

  read(buffer: BackendBuffer, byteOffset: number, byteLength: number): Promise<ArrayBuffer> {
    try {
      const b = this.live(buffer, 'read');
      if (byteOffset < 0 || byteLength < 0 || byteOffset + byteLength > b.byteLength) {
        throw new Error(`${this.name} read: ${byteLength} bytes at offset ${byteOffset} overflow a ${b.byteLength}-byte buffer`);
      }
      return this.request([{ id: b.id, byteOffset, byteLength }]);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Several ranges, end to end, in one round trip. */
  readMany(parts: readonly { buffer: BackendBuffer; byteOffset: number; byteLength: number }[]): Promise<ArrayBuffer> {
    try {
      return this.request(parts.map((p) => ({ id: this.live(p.buffer, 'readMany').id, byteOffset: p.byteOffset, byteLength: p.byteLength })));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  bytesInUse(): number {
    return this.inUse;
  }

  async sync(): Promise<void> {
    if (this.lost) throw new Error(this.lost);
    await this.request([]);
  }

  destroy(): void {
    this.fail(`${this.name} was shut down`);
    this.port.terminate();
  }

  fill(out: BackendBuffer, count: number, value: number, dtype: DType): void {
    this.call('fill', out, count, value, dtype);
  }

  // ---------------------------------------------------------------- kernels (queued)

  copy(out: BackendBuffer, a: View, outDtype: DType): void {
    this.call('copy', out, a, outDtype);
  }
  unary(op: UnaryOp, out: BackendBuffer, a: View): void {
    this.call('unary', op, out, a);
  }
  binary(op: BinaryOp, out: BackendBuffer, shape: readonly number[], a: Operand, b: Operand, dtype: DType): void {
    this.call('binary', op, out, shape, a, b, dtype);
  }
  where(out: BackendBuffer, shape: readonly number[], cond: View, a: Operand, b: Operand, dtype: DType): void {
    this.call('where', out, shape, cond, a, b, dtype);
  }
  clamp(out: BackendBuffer, a: View, lo: number, hi: number): void {
    this.call('clamp', out, a, lo, hi);
  }
  reduce(op: ReduceOp, out: BackendBuffer, a: View, outer: number, reduced: number, inner: number): void {
    this.call('reduce', op, out, a, outer, reduced, inner);
  }
  softmax(out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
    this.call('softmax', out, a, rows, cols, log);
  }
  matmul(out: BackendBuffer, a: View, b: View): void {
    this.call('matmul', out, a, b);
  }
  matmulSumBatch(out: BackendBuffer, a: View, b: View): void {
    this.call('matmulSumBatch', out, a, b);
  }
  indexSelect(out: BackendBuffer, a: View, index: View, outer: number, n: number, inner: number, m: number): void {
    this.call('indexSelect', out, a, index, outer, n, inner, m);
  }
  indexAdd(target: BackendBuffer, src: View, index: View, outer: number, n: number, inner: number, m: number): void {
    this.call('indexAdd', target, src, index, outer, n, inner, m);
  }
  gather(out: BackendBuffer, a: View, dim: number, index: View): void {
    this.call('gather', out, a, dim, index);
  }
  scatterAdd(target: BackendBuffer, targetShape: readonly number[], dim: number, index: View, src: View): void {
    this.call('scatterAdd', target, targetShape, dim, index, src);
  }
  im2col(cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
    this.call('im2col', cols, x, g);
  }
  col2im(x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
    this.call('col2im', x, cols, g);
  }
  conv2dDirect(out: BackendBuffer, x: View, weight: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectConv(g)) return false;
    this.call('conv2dDirect', out, x, weight, outC, g);
    return true;
  }
  conv2dInputGrad(gradX: BackendBuffer, gradOut: View, weight: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectInputGrad(g, outC)) return false;
    this.call('conv2dInputGrad', gradX, gradOut, weight, outC, g);
    return true;
  }
  conv2dWeightGrad(gradW: BackendBuffer, x: View, gradOut: View, outC: number, g: Conv2dGeometry): boolean {
    if (!usesDirectConv(g)) return false;
    this.call('conv2dWeightGrad', gradW, x, gradOut, outC, g);
    return true;
  }
  maxPool2d(out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void {
    this.call('maxPool2d', out, indices, x, g);
  }
  maxPool2dBackward(gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void {
    this.call('maxPool2dBackward', gradIn, gradOut, indices, g);
  }
  avgPool2d(out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    this.call('avgPool2d', out, x, g, countIncludePad);
  }
  avgPool2dBackward(gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void {
    this.call('avgPool2dBackward', gradIn, gradOut, g, countIncludePad);
  }
  attention(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean): boolean {
    const [B = 0, L = 0] = q.shape;
    const S = k.shape[1] ?? 0;
    if (B * L * S * 4 < this.fusedAttentionMinBytes) return false;
    this.call('attention', out, lse, q, k, v, scale, causal);
    return true;
  }
  attentionBackward(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean,
  ): boolean {
    this.call('attentionBackward', dq, dk, dv, q, k, v, out, dout, lse, scale, causal);
    return true;
  }

  // ---------------------------------------------------------------- messaging

  private call(method: RemoteMethod, ...args: unknown[]): void {
    this.enqueue({ kind: 'call', method, args: encodeArgs(args, (b) => this.live(b, method).id) });
  }

  private enqueue(c: Command): void {
    if (this.lost) throw new Error(this.lost);
    this.queue.push(c);
    if (this.queue.length >= MAX_QUEUED) this.flush();
    else if (!this.flushScheduled) {
      this.flushScheduled = true;
      queueMicrotask(() => this.flush());
    }
  }

  flush(): void {
    this.flushScheduled = false;
    if (this.queue.length === 0 || this.lost || this.late.holding) return;
    this.post({ kind: 'batch', commands: this.queue }, this.transfers);
    this.queue = [];
    this.transfers = [];
  }

  private request(parts: { id: number; byteOffset: number; byteLength: number }[]): Promise<ArrayBuffer> {
    if (this.lost) return Promise.reject(new Error(this.lost));
    // A read must not overtake commands held behind a late write.
    if (this.late.holding) return this.late.released().then(() => this.request(parts));
    try {
      this.late.takeFailure();
    } catch (e) {
      return Promise.reject(e);
    }
    this.flush();
    const request = this.nextRequest++;
    const answer = new Promise<ArrayBuffer>((resolve, reject) => this.waiting.set(request, { resolve, reject }));
    if (this.waiting.size === 1) this.port.hold?.(true);
    this.post({ kind: 'read', request, parts }, []);
    return answer;
  }

  private post(message: Request, transfer: Transferable[]): void {
    try {
      this.port.postMessage(message, transfer);
    } catch (e) {
      this.fail(`${this.name}: could not reach the worker: ${(e as Error).message}`);
      throw new Error(this.lost);
    }
  }

  private receive(reply: Reply): void {
    if (reply.kind !== 'read') return;
    const w = this.waiting.get(reply.request);
    if (!w) return;
    this.waiting.delete(reply.request);
    if (this.waiting.size === 0) this.port.hold?.(false);
    if (reply.error !== undefined) w.reject(new Error(reply.error));
    else w.resolve(reply.data ?? new ArrayBuffer(0));
  }

  /** The worker is gone: every waiting and later call fails with `reason`. */
  private fail(reason: string): void {
    if (this.lost) return;
    this.lost = reason.startsWith(this.name) ? reason : `${this.name} was lost: ${reason}`;
    this.queue = [];
    this.transfers = [];
    const error = new Error(this.lost);
    for (const w of this.waiting.values()) w.reject(error);
    this.waiting.clear();
    this.port.hold?.(false);
  }

  private own(buffer: BackendBuffer, what: string): WorkerBuffer {
    if (!(buffer instanceof WorkerBuffer) || buffer.owner !== this) throw new Error(`${this.name} ${what}: buffer does not belong to ${this.name}`);
    return buffer;
  }

  private live(buffer: BackendBuffer, what: string): WorkerBuffer {
    const b = this.own(buffer, what);
    if (b.freed) throw new Error(`${this.name} ${what}: buffer #${b.id} (${b.byteLength} bytes) was freed`);
    return b;
  }
}
