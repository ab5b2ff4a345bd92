// The data-parallel suites, parameterised by the devices they run on: several
// WebGPU devices (test/parallel.test.ts) or worker-thread cpu devices
// (test/parallel-workers.test.ts). Each file opens its own devices.
import { describe, expect, it } from 'vitest';
import { DataParallel } from '../../src/parallel/index.js';
import type { Tensor } from '../../src/node.js';
import { batches, bitIdentical, maxDifference, nn, seededNet, snapshot, torch } from '../parallel-support.js';
import { collectGarbage } from './gc.js';

const STEPS = 10;
// The global batch. On SwiftShader (2 cores) the 1/2/4-device runs take
// 6-9 s each when the machine is idle, up to ~40 s under heavy load: hence SLOW.
// WEBTORCH_DP_BATCH=16 keeps the same structure at a quarter of the cost.
const BATCH = Number(process.env.WEBTORCH_DP_BATCH ?? 64);
const SLOW = 300_000;
const LR = 0.05;

/** The founding loop on one device: the reference. */
async function trainSingle(data: [Tensor, Tensor][], devices: readonly string[]): Promise<Map<string, Float32Array | Int32Array>> {
  const net = seededNet();
  net.to(devices[0]!);
  const criterion = new nn.CrossEntropyLoss();
  const optimizer = new torch.optim.SGD(net.parameters(), { lr: LR, momentum: 0.9 });
  for (const [x, y] of data) {
    torch.tidy(() => {
      optimizer.zeroGrad();
      const loss = criterion.forward(net.forward(x.to(devices[0]!)), y.to(devices[0]!));
      loss.backward();
      optimizer.step();
    });
  }
  return snapshot(net);
}

export function dataParallelSuite(label: string, devices: readonly string[]): void {
  describe(`DataParallel on ${label}`, () => {
    const data = batches(STEPS, BATCH);
    let reference: Map<string, Float32Array | Int32Array>;

    it(`one device, batch ${BATCH}, ${STEPS} SGD steps (reference)`, async () => {
      const started = performance.now();
      reference = await trainSingle(data, devices);
      console.log(`reference: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, SLOW);

    for (const n of [2, 4]) {
      it(`${n} devices end with the single-device parameters; replicas identical after every step`, async () => {
        const started = performance.now();
        const net = seededNet();
        const dp = new DataParallel(net, { devices: devices.slice(0, n) });
        const criterion = new nn.CrossEntropyLoss();
        const optimizer = new torch.optim.SGD(dp.parameters(), { lr: LR, momentum: 0.9 });
        const counts: number[] = [];
        await collectGarbage();
        for (const [x, y] of data) {
          optimizer.zeroGrad();
          const outputs = await dp.forward(x);
          // tidy cannot span an await: one scope around each synchronous stretch.
          torch.tidy(() => criterion.forward(outputs, y.to(devices[0]!)).backward());
          await dp.syncGradients();
          optimizer.step();
          outputs.dispose();
          await dp.syncReplicas();
          const primary = await snapshot(dp.replica(0));
          for (let i = 1; i < n; i++) expect(bitIdentical(await snapshot(dp.replica(i)), primary)).toBe(true);
          counts.push(torch.memory().numTensors);
        }
        const diff = maxDifference(await snapshot(net), reference);
        console.log(`${n} devices: ${((performance.now() - started) / 1000).toFixed(1)} s, max |param difference| ${diff.toExponential(2)}`);
        expect(diff).toBeLessThan(1e-4);
        // Memory is flat from step to step.
        expect(new Set(counts.slice(2)).size).toBe(1);
        dp.dispose();
      }, SLOW);
    }

    it('weights an uneven split by each replica\'s share (10 samples over 4 devices: 3, 3, 2, 2)', async () => {
      const [[x, y]] = batches(1, 10, 7) as [[Tensor, Tensor]];
      const single = seededNet(3);
      single.to(devices[0]!);
      const criterion = new nn.CrossEntropyLoss();
      criterion.forward(single.forward(x.to(devices[0]!)), y.to(devices[0]!)).backward();
      const expected = new Map<string, Float32Array | Int32Array>();
      for (const [k, p] of single.namedParameters()) expected.set(k, await p.grad!.data());

      const dp = new DataParallel(seededNet(3), { devices: devices });
      const loss = criterion.forward(await dp.forward(x), y.to(devices[0]!));
      await dp.backward(loss);
      const got = new Map<string, Float32Array | Int32Array>();
      for (const [k, p] of dp.module.namedParameters()) got.set(k, await p.grad!.data());
      expect(maxDifference(got, expected)).toBeLessThan(1e-5);
      // The loss itself is the full-batch mean.
      const singleLoss = await criterion.forward(single.forward(x.to(devices[0]!)), y.to(devices[0]!)).item();
      expect(await loss.item()).toBeCloseTo(Number(singleLoss), 5);
      dp.dispose();
    });

    it('BatchNorm uses per-replica statistics; the running statistics are replica 0\'s', async () => {
      torch.manualSeed(5);
      const model = new nn.Sequential(new nn.Conv2d(1, 3, 3), new nn.BatchNorm2d(3));
      const twin = new nn.Sequential(new nn.Conv2d(1, 3, 3), new nn.BatchNorm2d(3));
      twin.loadStateDict(model.stateDict());
      twin.to(devices[0]!);
      const dp = new DataParallel(model, { devices: devices.slice(0, 2) });
      const x = torch.randn([6, 1, 5, 5]);
      const out = await torch.noGrad(() => dp.forward(x));
      // One device over each half separately gives the same output, and replica 0's half sets the running stats.
      const first = torch.noGrad(() => twin.forward(x.narrow(0, 0, 3).to(devices[0]!)));
      const stats = await snapshot(twin);
      const second = torch.noGrad(() => twin.forward(x.narrow(0, 3, 3).to(devices[0]!)));
      const expected = new Map([['out', new Float32Array([...(await first.data()), ...(await second.data())])]]);
      expect(maxDifference(new Map([['out', await out.data()]]), expected)).toBeLessThan(1e-5);
      expect(maxDifference(await snapshot(model), stats)).toBeLessThan(1e-6);
      dp.dispose();
    });

    it('takes inputs from any device, strided views included', async () => {
      const dp = new DataParallel(seededNet(), { devices: devices.slice(0, 3) });
      const x = torch.randn([7, 1, 28, 28]);
      const expected = await torch.noGrad(() => dp.forward(x));
        // A transposed-twice view on devices[1]: not contiguous, and (off the main thread) travelling asynchronously.
      const onGPU = await x.transpose(2, 3).toAsync(devices[1]!);
      const strided = onGPU.transpose(2, 3);
      expect(strided.isContiguous()).toBe(false);
      const got = await torch.noGrad(() => dp.forward(strided));
      expect(maxDifference(new Map([['y', await got.data()]]), new Map([['y', await expected.data()]]))).toBe(0);
      dp.dispose();
    });

    it('rejects a batch smaller than the number of devices, and a forgotten syncGradients', async () => {
      const dp = new DataParallel(seededNet(), { devices: devices });
      await expect(dp.forward(torch.randn([3, 1, 28, 28]))).rejects.toThrow(`a batch of 3 cannot be split across 4 devices (${devices.join(', ')})`);
      const criterion = new nn.CrossEntropyLoss();
      const [[x, y]] = batches(1, 8) as [[Tensor, Tensor]];
      criterion.forward(await dp.forward(x), y.to(devices[0]!)).backward();
      // backward stops at the gathered outputs: an optimizer step now would change nothing.
      expect([...dp.module.parameters()].every((p) => p.grad === null)).toBe(true);
      await expect(dp.forward(x)).rejects.toThrow(/syncGradients\(\)` was not called/);
      await expect(dp.syncGradients()).rejects.toThrow(/no forward to reduce/);
      dp.dispose();
    });
  });
}

