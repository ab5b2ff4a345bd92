import { afterAll, describe } from 'vitest';
import { openGPUs, torch } from './parallel-support.js';
import { dataParallelSuite } from './support/data-parallel-suite.js';

// Four independent GPUDevices on the one (SwiftShader, in CI) adapter.
const gpus = await openGPUs(4);
afterAll(() => torch.shutdown());

if (gpus.length === 4) dataParallelSuite('WebGPU', gpus);
else describe.skip('DataParallel on WebGPU (no adapter)', () => undefined);
