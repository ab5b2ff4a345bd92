import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getBackend } from '../src/device.js';
import * as F from '../src/nn/functional.js';
import { compare } from './support/op-table.js';
import { defineOpTableSuites, loadCases } from './support/op-table-suite.js';
import { NN_OPS } from './support/nn-op-table.js';
import { openDevices, plannedDevices, torch } from './support/setup-torch.js';

const cases = loadCases('nn-cases.json');

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

defineOpTableSuites('nn.functional', cases, NN_OPS, 2000);

for (const device of plannedDevices()) {
  describe(`[${device}] dropout`, () => {
    const p = 0.3;
    /** The mask dropout must draw: one uniform per element from a generator seeded like the default one. */
    function expectedMask(seed: number, n: number): number[] {
      const g = new torch.Generator(seed);
      return Array.from({ length: n }, () => (g.uniform() < 1 - p ? 1 / (1 - p) : 0));
    }

    it('is the identity for p = 0 and when not training', () => {
      const x = torch.randn([3, 4], { device });
      expect(F.dropout(x, { p: 0 })).toBe(x);
      expect(F.dropout(x, { p: 0.5, training: false })).toBe(x);
      x.dispose();
    });

    it('draws its mask from the seeded generator and scales kept values by 1/(1-p)', async () => {
      const x = torch.full([4, 25], 2, { device, requiresGrad: true });
      torch.manualSeed(1234);
      const y = F.dropout(x, { p });
      const mask = expectedMask(1234, 100);
      expect(compare(await y.data(), mask.map((m) => 2 * m), 1e-6, 1e-6)).toBeUndefined();
      const kept = mask.filter((m) => m > 0).length;
      expect(kept).toBeGreaterThan(50);
      expect(kept).toBeLessThan(90);
      y.backward(torch.onesLike(y));
      expect(compare(await x.grad!.data(), mask, 1e-6, 1e-6)).toBeUndefined();
      y.dispose();
      x.dispose();
    });

    it('zeroes everything for p = 1', async () => {
      const x = torch.randn([2, 3], { device });
      const y = F.dropout(x, { p: 1 });
      // x * 0, as PyTorch: negative inputs give -0.
      expect([...(await y.data())].every((v) => v === 0)).toBe(true);
      x.dispose();
      y.dispose();
    });
  });

  describe(`[${device}] relu's gradient`, () => {
    it('passes g where the output is > 0 and gives 0 where it is 0 (x <= 0, -0 included)', async () => {
      const x = torch.tensor([-1, -0, 0, 0.5, 2, -3, 1e-30], { device, requiresGrad: true });
      F.relu(x).backward(torch.tensor([1, 2, 3, 4, 5, 6, 7], { device }));
      expect(Array.from(await x.grad!.data())).toEqual([0, 0, 0, 4, 5, 0, 7]);
      x.dispose();
    });
  });

  describe(`[${device}] linear's weight gradient`, () => {
    it('arrives row-major as gᵀx, with no copy of a transposed product', async () => {
      const [n, inF, outF] = [5, 7, 3];
      const xs = Array.from({ length: n * inF }, (_, i) => Math.sin(i + 1));
      const gs = Array.from({ length: n * outF }, (_, i) => Math.cos(2 * i + 1));
      const x = torch.tensor(xs, { device }).reshape([n, inF]);
      const w = torch.randn([outF, inF], { device, requiresGrad: true });
      const g = torch.tensor(gs, { device }).reshape([n, outF]);
      const copy = vi.spyOn(getBackend(device), 'copy');
      F.linear(x, w).backward(g);
      expect(copy).not.toHaveBeenCalled();
      copy.mockRestore();
      const want: number[] = [];
      for (let o = 0; o < outF; o++) {
        for (let i = 0; i < inF; i++) {
          let sum = 0;
          for (let r = 0; r < n; r++) sum += gs[r * outF + o]! * xs[r * inF + i]!;
          want.push(sum);
        }
      }
      expect(w.grad!.isContiguous()).toBe(true);
      expect(compare(await w.grad!.data(), want, 1e-5, 1e-5)).toBeUndefined();
      for (const t of [x, w, g]) t.dispose();
    });
  });

  describe(`[${device}] nn.functional training step`, () => {
    it('conv -> pool -> linear -> crossEntropy backward leaves no tensors behind', async () => {
      const w1 = torch.randn([4, 1, 3, 3], { device, requiresGrad: true });
      const w2 = torch.randn([3, 16], { device, requiresGrad: true });
      const x = torch.randn([2, 1, 6, 6], { device });
      const y = torch.tensor([0, 2], { dtype: 'int32', device });
      const step = (): void => {
        torch.tidy(() => {
          const h = F.maxPool2d(F.relu(F.conv2d(x, w1, null, { padding: 1 })), 3);
          F.crossEntropy(F.linear(h.flatten(1), w2), y).backward();
        });
        w1.grad?.dispose();
        w1.grad = null;
        w2.grad?.dispose();
        w2.grad = null;
      };
      step();
      const before = torch.memory().numTensors;
      step();
      step();
      expect(torch.memory().numTensors).toBe(before);
      for (const t of [w1, w2, x, y]) t.dispose();
    });
  });
}

