/**
 * The Node entry: the same API as the browser build, with WebGPU from the
 * `webgpu` npm package (Dawn's node binding). On a machine without a GPU, point
 * Vulkan at SwiftShader: VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json.
 */
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import { setWebGPUProvider } from './device.js';
import { setCpuCapabilityDefault, setRelaxedSimdEnabler, type CpuCapability } from './backend/cpu/capability.js';
import { nodeSpawner } from './backend/worker/node-spawn.js';
import { setWorkerSpawner } from './backend/worker/spawn.js';

export * from './index.js';

interface DawnModule {
  create(flags: string[]): GPU;
  globals: Record<string, unknown>;
}

let instance: GPU | undefined;
let loadError: string | undefined;

function loadDawn(): GPU | undefined {
  if (instance) return instance;
  try {
    const require = createRequire(import.meta.url);
    // NOTE: `webgpu` is ESM with a CJS-loadable native addon; import its index via require to stay synchronous.
    const dawn = require('webgpu') as DawnModule;
    Object.assign(globalThis, dawn.globals);
    const flags = (process.env.WEBTORCH_DAWN_FLAGS ?? '').split(/\s+/).filter(Boolean);
    instance = dawn.create(flags);
    return instance;
  } catch (e) {
    loadError = (e as Error).message;
    return undefined;
  }
}

// Node 20's V8 (11.3) implements relaxed SIMD behind a flag that Node 21+ no
// longer needs; the flag only widens what WebAssembly validates, and it is
// set before any kernels compile. Newer Node never reaches this.
setRelaxedSimdEnabler(() => {
  if (process.versions.node.split('.')[0] === '20') setFlagsFromString('--experimental-wasm-relaxed-simd');
});
setCpuCapabilityDefault((process.env.WEBTORCH_CPU_CAPABILITY || undefined) as CpuCapability | undefined);

// Worker-thread cpu devices ('cpu:N', `init({ cpuWorkers })`) run in worker_threads.
setWorkerSpawner(nodeSpawner);

setWebGPUProvider({
  gpu: () => {
    if (process.env.WEBTORCH_DISABLE_WEBGPU === '1') return undefined;
    return loadDawn();
  },
  // Node stays alive while the dawn instance is referenced.
  release: () => {
    instance = undefined;
  },
});

export function dawnLoadError(): string | undefined {
  return loadError;
}

// NOTE: this local export shadows the browser `data` namespace re-exported above,
// adding the datasets that read files (mnist, cifar10).
export * as data from './data/node.js';

// save/load/saveTrainingCheckpoint accept file paths in Node (written atomically).
import { setFileAccess } from './io/checkpoint.js';
import { nodeFileAccess } from './io/node-files.js';

setFileAccess(nodeFileAccess);

// cpu kernels split over worker_threads helpers (intra-op threads; torch.setNumThreads).
import { setThreadSupport } from './backend/cpu/thread-support.js';
import { nodeThreadSupport } from './backend/cpu/node-threads.js';

setThreadSupport(nodeThreadSupport);
export { writeFileAtomic } from './io/node-files.js';
