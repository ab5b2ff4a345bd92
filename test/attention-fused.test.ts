// The fused attention kernels (Backend.attention / attentionBackward, and the
// masked Backend.attentionBiased / attentionBiasedBackward) against the
// composed path (matmul + masked softmax + matmul) and a float64 plain-JS
// reference on odd sizes, causal and not, with key-padding and float masks,
// forward and gradients; finite differences on a tiny case; and the composed
// backward used when a backend has only the fused forward.
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

type FusedMethod = 'attention' | 'attentionBackward' | 'attentionBiased' | 'attentionBiasedBackward';

/** Runs `fn` with the backend's fused attention methods hidden, so the op composes. */
async function composedOnly<T>(device: string, fn: () => Promise<T>): Promise<T> {
  const backend = getBackend(device) as unknown as Record<FusedMethod, unknown>;
  const saved = { attention: backend.attention, attentionBiased: backend.attentionBiased };
  backend.attention = undefined;
  backend.attentionBiased = undefined;
  try {
    return await fn();
  } finally {
    Object.assign(backend, saved);
  }
}

async function run(device: string, causal: boolean, composed: boolean, seed: number, dims: Dims = SHAPES[0]!): Promise<Result> {
  const [N, H, L, S, E, Ev] = dims;
  const body = async (): Promise<Result> => {
    const g = new torch.Generator(seed);
    const q = torch.randn([N, H, L, E], { device, generator: g }).requiresGrad_();
    const k = torch.randn([N, H, S, E], { device, generator: g }).requiresGrad_();
    const v = torch.randn([N, H, S, Ev], { device, generator: g }).requiresGrad_();
    const cot = torch.randn([N, H, L, Ev], { device, generator: g });
    const y = torch.scaledDotProductAttention(q, k, v, { isCausal: causal });
    y.mul(cot).sum().backward();
    return { out: [...(await y.data())], grads: await Promise.all([q, k, v].map(async (t) => [...(await t.grad!.data())])) };
  };
  return composed ? composedOnly(device, body) : body();
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

// ---- masks: the biased fused kernel (WebGPU) and the composed path (cpu) against a float64 reference

/** f32-exact "mask everything" value some libraries write instead of -inf (torch.finfo(float32).min). */
const F32_MIN = -3.4028234663852886e38;

/** Deterministic uniform numbers in [-1, 1) (mulberry32), independent of webtorch's generator. */
function uniforms(seed: number, n: number): Float32Array {
  let a = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) / 2 ** 31 - 1;
  }
  return out;
}

/** A mask as host data: its shape, dtype and values (bool as 0/1), read through broadcasting by `at`. */
interface HostMask {
  name: string;
  shape: number[];
  dtype: 'bool' | 'float32';
  data: Float32Array;
  /** Whether some query row has every key masked. */
  fullyMaskedRow: boolean;
}

/** The additive bias the mask means at (n, h, l, s) of [N, H, L, S]: bool true -> 0, false -> -inf. */
function biasAt(m: HostMask, dims: Dims, n: number, h: number, l: number, s: number): number {
  const full = [dims[0], dims[1], dims[2], dims[3]];
  const idx = [n, h, l, s];
  let flat = 0;
  const lead = full.length - m.shape.length;
  m.shape.forEach((size, d) => {
    flat = flat * size + (size === 1 ? 0 : idx[lead + d]!);
  });
  const x = m.data[flat]!;
  return m.dtype === 'bool' ? (x ? 0 : -Infinity) : x;
}

interface Problem {
  dims: Dims;
  q: Float32Array;
  k: Float32Array;
  v: Float32Array;
  cot: Float32Array;
}

function problem(dims: Dims, seed: number): Problem {
  const [N, H, L, S, E, Ev] = dims;
  const u = (i: number, n: number) => uniforms(seed * 10 + i, n).map((x) => 2 * x);
  return { dims, q: u(1, N * H * L * E), k: u(2, N * H * S * E), v: u(3, N * H * S * Ev), cot: u(4, N * H * L * Ev) };
}

/**
 * softmax(q kᵀ / sqrt(E) + bias) v and its q, k, v gradients for the
 * cotangent, in float64. A row with every key masked gives zeros and no
 * gradient (PyTorch >= 2.5's math path).
 */
