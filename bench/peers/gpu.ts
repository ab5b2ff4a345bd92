import { createRequire } from 'node:module';

interface DawnModule {
  create(flags: string[]): GPU;
  globals: Record<string, unknown>;
}

let gpu: GPU | undefined;

/**
 * tfjs-webgpu and jax-js look for `navigator.gpu` (and jax-js reads
 * navigator.userAgent). Node 20 has no navigator, so give them one backed by a
 * dawn-node instance. NOTE: webtorch's node entry keeps its dawn instance
 * private, so the peers get a second instance on the same (first) adapter.
 */
export function installNavigatorGpu(): GPU {
  if (gpu) return gpu;
  const require = createRequire(import.meta.url);
  const dawn = require('webgpu') as DawnModule;
  Object.assign(globalThis, dawn.globals);
  const flags = (process.env.WEBTORCH_DAWN_FLAGS ?? '').split(/\s+/).filter(Boolean);
  gpu = dawn.create(flags);
  const nav = { gpu, userAgent: `Node.js/${process.versions.node}`, hardwareConcurrency: 1 };
  Object.defineProperty(globalThis, 'navigator', { value: nav, configurable: true, writable: true });
  return gpu;
}
