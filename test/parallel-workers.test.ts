// DataParallel over worker-thread cpu devices: the main thread's 'cpu' plus
// 'cpu:1'..'cpu:3', each a WebAssembly instance in its own thread. The same
// suites as on WebGPU, then a worker that dies mid-step.
import { afterAll, describe, expect, it } from 'vitest';
import { getBackendIfReady } from '../src/device.js';
import { DataParallel } from '../src/parallel/index.js';
import type { WorkerPort } from '../src/backend/worker/spawn.js';
import { batches, maxDifference, nn, seededNet, snapshot, torch } from './parallel-support.js';
import { dataParallelSuite, deviceLossSuite } from './support/data-parallel-suite.js';

await torch.init({ webgpu: false, cpuWorkers: 4 });
afterAll(() => torch.shutdown());

/** Kills the thread behind `name` (as an out-of-memory abort would), without telling the backend. */
function killWorker(name: string): void {
  const backend = getBackendIfReady(name) as unknown as { port: WorkerPort } | undefined;
  if (!backend?.port) throw new Error(`no worker backend ${name}`);
  backend.port.terminate();
}

// devices[0] on the main thread: replica 0 computes as it is recorded, the others in parallel.
dataParallelSuite('cpu workers (main thread first)', ['cpu', 'cpu:1', 'cpu:2', 'cpu:3']);

describe('DataParallel with every replica in a worker', () => {
  it('2 and 4 worker devices end where one device does (10 SGD steps, batch 64)', async () => {
    const data = batches(10, 64);
    const train = async (devices: string[]): Promise<Map<string, Float32Array | Int32Array>> => {
      const net = seededNet();
      const dp = new DataParallel(net, { devices });
      const criterion = new nn.CrossEntropyLoss();
      const optimizer = new torch.optim.SGD(dp.parameters(), { lr: 0.05, momentum: 0.9 });
      for (const [x, y] of data) {
        optimizer.zeroGrad();
        const outputs = await dp.forward(x);
        await dp.backward(torch.tidy(() => criterion.forward(outputs, y.to(devices[0]!))));
        outputs.dispose();
        optimizer.step();
      }
      const out = await snapshot(net);
      dp.dispose();
      return out;
    };
    const one = await train(['cpu:1']);
    expect(maxDifference(await train(['cpu:1', 'cpu:2']), one)).toBeLessThan(1e-4);
    expect(maxDifference(await train(['cpu:4', 'cpu:3', 'cpu:2', 'cpu:1']), one)).toBeLessThan(1e-4);
  }, 120_000);
});

deviceLossSuite('cpu workers', ['cpu', 'cpu:1', 'cpu:2', 'cpu:3'], killWorker);
