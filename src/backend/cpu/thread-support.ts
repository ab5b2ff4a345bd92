import { browserSpawner, type WorkerSpawner } from '../worker/spawn.js';
import { THREAD_ENTRY } from './thread-worker-source.js';

/** How a platform starts cpu helper threads and how many cores it has. */

/** A started helper, whatever the platform calls it. */
export interface HelperThread {
  terminate(): void;
}

/** Starts a helper running `source` and posts it `message` (with the Module and shared memory inside). */
export type ThreadSpawner = (source: string, message: unknown) => HelperThread;

export interface ThreadSupport {
  spawn: ThreadSpawner;
  /** Logical cores. */
  cores(): number;
}

/** Helper threads started with a platform's worker spawner; `cores` counts its logical cores. */
export function threadSupport(spawner: WorkerSpawner, cores: () => number): ThreadSupport {
  return {
    spawn: (source, message) => {
      const port = spawner<unknown, never>(source, THREAD_ENTRY);
      port.postMessage(message, []);
      return { terminate: () => port.terminate() };
    },
    cores,
  };
}

/** Browsers: Web Workers from a Blob URL. */
const browserSupport = threadSupport(browserSpawner, () => (typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1));

let support: ThreadSupport | undefined = typeof Worker === 'function' && typeof Blob === 'function' ? browserSupport : undefined;

/** The Node entry installs worker_threads (node-threads.ts); undefined turns threads off. */
export function setThreadSupport(s: ThreadSupport | undefined): void {
  support = s;
}

export function getThreadSupport(): ThreadSupport | undefined {
  return support;
}

let requested: number | undefined;

/** torch.setNumThreads before the cpu backend exists: remembered for its creation. */
export function setRequestedThreads(n: number): void {
  requested = n;
}

export function requestedThreads(): number | undefined {
  return requested;
}
