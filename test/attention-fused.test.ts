// The fused attention kernels (Backend.attention / attentionBackward) against
// the composed path (matmul + masked softmax + matmul) on odd sizes, causal
// and not, forward and gradients; and the composed backward used when a
// backend has only the fused forward.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CpuBackend } from '../src/backend/cpu/cpu-backend.js';
import { getBackend } from '../src/device.js';
import { plannedDevices, torch } from './support/setup-torch.js';

// The cpu backend fuses only when the scores would be large (it is slower below); force it here.
const cpu = getBackend('cpu') as CpuBackend;
const defaultMinBytes = cpu.fusedAttentionMinBytes;
beforeAll(() => {
  cpu.fusedAttentionMinBytes = 0;
});

afterAll(() => {
  cpu.fusedAttentionMinBytes = defaultMinBytes;
  torch.shutdown();
});

interface Result {
  out: number[];
  grads: number[][];
}

/** [batch, heads, L, S, E, Ev]: odd sizes (SIMD tails), and one past a 64-row workgroup / key tile. */
type Dims = readonly [number, number, number, number, number, number];
const SHAPES: Dims[] = [[2, 3, 37, 29, 16, 12], [1, 2, 70, 70, 8, 8]];

async function run(device: string, causal: boolean, composed: boolean, seed: number, dims: Dims = SHAPES[0]!): Promise<Result> {
  const [N, H, L, S, E, Ev] = dims;
  const g = new torch.Generator(seed);
  const q = torch.randn([N, H, L, E], { device, generator: g }).requiresGrad_();
  const k = torch.randn([N, H, S, E], { device, generator: g }).requiresGrad_();
  const v = torch.randn([N, H, S, Ev], { device, generator: g }).requiresGrad_();
  const cot = torch.randn([N, H, L, Ev], { device, generator: g });
  // An all-true bool mask (or the explicit causal one) takes the composed path.
  let attnMask: torch.Tensor | null = null;
  if (composed) attnMask = causal ? torch.tril(torch.ones([L, S], { device, dtype: 'bool' })) : torch.ones([L, S], { device, dtype: 'bool' });
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
    for (const dims of SHAPES) {
      for (const causal of [false, true]) {
        it(`${causal ? 'causal' : 'full'} [${dims.join(', ')}]: output and gradients`, async () => {
          const fused = await run(device, causal, false, 7, dims);
          const composed = await run(device, causal, true, 7, dims);
          expectClose(fused.out, composed.out);
          fused.grads.forEach((g, i) => expectClose(g, composed.grads[i]!));
        });
      }
    }
  });
}

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] fused attention plumbing', () => {
  it('runs the WGSL kernels for full and causal attention, and declines head dims over 128', () => {
    const backend = getBackend('webgpu:0');
    const original = backend.attention!;
    const answers: boolean[] = [];
    backend.attention = (...args) => {
      const handled = original.apply(backend, args);
      answers.push(handled);
      return handled;
    };
    try {
      const x = torch.randn([1, 4, 8], { device: 'webgpu:0' });
      torch.scaledDotProductAttention(x, x, x);
      torch.scaledDotProductAttention(x, x, x, { isCausal: true });
      const wide = torch.randn([1, 2, 130], { device: 'webgpu:0' });
      expect(torch.scaledDotProductAttention(wide, wide, wide).shape).toEqual([1, 2, 130]);
      expect(answers).toEqual([true, true, false]);
    } finally {
      backend.attention = original;
    }
  });
});

describe('[cpu] fused attention plumbing', () => {
  it('runs the backend kernel without mask or dropout, and declines small scores by default', () => {
    const backend = getBackend('cpu');
    const original = backend.attention!;
    const answers: boolean[] = [];
    backend.attention = (...args) => {
      const handled = original.apply(backend, args);
      answers.push(handled);
      return handled;
    };
    try {
      const x = torch.randn([1, 4, 8]);
      torch.scaledDotProductAttention(x, x, x, { isCausal: true });
      torch.scaledDotProductAttention(x, x, x, { isCausal: true, dropoutP: 0.5 }); // composed: not asked
      torch.scaledDotProductAttention(x, x, x);
      cpu.fusedAttentionMinBytes = defaultMinBytes;
      torch.scaledDotProductAttention(x, x, x);
      expect(answers).toEqual([true, true, false]);
    } finally {
      backend.attention = original;
      cpu.fusedAttentionMinBytes = 0;
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
