import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch, collectGarbage } from './support/setup-torch.js';

beforeAll(async () => {
  await openDevices();
});
afterAll(() => torch.shutdown());

const close = (a: ArrayLike<number>, b: readonly number[], tol = 1e-5): void => {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < b.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(b[i]!)));
};

for (const device of plannedDevices()) {
  describe(`[${device}] autograd`, () => {
    it('diamond graph: x feeds two branches that meet again', async () => {
      // y = (2x) * (x + 3) = 2x^2 + 6x  ->  dy/dx = 4x + 6
      const x = torch.tensor([1, -2, 0.5], { device, requiresGrad: true });
      const y = x.mul(2).mul(x.add(3)).sum();
      y.backward();
      close(await x.grad!.data(), [10, -2, 8]);
    });

    it('a tensor used twice in one op accumulates both uses', async () => {
      const x = torch.tensor([3, -1], { device, requiresGrad: true });
      x.mul(x).sum().backward();
      close(await x.grad!.data(), [6, -2]);
    });

    it('gradients of broadcast inputs are summed back to their shapes', async () => {
      const a = torch.tensor([[1, 2, 3], [4, 5, 6]], { device, requiresGrad: true });
      const b = torch.tensor([10, 20, 30], { device, requiresGrad: true });
      const c = torch.tensor([[2], [3]], { device, requiresGrad: true });
      a.mul(b).add(c).sum().backward();
      close(await a.grad!.data(), [10, 20, 30, 10, 20, 30]);
      close(await b.grad!.data(), [5, 7, 9]);
      close(await c.grad!.data(), [3, 3]);
    });

    it('backward twice accumulates into .grad', async () => {
      const x = torch.tensor([1, 2], { device, requiresGrad: true });
      x.mul(3).sum().backward();
      x.mul(3).sum().backward();
      close(await x.grad!.data(), [6, 6]);
    });

    it('noGrad records nothing; detach cuts the graph', async () => {
      const x = torch.tensor([1, 2], { device, requiresGrad: true });
      const y = torch.noGrad(() => x.mul(2));
      expect(y.requiresGrad).toBe(false);
      expect(y.gradFn).toBeNull();
      const z = x.detach().mul(5).add(x).sum();
      z.backward();
      close(await x.grad!.data(), [1, 1]);
    });

    it('retainGraph allows a second backward; without it the second fails clearly', async () => {
      const x = torch.tensor([2], { device, requiresGrad: true });
      const y = x.exp().sum();
      y.backward(undefined, { retainGraph: true });
      y.backward();
      close(await x.grad!.data(), [2 * Math.exp(2)], 1e-5);
      expect(() => y.backward()).toThrow(/second time/);
    });

    it('backward(gradient) for a non-scalar output', async () => {
      const x = torch.tensor([1, 2, 3], { device, requiresGrad: true });
      const y = x.mul(x);
      y.backward(torch.tensor([1, 0.5, -1], { device }));
      close(await x.grad!.data(), [2, 2, -6]);
    });

    it('errors: non-scalar without gradient, tensor without grad', () => {
      const x = torch.tensor([1, 2], { device, requiresGrad: true });
      expect(() => x.mul(2).backward()).toThrow(/scalar outputs/);
      expect(() => torch.tensor([1], { device }).backward()).toThrow(/does not require grad/);
    });

    it('gradients flow through views (transpose, slice, reshape)', async () => {
      const x = torch.tensor([[1, 2, 3], [4, 5, 6]], { device, requiresGrad: true });
      const y = x.t().slice(0, 1).reshape([-1]).mul(torch.tensor([1, 2, 3, 4], { device })).sum();
      y.backward();
      close(await x.grad!.data(), [0, 1, 3, 0, 2, 4]);
    });

    it('a loss returned from tidy still backprops, and tidy frees the intermediates', async () => {
      await collectGarbage();
      const w = torch.tensor([0.5, -1.5], { device, requiresGrad: true });
      const before = torch.memory().numTensors;
      const loss = torch.tidy(() => w.mul(w).exp().sum());
      loss.backward();
      loss.dispose();
      close(await w.grad!.data(), [2 * 0.5 * Math.exp(0.25), 2 * -1.5 * Math.exp(2.25)], 1e-5);
      expect(torch.memory().numTensors).toBe(before + 1); // w.grad
    });
  });

  describe(`[${device}] slice gradients`, () => {
    it('sum in place into one buffer per input: overlapping, strided and mixed with other uses', async () => {
      const x = torch.tensor([[1, 2], [3, 4], [5, 6], [7, 8], [9, 10]], { device, requiresGrad: true });
      const y = x.mul(2);
      const loss = torch.tidy(() => {
        const a = y.narrow(0, 0, 3).mul(torch.tensor([[1, 1], [1, 1], [1, 1]], { device })).sum(); // rows 0-2, weight 1
        const b = y.narrow(0, 2, 3).mul(3).sum(); // rows 2-4, weight 3 (overlaps row 2)
        const c = y.slice(0, 1, 5, 2).mul(10).sum(); // rows 1, 3, weight 10
        const d = y.narrow(1, 1, 1).sum(); // column 1, weight 1
        return a.add(b).add(c).add(d).add(y.sum());
      });
      loss.backward();
      // dL/dy per row (both columns), plus 1 on column 1 and 1 everywhere; dy/dx = 2.
      const rowWeight = [1, 1 + 10, 1 + 3, 3 + 10, 3];
      const expected = rowWeight.map((w) => [2 * (w + 1), 2 * (w + 1 + 1)]);
      expect(await x.grad!.tolist()).toEqual(expected);
      // The caller's seed gradient is never written into.
      const z = torch.tensor([1, 2, 3, 4], { device, requiresGrad: true });
      const seed = torch.tensor([5, 6], { device });
      z.narrow(0, 1, 2).backward(seed);
      expect(await seed.tolist()).toEqual([5, 6]);
      expect(await z.grad!.tolist()).toEqual([0, 5, 6, 0]);
    });

    it('allocate one input-sized buffer however many slices (an RNN unroll stays linear)', async () => {
      const steps = 40;
      const x = torch.randn([steps, 64], { device, requiresGrad: true });
      const loss = torch.tidy(() => {
        let acc = torch.zeros([64], { device });
        for (let t = 0; t < steps; t++) acc = acc.add(x.narrow(0, t, 1).squeeze(0).mul(t));
        return acc.sum();
      });
      const backend = (await import('../src/device.js')).getBackend(device);
      const alloc = backend.alloc.bind(backend);
      let full = 0;
      backend.alloc = (bytes: number) => {
        if (bytes >= steps * 64 * 4) full++;
        return alloc(bytes);
      };
      try {
        loss.backward();
      } finally {
        backend.alloc = alloc;
      }
      expect(full).toBeLessThanOrEqual(2);
      const g = await x.grad!.data();
      for (let t = 0; t < steps; t++) expect(g[t * 64 + 7]).toBe(t);
    });
  });

  describe(`[${device}] memory`, () => {
    it('1,000 iterations of an op chain inside tidy keep memory() flat', async () => {
      const x = torch.randn([16, 16], { device });
      const w = torch.randn([16, 16], { device, requiresGrad: true });
      const step = (): void => {
        const loss = torch.tidy(() => {
          const l = x.matmul(w).relu().softmax(1).log().mean();
          l.backward();
          return l;
        });
        loss.dispose();
        w.grad?.dispose();
        w.grad = null;
      };
      step();
      await torch.sync();
      const before = torch.memory();
      for (let i = 0; i < 1000; i++) step();
      await torch.sync();
      const after = torch.memory();
      // NOTE: the FinalizationRegistry may free tensors leaked by earlier tests
      // mid-loop, so the counts can drop; a leak would make them grow by ~1,000x.
      expect(after.numTensors).toBeLessThanOrEqual(before.numTensors);
      expect(after.bytes[device]).toBeLessThanOrEqual(before.bytes[device]!);
    });
  });

  describe(`[${device}] errors name the op, shapes and devices`, () => {
    it('matmul shape mismatch', () => {
      const a = torch.zeros([64, 400], { device });
      const b = torch.zeros([120, 84], { device });
      expect(() => torch.matmul(a, b)).toThrow('matmul: shapes [64, 400] and [120, 84] cannot be multiplied');
    });
    it('broadcast mismatch', () => {
      expect(() => torch.add(torch.zeros([2, 3], { device }), torch.zeros([4], { device }))).toThrow(/add: shapes \[2, 3\] and \[4\]/);
    });
    it('reshape to a wrong size', () => {
      expect(() => torch.zeros([2, 3], { device }).reshape([4, 2])).toThrow(/reshape: shape \[4, 2\] is invalid for input of size 6/);
    });
    it('dim out of range', () => {
      expect(() => torch.zeros([2, 3], { device }).sum(2)).toThrow(/sum: dim 2 is out of range/);
    });
    it('ragged input', () => {
      expect(() => torch.tensor([[1, 2], [3]], { device })).toThrow(/ragged/);
    });
    it('index dtype', () => {
      expect(() => torch.zeros([3], { device }).indexSelect(0, torch.zeros([2], { device }))).toThrow(/indexSelect: index must be an int32 tensor/);
    });
  });
}

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] device rules', () => {
  it('mixing devices names both', () => {
    const a = torch.zeros([2], { device: 'cpu' });
    const b = torch.zeros([2], { device: 'webgpu' });
    expect(() => a.add(b)).toThrow('add: expected all tensors on the same device, but found cpu and webgpu:0');
  });
  it('dataSync on webgpu says why it cannot', () => {
    expect(() => torch.zeros([2], { device: 'webgpu' }).dataSync()).toThrow(/asynchronous, use await t.data\(\)/);
  });
  it('to() moves data both ways', async () => {
    const a = torch.tensor([1, 2, 3]);
    const g = a.to('webgpu');
    expect(g.device).toBe('webgpu:0');
    expect([...(await g.mul(2).data())]).toEqual([2, 4, 6]);
    const back = await g.toAsync('cpu');
    expect([...back.dataSync()]).toEqual([1, 2, 3]);
  });
  it('manualSeed gives the same numbers on both backends', async () => {
    torch.manualSeed(7);
    const a = await torch.randn([5], { device: 'cpu' }).data();
    torch.manualSeed(7);
    const b = await torch.randn([5], { device: 'webgpu' }).data();
    expect([...b]).toEqual([...a]);
  });
});