function reference(p: Problem, mask: HostMask): Result {
  const [N, H, L, S, E, Ev] = p.dims;
  const scale = 1 / Math.sqrt(E);
  const out = new Array<number>(N * H * L * Ev).fill(0);
  const dq = new Array<number>(p.q.length).fill(0);
  const dk = new Array<number>(p.k.length).fill(0);
  const dv = new Array<number>(p.v.length).fill(0);
  for (let n = 0; n < N; n++) {
    for (let h = 0; h < H; h++) {
      const b = n * H + h;
      for (let l = 0; l < L; l++) {
        const qo = (b * L + l) * E;
        const scores = new Array<number>(S);
        for (let s = 0; s < S; s++) {
          let dot = 0;
          for (let e = 0; e < E; e++) dot += p.q[qo + e]! * p.k[(b * S + s) * E + e]!;
          scores[s] = dot * scale + biasAt(mask, p.dims, n, h, l, s);
        }
        const m = Math.max(...scores);
        if (m === -Infinity) continue;
        const w = scores.map((x) => Math.exp(x - m));
        const den = w.reduce((a, c) => a + c, 0);
        const probs = w.map((x) => x / den);
        const go = (b * L + l) * Ev;
        const dp = new Array<number>(S).fill(0);
        for (let s = 0; s < S; s++) {
          for (let e = 0; e < Ev; e++) {
            out[go + e] += probs[s]! * p.v[(b * S + s) * Ev + e]!;
            dv[(b * S + s) * Ev + e] += probs[s]! * p.cot[go + e]!;
            dp[s] += p.cot[go + e]! * p.v[(b * S + s) * Ev + e]!;
          }
        }
        const delta = probs.reduce((a, x, s) => a + x * dp[s]!, 0);
        for (let s = 0; s < S; s++) {
          const ds = probs[s]! * (dp[s]! - delta) * scale;
          for (let e = 0; e < E; e++) {
            dq[qo + e] += ds * p.k[(b * S + s) * E + e]!;
            dk[(b * S + s) * E + e] += ds * p.q[qo + e]!;
          }
        }
      }
    }
  }
  return { out, grads: [dq, dk, dv] };
}

/** Bool key padding [N, 1, 1, S]: batch n attends to its first lengths[n] keys. */
function paddingMask(dims: Dims, lengths: number[]): HostMask {
  const [N, , , S] = dims;
  const data = new Float32Array(N * S);
  for (let n = 0; n < N; n++) for (let s = 0; s < lengths[n]!; s++) data[n * S + s] = 1;
  return { name: `bool padding [N, 1, 1, S] lengths ${lengths.join('/')}`, shape: [N, 1, 1, S], dtype: 'bool', data, fullyMaskedRow: lengths.includes(0) };
}

/** Float [L, S]: random values with scattered -inf, and optionally query row 5 all -inf. */
function floatMaskLS(dims: Dims, fullRow: boolean, seed: number): HostMask {
  const [, , L, S] = dims;
  const data = uniforms(seed, L * S).map((x, i) => ((i % S) * 3 + Math.floor(i / S) * 7) % 5 === 0 ? -Infinity : 2 * x);
  if (fullRow) data.fill(-Infinity, 5 * S, 6 * S);
  return { name: `float [L, S]${fullRow ? ' with a fully masked row' : ''}`, shape: [L, S], dtype: 'float32', data, fullyMaskedRow: fullRow };
}

/** Float [N, H, L, S]: random values; optionally one row all -inf and one row all finfo.min (uniform weights). */
function floatMaskFull(dims: Dims, fullRow: boolean, seed: number): HostMask {
  const [N, H, L, S] = dims;
  const data = uniforms(seed, N * H * L * S).map((x) => 3 * x);
  const row = (n: number, h: number, l: number) => ((n * H + h) * L + l) * S;
  data.fill(F32_MIN, row(0, H - 1, 6), row(0, H - 1, 6) + S);
  for (let s = 1; s < S; s += 4) data[row(N - 1, 0, 2) + s] = -Infinity;
  if (fullRow) data.fill(-Infinity, row(N - 1, H - 1, 4), row(N - 1, H - 1, 4) + S);
  return { name: `float [N, H, L, S] with a finfo.min row${fullRow ? ' and a fully masked row' : ''}`, shape: [N, H, L, S], dtype: 'float32', data, fullyMaskedRow: fullRow };
}

function masksFor(dims: Dims): HostMask[] {
  return [
    paddingMask(dims, [dims[3], Math.ceil(dims[3] / 3)].slice(-dims[0])),
    paddingMask(dims, [Math.floor(dims[3] / 2), 0].slice(0, dims[0])),
    floatMaskLS(dims, false, 31),
    floatMaskLS(dims, true, 32),
    floatMaskFull(dims, false, 33),
    floatMaskFull(dims, true, 34),
  ];
}

interface Calls {
  forward: boolean[];
  backward: boolean[];
}

