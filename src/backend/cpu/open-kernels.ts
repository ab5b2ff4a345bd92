import type { Threading } from './cpu-threads.js';
import { getThreadSupport } from './thread-support.js';
import { instantiateKernels, kernelsWasm, type KernelExports } from './wasm.js';

/** Pages of the shared memory at start (asconfig.json's initialMemory). */
const INITIAL_PAGES = 256;
/** Largest maximum first (4 GiB, all wasm32 can address); smaller where a browser will not reserve that much. */
const MAXIMUM_PAGES = [65536, 16384, 4096];

/** What the platform lacks for threads, or undefined when it has everything. */
export function threadsUnavailable(env: {
  SharedArrayBuffer?: unknown; crossOriginIsolated?: boolean; Atomics?: unknown;
} = globalThis as never): string | undefined {
  if (env.crossOriginIsolated === false || typeof env.SharedArrayBuffer !== 'function') {
    return 'shared memory is unavailable: a page must be cross-origin isolated ' +
      '(served with Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp) to use SharedArrayBuffer';
  }
  if (typeof env.Atomics !== 'object') return 'Atomics is unavailable';
  if (!getThreadSupport()) return 'no worker threads: neither Web Workers nor Node worker_threads (import webtorch through its Node entry)';
  return undefined;
}

export interface OpenedKernels {
  exports: KernelExports;
  threading?: Threading;
  /** Why the kernels run on one thread only. */
  reason?: string;
}

/**
 * The kernels over a shared memory with a thread pool where the platform
 * allows, else the one-thread build and the reason.
 */
export async function openKernels(): Promise<OpenedKernels> {
  const reason = threadsUnavailable();
  const support = getThreadSupport();
  if (reason !== undefined || !support) return { exports: await instantiateKernels(), reason: reason ?? 'no worker threads' };
  try {
    const module = await WebAssembly.compile(kernelsWasm(true));
    const memory = sharedMemory();
    const instance = await WebAssembly.instantiate(module, { env: { memory } });
    return { exports: instance.exports as unknown as KernelExports, threading: { module, spawn: support.spawn, cores: support.cores() } };
  } catch (e) {
    return { exports: await instantiateKernels(), reason: `the shared-memory kernels failed to load: ${(e as Error).message}` };
  }
}

function sharedMemory(): WebAssembly.Memory {
  let last: unknown;
  for (const maximum of MAXIMUM_PAGES) {
    try {
      return new WebAssembly.Memory({ initial: INITIAL_PAGES, maximum, shared: true });
    } catch (e) {
      last = e;
    }
  }
  throw last;
}
