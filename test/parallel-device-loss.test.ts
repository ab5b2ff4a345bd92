// A device lost in the middle of a data-parallel step. Its own file: the lost
// device stays lost for the rest of the process.
import { afterAll, describe, expect, it } from 'vitest';
import { getBackendIfReady } from '../src/device.js';
import { DataParallel } from '../src/parallel/index.js';
import type { Tensor } from '../src/node.js';
import { batches, bitIdentical, nn, openGPUs, seededNet, snapshot, torch } from './parallel-support.js';

const gpus = await openGPUs(4);
const suite = gpus.length === 4 ? describe : describe.skip;
afterAll(() => torch.shutdown());

/** Destroys the GPUDevice behind `name`, as a driver reset or unplugged GPU would. */
function loseDevice(name: string): void {
  const backend = getBackendIfReady(name) as unknown as { device: GPUDevice } | undefined;
  if (!backend?.device) throw new Error(`no WebGPU backend ${name}`);
  backend.device.destroy();
}

suite('DataParallel when a device is lost', () => {
  it('fails the step naming the device and applies nothing', async () => {
    const net = seededNet();
    const dp = new DataParallel(net, { devices: gpus });
    const criterion = new nn.CrossEntropyLoss();
    const optimizer = new torch.optim.SGD(dp.parameters(), { lr: 0.05, momentum: 0.9 });
    const data = batches(2, 8);
    const step = async ([x, y]: [Tensor, Tensor]): Promise<void> => {
      optimizer.zeroGrad();
      const outputs = await dp.forward(x);
      torch.tidy(() => criterion.forward(outputs, y.to(gpus[0]!)).backward());
      outputs.dispose();
      await dp.syncGradients();
      optimizer.step();
    };
    await step(data[0]!);
    await dp.syncReplicas();
    const before = await snapshot(net);
    const replicaBefore = await snapshot(dp.replica(1));

    optimizer.zeroGrad();
    const outputs = await dp.forward(data[1]![0]);
    torch.tidy(() => criterion.forward(outputs, data[1]![1].to(gpus[0]!)).backward());
    loseDevice('webgpu:2');
    await expect(dp.syncGradients()).rejects.toThrow(/DataParallel: webgpu:2 failed during (backward|the gradient all-reduce)/);
    // No half-applied step: the gradients went, so the optimizer has nothing to apply.
    expect([...net.parameters()].every((p) => p.grad === null)).toBe(true);
    optimizer.step();
    expect(bitIdentical(await snapshot(net), before)).toBe(true);
    expect(bitIdentical(await snapshot(dp.replica(1)), replicaBefore)).toBe(true);
    // Later steps keep naming the lost device.
    await expect(step(data[0]!)).rejects.toThrow(/webgpu:2/);
    expect(bitIdentical(await snapshot(net), before)).toBe(true);
  });
});
