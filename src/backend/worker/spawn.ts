import type { Reply, Request } from './protocol.js';

/**
 * Starting a worker from a script held as a string, the one place that knows
 * each platform's way: cpu worker devices (worker-backend.ts) and the cpu
 * backend's helper threads (cpu/thread-support.ts) both start theirs here.
 */

/** A started worker, whatever the platform calls it. `In`: what it is sent; `Out`: what it answers. */
export interface WorkerPort<In = Request, Out = Reply> {
  postMessage(message: In, transfer: Transferable[]): void;
  onMessage(handler: (message: Out) => void): void;
  /** The worker died (an uncaught error or exit): every later call must fail. */
  onFailure(handler: (reason: string) => void): void;
  /** Node: keep the process alive only while an answer is awaited. */
  hold?(held: boolean): void;
  terminate(): void;
}

/**
 * Starts a worker running `source` (a classic script); a bootstrap line then
 * calls the global function `entry(post, listen)` the script defines, with the
 * platform's ways to answer and to receive.
 */
export type WorkerSpawner = <In = Request, Out = Reply>(source: string, entry: string) => WorkerPort<In, Out>;

/** Browsers: a classic worker from a Blob URL; `self` is its port. */
export const browserSpawner: WorkerSpawner = <In, Out>(source: string, entry: string): WorkerPort<In, Out> => {
  const bootstrap = `\n${entry}((m, t) => self.postMessage(m, t), (h) => { self.onmessage = (e) => h(e.data); });\n`;
  const url = URL.createObjectURL(new Blob([source, bootstrap], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return {
    postMessage: (m, t) => worker.postMessage(m, t),
    onMessage: (h) => worker.addEventListener('message', (e: MessageEvent<Out>) => h(e.data)),
    onFailure: (h) => worker.addEventListener('error', (e) => h(e.message || 'the worker failed')),
    terminate: () => worker.terminate(),
  };
};

let spawner: WorkerSpawner | undefined = typeof Worker === 'function' && typeof Blob === 'function' ? browserSpawner : undefined;

/** The Node entry installs a worker_threads spawner. */
export function setWorkerSpawner(s: WorkerSpawner): void {
  spawner = s;
}

export function getWorkerSpawner(): WorkerSpawner | undefined {
  return spawner;
}