/** `lose(name)` makes a device fail as a crash would; `devices[2]` is the one lost. Run last: it stays lost. */
export function deviceLossSuite(label: string, devices: readonly string[], lose: (name: string) => void): void {
  describe(`DataParallel on ${label} when a device is lost`, () => {
    it('fails the step naming the device and applies nothing', async () => {
      const net = seededNet();
      const dp = new DataParallel(net, { devices: devices });
      const criterion = new nn.CrossEntropyLoss();
      const optimizer = new torch.optim.SGD(dp.parameters(), { lr: 0.05, momentum: 0.9 });
      const data = batches(2, 8);
      const step = async ([x, y]: [Tensor, Tensor]): Promise<void> => {
        optimizer.zeroGrad();
        const outputs = await dp.forward(x);
        torch.tidy(() => criterion.forward(outputs, y.to(devices[0]!)).backward());
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
      torch.tidy(() => criterion.forward(outputs, data[1]![1].to(devices[0]!)).backward());
      lose(devices[2]!);
      await expect(dp.syncGradients()).rejects.toThrow(new RegExp(`DataParallel: ${devices[2]} failed during (backward|the gradient all-reduce)`));
      // No half-applied step: the gradients went, so the optimizer has nothing to apply.
      expect([...net.parameters()].every((p) => p.grad === null)).toBe(true);
      optimizer.step();
      expect(bitIdentical(await snapshot(net), before)).toBe(true);
      expect(bitIdentical(await snapshot(dp.replica(1)), replicaBefore)).toBe(true);
      // Later steps keep naming the lost device.
      await expect(step(data[0]!)).rejects.toThrow(devices[2]!);
      expect(bitIdentical(await snapshot(net), before)).toBe(true);
    });
  });
}
