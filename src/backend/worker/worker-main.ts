// The code that runs inside a cpu worker: one CpuBackend over its own wasm
// instance, executing the commands a WorkerBackend sends, in order. Bundled by
// scripts/build.mjs into worker-source.gen.ts (an IIFE string), so workers
// start from a string in Node and in browsers alike.
import type { Backend, BackendBuffer } from '../backend.js';
import { CpuBackend } from '../cpu/cpu-backend.js';
import type { KernelExports } from '../cpu/wasm.js';
import { CPU_WORKER_ENTRY, decodeArgs, REMOTE_METHODS, type Command, type Reply, type Request } from './protocol.js';

type Post = (reply: Reply, transfer: Transferable[]) => void;

const methods = new Set<string>(REMOTE_METHODS);

class Server {
  private backend: CpuBackend | undefined;
  private name = 'cpu worker';
  private readonly buffers = new Map<number, BackendBuffer>();
  /** The first failure since the last answer. */
  private failure: string | undefined;

  constructor(private readonly post: Post) {}

  handle(message: Request): void {
    if (message.kind === 'start') {
      const instance = new WebAssembly.Instance(message.module, {});
      this.backend = new CpuBackend(instance.exports as unknown as KernelExports);
      // The main thread already chose the fused path (its own threshold): run it whenever asked.
      this.backend.fusedAttentionMinBytes = 0;
      this.name = message.name;
      this.post({ kind: 'started' }, []);
    } else if (message.kind === 'batch') {
      for (const c of message.commands) this.run(c);
    } else {
      this.answer(message.request, message.parts);
    }
  }

  private run(c: Command): void {
    try {
      const backend = this.started();
      if (c.kind === 'alloc') this.buffers.set(c.id, backend.alloc(c.byteLength));
      else if (c.kind === 'free') {
        backend.free(this.buffer(c.id));
        this.buffers.delete(c.id);
      } else if (c.kind === 'write') backend.write(this.buffer(c.id), new Uint8Array(c.data), c.byteOffset);
      else {
        if (!methods.has(c.method)) throw new Error(`unknown kernel '${c.method}'`);
        const fn = (backend as unknown as Record<string, (...a: unknown[]) => unknown>)[c.method]!;
        fn.apply(backend, decodeArgs(c.args, (ref) => this.buffer(ref)));
      }
    } catch (e) {
      const what = c.kind === 'call' ? c.method : c.kind;
      this.failure ??= `${this.name}: ${what} failed: ${(e as Error).message}`;
    }
  }

  private answer(request: number, parts: readonly { id: number; byteOffset: number; byteLength: number }[]): void {
    const error = this.failure;
    this.failure = undefined;
    if (error !== undefined) {
      this.post({ kind: 'read', request, error }, []);
      return;
    }
    try {
      const backend = this.started();
      const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
      let at = 0;
      for (const p of parts) {
        out.set(new Uint8Array(backend.readSync(this.buffer(p.id), p.byteOffset, p.byteLength)), at);
        at += p.byteLength;
      }
      this.post({ kind: 'read', request, data: out.buffer }, [out.buffer]);
    } catch (e) {
      this.post({ kind: 'read', request, error: `${this.name}: read failed: ${(e as Error).message}` }, []);
    }
  }

  private started(): Backend & CpuBackend {
    if (!this.backend) throw new Error('the worker was not started');
    return this.backend;
  }

  private buffer(id: number): BackendBuffer {
    const b = this.buffers.get(id);
    if (!b) throw new Error(`no buffer #${id} (freed, or never allocated)`);
    return b;
  }
}

/** Wires a Server to the worker's message port (a Node parentPort or a browser worker scope). */
export function serve(post: Post, listen: (handler: (message: Request) => void) => void): void {
  const server = new Server(post);
  listen((message) => server.handle(message));
}

(globalThis as Record<string, unknown>)[CPU_WORKER_ENTRY] = serve;