/** Records what the backend's biased fused kernels answered while `fn` ran (nothing where it has none). */
/** What the backend's unbiased fused `attention` answered (handled or declined) on each call `fn` made. */
function spyAttention(device: string, fn: () => void): boolean[] {
  const backend = getBackend(device);
  const original = backend.attention!;
  const answers: boolean[] = [];
  backend.attention = (...args) => {
    const handled = original.apply(backend, args);
    answers.push(handled);
    return handled;
  };
  try {
    fn();
  } finally {
    backend.attention = original;
  }
  return answers;
}

async function spyBiased<T>(device: string, fn: () => Promise<T>): Promise<[T, Calls]> {
  const backend = getBackend(device);
  const calls: Calls = { forward: [], backward: [] };
  const fwd = backend.attentionBiased;
  const bwd = backend.attentionBiasedBackward;
  if (fwd) {
    backend.attentionBiased = (...args) => {
      const handled = fwd.apply(backend, args);
      calls.forward.push(handled);
      return handled;
    };
  }
  if (bwd) {
    backend.attentionBiasedBackward = (...args) => {
      const handled = bwd.apply(backend, args);
      calls.backward.push(handled);
      return handled;
    };
  }
  try {
    return [await fn(), calls];
  } finally {
    if (fwd) backend.attentionBiased = fwd;
    if (bwd) backend.attentionBiasedBackward = bwd;
  }
}

function upload(device: string, data: Float32Array, shape: number[], dtype: 'bool' | 'float32' = 'float32'): torch.Tensor {
  return torch.tensor(data, { device, dtype }).reshape(shape);
}

async function runMasked(device: string, p: Problem, mask: HostMask): Promise<Result> {
  const [N, H, L, S, E, Ev] = p.dims;
  const q = upload(device, p.q, [N, H, L, E]).requiresGrad_();
  const k = upload(device, p.k, [N, H, S, E]).requiresGrad_();
  const v = upload(device, p.v, [N, H, S, Ev]).requiresGrad_();
  const attnMask = upload(device, mask.data, mask.shape, mask.dtype);
  const y = torch.scaledDotProductAttention(q, k, v, { attnMask });
  y.mul(upload(device, p.cot, [N, H, L, Ev])).sum().backward();
  return { out: [...(await y.data())], grads: await Promise.all([q, k, v].map(async (t) => [...(await t.grad!.data())])) };
}

