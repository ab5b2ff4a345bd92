import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ThreadSupport } from './thread-support.js';

/**
 * Node: worker_threads Workers evaluating the helper source. Unref'd: a helper
 * sleeping in Atomics.wait must not keep the process alive.
 */
export const nodeThreadSupport: ThreadSupport = {
  spawn: (source, message) => {
    const bootstrap = "\nconst { parentPort } = require('node:worker_threads');\n" +
      "__webtorchServeThread((h) => parentPort.once('message', h));\n";
    const worker = new Worker(source + bootstrap, { eval: true });
    worker.unref();
    worker.postMessage(message);
    return { terminate: () => void worker.terminate() };
  },
  cores: () => availableParallelism(),
};