describe('[cpu] nn.functional shapes', () => {
  it('crossEntropy takes unbatched [C] logits with a 0-d target', async () => {
    const logits = torch.tensor([0.5, -1, 2]);
    const one = F.crossEntropy(logits, torch.tensor(2, { dtype: 'int32' }));
    const batched = F.crossEntropy(logits.reshape([1, 3]), torch.tensor([2], { dtype: 'int32' }));
    expect(one.shape).toEqual([]);
    expect(await one.item()).toBeCloseTo((await batched.item()) as number, 6);
  });
  it('adaptiveAvgPool2d keeps a dim given as null', () => {
    expect(F.adaptiveAvgPool2d(torch.zeros([1, 2, 5, 7]), [3, null]).shape).toEqual([1, 2, 3, 7]);
  });
});

describe('[cpu] nn.functional errors', () => {
  const cpu = { device: 'cpu' };
  it('conv2d names the channel mismatch', () => {
    const x = torch.zeros([64, 1, 28, 28], cpu);
    const w = torch.zeros([6, 3, 5, 5], cpu);
    expect(() => F.conv2d(x, w)).toThrow('conv2d: expected input [N, C, H, W] with C = 3 channels (weight [6, 3, 5, 5], groups 1), got input of shape [64, 1, 28, 28]');
  });
  it('conv2d rejects an output size <= 0', () => {
    expect(() => F.conv2d(torch.zeros([1, 1, 2, 2], cpu), torch.zeros([1, 1, 3, 3], cpu))).toThrow(/conv2d: output size \[1, 1, 0, 0\] is too small/);
  });
  it('crossEntropy wants int32 class indices in range', () => {
    const logits = torch.zeros([2, 3], cpu);
    expect(() => F.crossEntropy(logits, torch.zeros([2], cpu))).toThrow('crossEntropy: target must be an int32 tensor of class indices, got float32');
    expect(() => F.crossEntropy(logits, torch.tensor([0, 3], { dtype: 'int32', ...cpu }))).toThrow('crossEntropy: target 3 is out of bounds for 3 classes');
    expect(() => F.crossEntropy(logits, torch.tensor([0, 1, 2], { dtype: 'int32', ...cpu }))).toThrow(/expected target of shape \[2\]/);
  });
  it('pooling checks padding against half the kernel', () => {
    expect(() => F.maxPool2d(torch.zeros([1, 1, 4, 4], cpu), 2, { padding: 2 })).toThrow(/padding should be at most half of kernel size/);
  });
  it('batchNorm needs running stats in eval and more than one value per channel in training', () => {
    expect(() => F.batchNorm(torch.zeros([2, 3], cpu), null, null)).toThrow(/runningMean and runningVar must be given/);
    expect(() => F.batchNorm(torch.zeros([1, 3], cpu), null, null, null, null, { training: true })).toThrow(/more than 1 value per channel/);
  });
  it('embedding and linear name the bad argument', () => {
    expect(() => F.embedding(torch.zeros([2], cpu), torch.zeros([3, 2], cpu))).toThrow(/embedding: indices must be an int32 tensor/);
    expect(() => F.linear(torch.zeros([64, 400], cpu), torch.zeros([120, 84], cpu))).toThrow('linear: input [64, 400] has 400 features but weight [120, 84] expects 84');
  });
});
