// multinomial is random, so it is checked by its laws rather than by numpy:
// frequencies, seeding, permutations without replacement, zero weights never
// drawn, and the same draws on every backend for the same seed.
import { afterAll, describe, expect, it } from 'vitest';
import { plannedDevices, torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

async function ints(t: torch.Tensor): Promise<number[]> {
  return [...(await t.data())];
}

for (const device of plannedDevices()) {
  describe(`[${device}] multinomial`, () => {
    it('draws with replacement in proportion to the weights (unnormalised rows)', async () => {
      const probs = torch.tensor([[1, 2, 7, 0]], { device });
      const n = 4000;
      const draws = await ints(torch.multinomial(probs, n, { replacement: true, generator: new torch.Generator(1) }));
      const counts = [0, 0, 0, 0];
      for (const d of draws) counts[d]!++;
      expect(counts[3]).toBe(0);
      expect(counts[0]! / n).toBeCloseTo(0.1, 1);
      expect(counts[1]! / n).toBeCloseTo(0.2, 1);
      expect(counts[2]! / n).toBeCloseTo(0.7, 1);
    });

    it('without replacement gives distinct indices, all of them when numSamples = n', async () => {
      const probs = torch.tensor([[0.1, 0.2, 0.3, 0.4], [0.4, 0.3, 0.2, 0.1]], { device });
      const out = torch.multinomial(probs, 4, { generator: new torch.Generator(3) });
      expect(out.shape).toEqual([2, 4]);
      expect(out.dtype).toBe('int32');
      const v = await ints(out);
      expect([...v.slice(0, 4)].sort()).toEqual([0, 1, 2, 3]);
      expect([...v.slice(4)].sort()).toEqual([0, 1, 2, 3]);
    });

    it('without replacement favours heavy categories first', async () => {
      const probs = torch.tensor([0.02, 0.02, 0.96], { device });
      const g = new torch.Generator(5);
      let firstIsHeavy = 0;
      for (let i = 0; i < 200; i++) if ((await ints(torch.multinomial(probs, 2, { generator: g })))[0] === 2) firstIsHeavy++;
      expect(firstIsHeavy).toBeGreaterThan(170);
    });

    it('is reproducible with manualSeed', async () => {
      const probs = torch.softmax(torch.tensor([[0.5, 1, 2, -1, 0]], { device }), -1);
      torch.manualSeed(42);
      const a = await ints(torch.multinomial(probs, 6, { replacement: true }));
      torch.manualSeed(42);
      const b = await ints(torch.multinomial(probs, 6, { replacement: true }));
      expect(a).toEqual(b);
    });
  });
}

describe.runIf(plannedDevices().includes('webgpu:0'))('multinomial across backends', () => {
  it('the same seed gives the same draws on cpu and webgpu', async () => {
    const w = [0.05, 0.3, 0.15, 0.5];
    const cpu = await ints(torch.multinomial(torch.tensor(w), 50, { replacement: true, generator: new torch.Generator(9) }));
    const gpu = await ints(torch.multinomial(torch.tensor(w, { device: 'webgpu:0' }), 50, { replacement: true, generator: new torch.Generator(9) }));
    expect(gpu).toEqual(cpu);
  });
});

describe('argument errors name the op and shapes', () => {
  it('multinomial', () => {
    expect(() => torch.multinomial(torch.tensor([0.5, 0.5]), 3)).toThrow(/multinomial: .*without replacement/);
    expect(() => torch.multinomial(torch.tensor([-1, 2]), 1)).toThrow(/multinomial: probability tensor contains/);
    expect(() => torch.multinomial(torch.tensor([0, 1, 0]), 2)).toThrow(/multinomial: cannot sample n_sample \(2\) > .*non-zero/);
    expect(() => torch.multinomial(torch.zeros([2, 2, 2]), 1)).toThrow(/multinomial: prob_dist must be 1 or 2 dim, got shape \[2, 2, 2\]/);
  });
  it('topk, tril, cumsum', () => {
    expect(() => torch.topk(torch.zeros([2, 3]), 4)).toThrow(/topk: k \(4\) is out of range .*input shape \[2, 3\]/);
    expect(() => torch.tril(torch.zeros([3]))).toThrow(/tril: .*at least 2 dimensions, got shape \[3\]/);
    expect(() => torch.cumsum(torch.zeros([3]), 2)).toThrow(/cumsum: dim 2 is out of range/);
  });
  it('scaledDotProductAttention', () => {
    const q = torch.zeros([1, 2, 4]);
    expect(() => torch.scaledDotProductAttention(q, torch.zeros([1, 3, 5]), torch.zeros([1, 3, 4]))).toThrow(
      /scaledDotProductAttention: query \[1, 2, 4\] and key \[1, 3, 5\]/,
    );
    expect(() => torch.scaledDotProductAttention(q, q, q, { isCausal: true, attnMask: torch.ones([2, 2], { dtype: 'bool' }) })).toThrow(
      /attnMask should not be set when isCausal/,
    );
  });
  it('topk picks the first of equal values and handles -inf rows', async () => {
    const { values, indices } = torch.topk(torch.tensor([[-Infinity, -Infinity, 1]]), 3, 1);
    expect(await indices.tolist()).toEqual([[2, 0, 1]]);
    expect(await values.tolist()).toEqual([[1, -Infinity, -Infinity]]);
  });
});
