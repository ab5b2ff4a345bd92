// The fused attention kernels (Backend.attention / attentionBackward) against
// the composed path (matmul + masked softmax + matmul) on odd sizes, causal
// and not, forward and gradients; and the composed backward used when a
// backend has only the fused forward.
import { afterAll, describe, expect, it } from 'vitest';
import { getBackend } from '../src/device.js';
import { plannedDevices, torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

interface Result {
  out: number[];
  grads: number[][];
}

async function run(device: string, causal: boolean, composed: boolean, seed: number): Promise<Result> {
  const g = new torch.Generator(seed);
  const q = torch.randn([2, 3, 37, 16], { device, generator: g }).requiresGrad_();
  const k = torch.randn([2, 3, 29, 16], { device, generator: g }).requiresGrad_();
  const v = torch.randn([2, 3, 29, 12], { device, generator: g }).requiresGrad_();
  const cot = torch.randn([2, 3, 37, 12], { device, generator: g });
  // An all-true bool mask (or the explicit causal one) takes the composed path.
  let attnMask: torch.Tensor | null = null;
  if (composed) attnMask = causal ? torch.tril(torch.ones([37, 29], { device, dtype: 'bool' })) : torch.ones([37, 29], { device, dtype: 'bool' });
  const y = torch.scaledDotProductAttention(q, k, v, composed ? { attnMask } : { isCausal: causal });
  y.mul(cot).sum().backward();
  return { out: [...(await y.data())], grads: await Promise.all([q, k, v].map(async (t) => [...(await t.grad!.data())])) };
}

function expectClose(a: number[], b: number[], tol = 2e-4): void {
  expect(a.length).toBe(b.length);
  let worst = 0;
  a.forEach((x, i) => (worst = Math.max(worst, Math.abs(x - b[i]!) / (1 + Math.abs(b[i]!)))));
  expect(worst).toBeLessThan(tol);
}

for (const device of plannedDevices()) {
  describe(`[${device}] fused attention matches the composed path`, () => {
    for (const causal of [false, true]) {
      it(`${causal ? 'causal' : 'full'}: output and gradients`, async () => {
        const fused = await run(device, causal, false, 7);
        const composed = await run(device, causal, true, 7);
        expectClose(fused.out, composed.out);
        fused.grads.forEach((g, i) => expectClose(g, composed.grads[i]!));
      });
    }
  });
}

describe('[cpu] fused attention plumbing', () => {
  it('runs the backend kernel for causal attention without dropout (cpu declines full attention: composed is faster there)', () => {
    const backend = getBackend('cpu');
    const original = backend.attention!;
    let calls = 0;
    backend.attention = (...args) => {
      calls++;
      return original.apply(backend, args);
    };
    try {
      const x = torch.randn([1, 4, 8]);
      torch.scaledDotProductAttention(x, x, x, { isCausal: true });
      expect(calls).toBe(1);
      torch.scaledDotProductAttention(x, x, x, { isCausal: true, dropoutP: 0.5 });
      expect(calls).toBe(1);
      torch.scaledDotProductAttention(x, x, x);
      expect(calls).toBe(2); // asked, declined
    } finally {
      backend.attention = original;
    }
  });

  it('falls back to a composed backward when the backend has no attentionBackward', async () => {
    const backend = getBackend('cpu') as { attentionBackward?: unknown };
    const saved = backend.attentionBackward;
    const withKernel = await run('cpu', true, false, 9);
    try {
      backend.attentionBackward = undefined;
      const composedBackward = await run('cpu', true, false, 9);
      withKernel.grads.forEach((g, i) => expectClose(g, composedBackward.grads[i]!));
    } finally {
      backend.attentionBackward = saved;
    }
  });
});
