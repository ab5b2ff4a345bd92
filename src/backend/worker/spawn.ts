import type { Reply, Request } from './protocol.js';

/** A started worker, whatever the platform calls it. */
export interface WorkerPort {
  postMessage(message: Request, transfer: Transferable[]): void;
  onMessage(handler: (reply: Reply) => void): void;
  /** The worker died (an uncaught error or exit): every later call must fail. */
  onFailure(handler: (reason: string) => void): void;
  /** Node: keep the process alive only while an answer is awaited. */
  hold?(held: boolean): void;
  terminate(): void;
}

/** Starts a worker running `source` (a classic script) after `bootstrap` wires its message port. */
export type WorkerSpawner = (source: string) => WorkerPort;

/** Browsers: a classic worker from a Blob URL; `self` is its port. */
export const browserSpawner: WorkerSpawner = (source) => {
  const bootstrap = '\n__webtorchServeCpuWorker((m, t) => self.postMessage(m, t), (h) => { self.onmessage = (e) => h(e.data); });\n';
  const url = URL.createObjectURL(new Blob([source, bootstrap], { type: 'text/javascript' }));
  const worker = new Worker(url);
  URL.revokeObjectURL(url);
  return {
    postMessage: (m, t) => worker.postMessage(m, t),
    onMessage: (h) => worker.addEventListener('message', (e: MessageEvent<Reply>) => h(e.data)),
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
