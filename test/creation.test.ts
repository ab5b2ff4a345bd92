import { afterAll, describe, expect, it } from 'vitest';
import { plannedDevices, torch, collectGarbage } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

for (const device of plannedDevices()) {
  describe(`[${device}] tensor creation`, () => {
    // First in the block: garbage from later tests would be finalized (and its bytes
    // released) at unpredictable awaits and skew the byte count.
    it('requiresGrad only on float tensors; dispose frees memory', async () => {
      expect(() => torch.tensor([1, 2], { device, dtype: 'int32', requiresGrad: true })).toThrow(/only float32/);
      await collectGarbage();
      const before = torch.memory();
      const t = torch.ones([1000], { device });
      const v = t.reshape([10, 100]);
      expect(torch.memory().numTensors).toBe(before.numTensors + 2);
      t.dispose();
      const total = v.sum();
      expect(await total.item()).toBe(1000);
      total.dispose();
      v.dispose();
      await torch.sync();
      expect(torch.memory().bytes[device]).toBe(before.bytes[device]);
      expect(() => t.add(1)).toThrow(/disposed/);
    });

    it('the finalizer frees dropped tensors that escaped tidy (returned or kept); tidy frees the rest', async () => {
      await collectGarbage();
      const before = torch.memory();
      // Tensors made inside tidy join the finalizer only when they escape: these two escape, then are dropped.
      const dropReturned = (): void => void torch.tidy(() => torch.ones([4096], { device }).mul(2));
      const dropKept = (): void => torch.tidy(() => void torch.keep(torch.ones([4096], { device }).add(1)));
      dropReturned();
      dropKept();
      expect(torch.memory().numTensors).toBe(before.numTensors + 2);
      for (let i = 0; i < 3 && torch.memory().numTensors > before.numTensors; i++) await collectGarbage();
      expect(torch.memory().numTensors).toBe(before.numTensors);
      expect(torch.memory().bytes[device] ?? 0).toBe(before.bytes[device] ?? 0);
    });

    it('tensor() infers dtype and shape from nested arrays and typed arrays', async () => {
      const f = torch.tensor([[1, 2, 3], [4, 5, 6]], { device });
      expect([f.dtype, f.shape, f.device]).toEqual(['float32', [2, 3], device]);
      expect(await f.tolist()).toEqual([[1, 2, 3], [4, 5, 6]]);
      const b = torch.tensor([true, false], { device });
      expect(b.dtype).toBe('bool');
      expect(await b.tolist()).toEqual([true, false]);
      const i = torch.tensor(Int32Array.from([7, -8]), { device });
      expect(i.dtype).toBe('int32');
      expect(await i.tolist()).toEqual([7, -8]);
      const s = torch.tensor(3.5, { device });
      expect(s.shape).toEqual([]);
      expect(await s.item()).toBe(3.5);
      expect(torch.tensor([[1.9, -1.9]], { device, dtype: 'int32' }).dtype).toBe('int32');
      expect(await torch.tensor([[1.9, -1.9]], { device, dtype: 'int32' }).tolist()).toEqual([[1, -1]]);
    });

    it('zeros, ones, full, eye, arange, linspace', async () => {
      expect(await torch.zeros([2, 2], { device }).tolist()).toEqual([[0, 0], [0, 0]]);
      expect(await torch.ones([3], { device, dtype: 'int32' }).tolist()).toEqual([1, 1, 1]);
      expect(await torch.full([2], 2.5, { device }).tolist()).toEqual([2.5, 2.5]);
      expect(await torch.eye(2, 3, { device }).tolist()).toEqual([[1, 0, 0], [0, 1, 0]]);
      const r = torch.arange(5, undefined, undefined, { device });
      expect([r.dtype, await r.tolist()]).toEqual(['int32', [0, 1, 2, 3, 4]]);
      expect(await torch.arange(1, 2, 0.25, { device }).tolist()).toEqual([1, 1.25, 1.5, 1.75]);
      expect(await torch.arange(5, 0, -2, { device }).tolist()).toEqual([5, 3, 1]);
      expect(await torch.linspace(0, 1, 5, { device }).tolist()).toEqual([0, 0.25, 0.5, 0.75, 1]);
      expect(await torch.zerosLike(torch.ones([2], { device, dtype: 'int32' })).tolist()).toEqual([0, 0]);
    });

    it('rand/randn/randint are seeded and in range', async () => {
      torch.manualSeed(3);
      const u = await torch.rand([1000], { device }).data();
      torch.manualSeed(3);
      const u2 = await torch.rand([1000], { device }).data();
      expect([...u2]).toEqual([...u]);
      expect(Math.min(...u)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...u)).toBeLessThan(1);
      const n = Array.from(await torch.randn([4000], { device }).data());
      const mean = n.reduce((a, b) => a + b, 0) / n.length;
      const variance = n.reduce((a, b) => a + (b - mean) ** 2, 0) / n.length;
      expect(Math.abs(mean)).toBeLessThan(0.08);
      expect(Math.abs(variance - 1)).toBeLessThan(0.1);
      const k = torch.randint(-2, 3, [500], { device });
      expect(k.dtype).toBe('int32');
      const kv = await k.data();
      expect(new Set(kv)).toEqual(new Set([-2, -1, 0, 1, 2]));
    });

  });
}