for (const device of plannedDevices()) {
  const fusedHere = getBackend(device).attentionBiased !== undefined;
  describe(`[${device}] masked attention matches a float64 reference${fusedHere ? ' (fused kernel)' : ''}`, () => {
    SHAPES.forEach((dims, si) => {
      masksFor(dims).forEach((mask, mi) => {
        it(`${mask.name} [${dims.join(', ')}]: output and gradients`, async () => {
          const p = problem(dims, 100 + si * 10 + mi);
          const expected = reference(p, mask);
          const [got, calls] = await spyBiased(device, () => runMasked(device, p, mask));
          expectClose(got.out, expected.out);
          got.grads.forEach((g, i) => expectClose(g, expected.grads[i]!));
          // The fused kernels ran, forward and backward, where the backend has them.
          expect(calls).toEqual(fusedHere ? { forward: [true], backward: [true] } : { forward: [], backward: [] });
          if (mask.fullyMaskedRow) expect(got.out.every((x) => Number.isFinite(x))).toBe(true);
        });
      });
    });

    it('fused and composed paths agree on the same device', async () => {
      const dims = SHAPES[0]!;
      const p = problem(dims, 7);
      for (const mask of [paddingMask(dims, [11, 0]), floatMaskFull(dims, true, 8)]) {
        const fused = await runMasked(device, p, mask);
        const composed = await composedOnly(device, () => runMasked(device, p, mask));
        expectClose(fused.out, composed.out);
        fused.grads.forEach((g, i) => expectClose(g, composed.grads[i]!));
      }
    });

    it('gradients match central finite differences on a tiny case', async () => {
      const dims: Dims = [2, 2, 3, 5, 3, 2];
      const [N, H, L, S, E, Ev] = dims;
      const p = problem(dims, 9);
      for (const mask of [paddingMask(dims, [5, 2]), floatMaskLS(dims, false, 10)]) {
        const analytic = await runMasked(device, p, mask);
        const shapes = [[N, H, L, E], [N, H, S, E], [N, H, S, Ev]];
        const eps = 1e-2;
        const losses = torch.tidy(() => {
          const attnMask = upload(device, mask.data, mask.shape, mask.dtype);
          const cot = upload(device, p.cot, [N, H, L, Ev]);
          const all: torch.Tensor[] = [];
          [p.q, p.k, p.v].forEach((base, which) => {
            for (let i = 0; i < base.length; i++) {
              for (const sign of [1, -1]) {
                const xs = [p.q, p.k, p.v].map((t, j) => upload(device, j === which ? t.map((x, m) => (m === i ? x + sign * eps : x)) : t, shapes[j]!));
                all.push(torch.scaledDotProductAttention(xs[0]!, xs[1]!, xs[2]!, { attnMask }).mul(cot).sum());
              }
            }
          });
          return torch.stack(all);
        });
        const f = await losses.data();
        losses.dispose();
        const numeric = analytic.grads.flat().map((_, i) => (f[2 * i]! - f[2 * i + 1]!) / (2 * eps));
        const worst = analytic.grads.flat().reduce((w, g, i) => Math.max(w, Math.abs(g - numeric[i]!)), 0);
        expect(worst).toBeLessThan(3e-3);
      }
    });
  });
}

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] masked fused attention plumbing', () => {
  const device = 'webgpu:0';

  it('keeps no [B, L, S] buffer with a key-padding mask (the composed path does)', async () => {
    const dims: Dims = [2, 2, 160, 160, 8, 8];
    const [N, H, L, S] = dims;
    const p = problem(dims, 5);
    const mask = paddingMask(dims, [160, 90]);
    const backend = getBackend(device);
    const largestAlloc = async (fn: () => Promise<unknown>): Promise<number> => {
      const alloc = backend.alloc;
      let largest = 0;
      backend.alloc = (bytes) => {
        largest = Math.max(largest, bytes);
        return alloc.call(backend, bytes);
      };
      try {
        await fn();
      } finally {
        backend.alloc = alloc;
      }
      return largest;
    };
    const scoresBytes = N * H * L * S * 4;
    expect(await largestAlloc(() => runMasked(device, p, mask))).toBeLessThan(scoresBytes / 4);
    expect(await largestAlloc(() => composedOnly(device, () => runMasked(device, p, mask)))).toBeGreaterThanOrEqual(scoresBytes);
  });

  it('falls back to a composed backward when the backend has no attentionBiasedBackward', async () => {
    const dims = SHAPES[0]!;
    const p = problem(dims, 3);
    const backend = getBackend(device);
    const saved = backend.attentionBiasedBackward;
    for (const mask of [paddingMask(dims, [20, 0]), floatMaskFull(dims, true, 4)]) {
      const expected = reference(p, mask);
      let got: Result;
      try {
        backend.attentionBiasedBackward = undefined;
        got = await runMasked(device, p, mask);
      } finally {
        backend.attentionBiasedBackward = saved;
      }
      got.grads.forEach((g, i) => expectClose(g, expected.grads[i]!));
    }
  });

  it('composes for a float mask that requires grad, and for a mask that adds batch dims', async () => {
    const x = torch.randn([2, 3, 5, 4], { device }).requiresGrad_();
    const floatMask = torch.randn([5, 5], { device }).requiresGrad_();
    const [, gradCalls] = await spyBiased(device, async () => {
      torch.scaledDotProductAttention(x, x, x, { attnMask: floatMask }).sum().backward();
    });
    expect(gradCalls.forward).toEqual([]);
    expect(floatMask.grad).not.toBeNull();
    const q3 = torch.randn([3, 5, 4], { device });
    const wideMask = torch.ones([2, 3, 5, 5], { device, dtype: 'bool' });
    const [y, wideCalls] = await spyBiased(device, async () => torch.scaledDotProductAttention(q3, q3, q3, { attnMask: wideMask }));
    expect(wideCalls.forward).toEqual([]);
    expect(y.shape).toEqual([2, 3, 5, 4]);
  });
});

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] fused attention plumbing', () => {
  it('runs the WGSL kernels for full and causal attention, and declines head dims over 128', () => {
    const answers = spyAttention('webgpu:0', () => {
      const x = torch.randn([1, 4, 8], { device: 'webgpu:0' });
      torch.scaledDotProductAttention(x, x, x);
      torch.scaledDotProductAttention(x, x, x, { isCausal: true });
      const wide = torch.randn([1, 2, 130], { device: 'webgpu:0' });
      expect(torch.scaledDotProductAttention(wide, wide, wide).shape).toEqual([1, 2, 130]);
    });
    expect(answers).toEqual([true, true, false]);
  });
});

describe('[cpu] fused attention plumbing', () => {
  it('runs the backend kernel without mask or dropout, and declines small scores by default', () => {
    try {
      const answers = spyAttention('cpu', () => {
        const x = torch.randn([1, 4, 8]);
        torch.scaledDotProductAttention(x, x, x, { isCausal: true });
        torch.scaledDotProductAttention(x, x, x, { isCausal: true, dropoutP: 0.5 }); // composed: not asked
        torch.scaledDotProductAttention(x, x, x);
        cpu.fusedAttentionMinBytes = defaultMinBytes;
        torch.scaledDotProductAttention(x, x, x);
      });
      expect(answers).toEqual([true, true, false]);
    } finally {
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
