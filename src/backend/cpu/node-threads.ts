import { availableParallelism } from 'node:os';
import { nodeSpawner } from '../worker/node-spawn.js';
import { threadSupport } from './thread-support.js';

/** Node: worker_threads helpers (unref'd: one sleeping in Atomics.wait must not keep the process alive). */
export const nodeThreadSupport = threadSupport(nodeSpawner, () => availableParallelism());
