// A device lost in the middle of a data-parallel step. Its own file: the lost
// device stays lost for the rest of the process.
import { afterAll, describe } from 'vitest';
import { getBackendIfReady } from '../src/device.js';
import { openGPUs, torch } from './parallel-support.js';
import { deviceLossSuite } from './support/data-parallel-suite.js';

const gpus = await openGPUs(4);
afterAll(() => torch.shutdown());

/** Destroys the GPUDevice behind `name`, as a driver reset or unplugged GPU would. */
function loseDevice(name: string): void {
  const backend = getBackendIfReady(name) as unknown as { device: GPUDevice } | undefined;
  if (!backend?.device) throw new Error(`no WebGPU backend ${name}`);
  backend.device.destroy();
}

if (gpus.length === 4) deviceLossSuite('WebGPU', gpus, loseDevice);
else describe.skip('DataParallel on WebGPU when a device is lost (no adapter)', () => undefined);
