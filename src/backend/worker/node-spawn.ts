import { Worker } from 'node:worker_threads';
import type { WorkerPort, WorkerSpawner } from './spawn.js';

/** Node: a worker_threads Worker evaluating the source; unref'd while idle so Node can exit. */
export const nodeSpawner: WorkerSpawner = <In, Out>(source: string, entry: string): WorkerPort<In, Out> => {
  const bootstrap = "\nconst { parentPort } = require('node:worker_threads');\n" +
    `${entry}((m, t) => parentPort.postMessage(m, t), (h) => parentPort.on('message', h));\n`;
  const worker = new Worker(source + bootstrap, { eval: true });
  worker.unref();
  return {
    postMessage: (m, t) => worker.postMessage(m, t as never[]),
    onMessage: (h) => worker.on('message', (m: Out) => h(m)),
    onFailure: (h) => {
      worker.on('error', (e: Error) => h(e.message));
      worker.on('exit', (code: number) => h(`the worker exited (code ${code})`));
    },
    hold: (held) => (held ? worker.ref() : worker.unref()),
    terminate: () => void worker.terminate(),
  };
};
