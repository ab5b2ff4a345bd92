// DataParallel parts that need no GPU: the split rule, argument checks, and the
// one-device path (which must behave exactly as the plain module).
import { afterAll, describe, expect, it } from 'vitest';
import { DataParallel, splitSizes } from '../src/parallel/index.js';
import { batches, bitIdentical, nn, seededNet, snapshot, torch } from './parallel-support.js';

await torch.init({ webgpu: false });
afterAll(() => torch.shutdown());

describe('splitSizes', () => {
  it('gives every device work, sizes differing by at most one', () => {
    expect(splitSizes(64, 4)).toEqual([16, 16, 16, 16]);
    expect(splitSizes(10, 4)).toEqual([3, 3, 2, 2]);
    expect(splitSizes(5, 4)).toEqual([2, 1, 1, 1]);
    expect(() => splitSizes(3, 4)).toThrow(/cannot split 3 samples into 4/);
  });
});

describe('DataParallel on one device (cpu)', () => {
  it('trains exactly as the plain module', async () => {
    const data = batches(3, 8);
    const criterion = new nn.CrossEntropyLoss();
    const plain = seededNet();
    const plainOpt = new torch.optim.SGD(plain.parameters(), { lr: 0.05, momentum: 0.9 });
    for (const [x, y] of data) {
      torch.tidy(() => {
        plainOpt.zeroGrad();
        criterion.forward(plain.forward(x), y).backward();
        plainOpt.step();
      });
    }
    const net = seededNet();
    const dp = new DataParallel(net, { devices: ['cpu'] });
    const optimizer = new torch.optim.SGD(dp.parameters(), { lr: 0.05, momentum: 0.9 });
    for (const [x, y] of data) {
      optimizer.zeroGrad();
      const outputs = await dp.forward(x);
      await dp.backward(torch.tidy(() => criterion.forward(outputs, y)));
      optimizer.step();
    }
    expect(bitIdentical(await snapshot(net), await snapshot(plain))).toBe(true);
    // PyTorch's keys: the wrapped module sits under `module.`.
    expect(Object.keys(dp.stateDict())[0]).toBe('module.conv1.weight');
  });

  it('checks its arguments', async () => {
    expect(() => new DataParallel(seededNet(), { devices: [] })).toThrow(/at least one device/);
    expect(() => new DataParallel(seededNet(), { devices: ['cpu', 'cpu'] })).toThrow(/distinct/);
    expect(() => new DataParallel(seededNet(), { devices: ['webgpu:7'] })).toThrow(/webgpu:7/);
    const dp = new DataParallel(seededNet(), { devices: ['cpu'] });
    await expect(dp.forward(torch.randn([2, 1, 28, 28]), torch.randn([3]))).rejects.toThrow(/must share dim 0/);
    await expect(dp.forward(torch.randn([2, 1, 28, 28], { requiresGrad: true }))).rejects.toThrow(/require grad/);
    await expect(dp.syncGradients()).rejects.toThrow(/no forward to reduce/);
  });
});
