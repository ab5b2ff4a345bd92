// Optimizers against references written here from PyTorch's documented update
// formulas (float64 on the host), on every device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch } from './support/setup-torch.js';
import { getBackend } from '../src/device.js';
import type { Tensor } from '../src/node.js';

const { optim, nn } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

/** The fixed problem: loss = Σ c·p², so grad = 2·c·p. */
const P0 = [1, -2, 3, 0.5];
const C = [1, 0.5, 2, 3];
const STEPS = 5;
const gradOf = (p: number[]): number[] => p.map((v, i) => 2 * C[i]! * v);

type Ref = (p: number[], g: number[], state: Record<string, number[] | number>) => number[];

function runReference(update: Ref): number[][] {
  let p = [...P0];
  const state: Record<string, number[] | number> = {};
  const history: number[][] = [];
  for (let s = 0; s < STEPS; s++) {
    p = update(p, gradOf(p), state);
    history.push(p);
  }
  return history;
}

const zip = (a: number[], f: (x: number, i: number) => number): number[] => a.map(f);

function sgdRef(o: { lr: number; momentum?: number; dampening?: number; weightDecay?: number; nesterov?: boolean; maximize?: boolean }): Ref {
  const { lr, momentum = 0, dampening = 0, weightDecay = 0, nesterov = false, maximize = false } = o;
  return (p, grad, state) => {
    let g = zip(grad, (v, i) => (maximize ? -v : v) + weightDecay * p[i]!);
    if (momentum !== 0) {
      const prev = state.buf as number[] | undefined;
      const buf = prev ? zip(prev, (b, i) => momentum * b + (1 - dampening) * g[i]!) : [...g];
      state.buf = buf;
      g = nesterov ? zip(g, (v, i) => v + momentum * buf[i]!) : buf;
    }
    return zip(p, (v, i) => v - lr * g[i]!);
  };
}

function adamRef(o: { lr: number; betas?: [number, number]; eps?: number; weightDecay?: number; amsgrad?: boolean; decoupled?: boolean }): Ref {
  const { lr, betas: [b1, b2] = [0.9, 0.999], eps = 1e-8, weightDecay = 0, amsgrad = false, decoupled = false } = o;
  return (p, grad, state) => {
    const step = ((state.step as number | undefined) ?? 0) + 1;
    state.step = step;
    const param = decoupled ? p.map((v) => v * (1 - lr * weightDecay)) : p;
    const g = decoupled ? grad : zip(grad, (v, i) => v + weightDecay * p[i]!);
    const m = zip(g, (v, i) => b1 * ((state.m as number[] | undefined)?.[i] ?? 0) + (1 - b1) * v);
    const v2 = zip(g, (v, i) => b2 * ((state.v as number[] | undefined)?.[i] ?? 0) + (1 - b2) * v * v);
    state.m = m;
    state.v = v2;
    let second = v2;
    if (amsgrad) {
      second = zip(v2, (v, i) => Math.max(v, (state.vmax as number[] | undefined)?.[i] ?? 0));
      state.vmax = second;
    }
    const bc1 = 1 - b1 ** step;
    const bc2 = 1 - b2 ** step;
    return zip(param, (x, i) => x - (lr / bc1) * (m[i]! / (Math.sqrt(second[i]!) / Math.sqrt(bc2) + eps)));
  };
}

function rmspropRef(o: { lr: number; alpha?: number; eps?: number; weightDecay?: number; momentum?: number; centered?: boolean }): Ref {
  const { lr, alpha = 0.99, eps = 1e-8, weightDecay = 0, momentum = 0, centered = false } = o;
  return (p, grad, state) => {
    const g = zip(grad, (v, i) => v + weightDecay * p[i]!);
    const sq = zip(g, (v, i) => alpha * ((state.sq as number[] | undefined)?.[i] ?? 0) + (1 - alpha) * v * v);
    state.sq = sq;
    let avg: number[];
    if (centered) {
      const ga = zip(g, (v, i) => alpha * ((state.ga as number[] | undefined)?.[i] ?? 0) + (1 - alpha) * v);
      state.ga = ga;
      avg = zip(sq, (v, i) => Math.sqrt(v - ga[i]! * ga[i]!) + eps);
    } else {
      avg = sq.map((v) => Math.sqrt(v) + eps);
    }
    if (momentum > 0) {
      const buf = zip(g, (v, i) => momentum * ((state.buf as number[] | undefined)?.[i] ?? 0) + v / avg[i]!);
      state.buf = buf;
      return zip(p, (v, i) => v - lr * buf[i]!);
    }
    return zip(p, (v, i) => v - (lr * g[i]!) / avg[i]!);
  };
}

function expectClose(actual: ArrayLike<number>, expected: number[], tol = 2e-5): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const diff = Math.abs(actual[i]! - expected[i]!);
    if (!(diff <= tol * (1 + Math.abs(expected[i]!)))) {
      throw new Error(`element ${i}: got ${actual[i]}, expected ${expected[i]} (all: [${Array.from(actual).join(', ')}] vs [${expected.join(', ')}])`);
    }
  }
}

type MakeOptimizer = (params: Tensor[]) => torch.optim.Optimizer<torch.optim.BaseOptions>;

const CASES: [string, MakeOptimizer, Ref][] = [
  ['SGD plain', (ps) => new optim.SGD(ps, { lr: 0.1 }), sgdRef({ lr: 0.1 })],
  ['SGD momentum (first buffer = grad)', (ps) => new optim.SGD(ps, { lr: 0.05, momentum: 0.9 }), sgdRef({ lr: 0.05, momentum: 0.9 })],
  ['SGD momentum + dampening + weight decay', (ps) => new optim.SGD(ps, { lr: 0.05, momentum: 0.8, dampening: 0.3, weightDecay: 0.1 }), sgdRef({ lr: 0.05, momentum: 0.8, dampening: 0.3, weightDecay: 0.1 })],
  ['SGD nesterov + weight decay', (ps) => new optim.SGD(ps, { lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.01 }), sgdRef({ lr: 0.05, momentum: 0.9, nesterov: true, weightDecay: 0.01 })],
  ['SGD maximize', (ps) => new optim.SGD(ps, { lr: 0.01, momentum: 0.5, maximize: true }), sgdRef({ lr: 0.01, momentum: 0.5, maximize: true })],
  ['Adam', (ps) => new optim.Adam(ps, { lr: 0.1 }), adamRef({ lr: 0.1 })],
  ['Adam weight decay (L2) + custom betas', (ps) => new optim.Adam(ps, { lr: 0.05, betas: [0.8, 0.99], weightDecay: 0.1 }), adamRef({ lr: 0.05, betas: [0.8, 0.99], weightDecay: 0.1 })],
  ['Adam amsgrad', (ps) => new optim.Adam(ps, { lr: 0.1, amsgrad: true }), adamRef({ lr: 0.1, amsgrad: true })],
  ['AdamW decoupled weight decay', (ps) => new optim.AdamW(ps, { lr: 0.1, weightDecay: 0.1 }), adamRef({ lr: 0.1, weightDecay: 0.1, decoupled: true })],
  ['RMSprop', (ps) => new optim.RMSprop(ps, { lr: 0.01 }), rmspropRef({ lr: 0.01 })],
  ['RMSprop centered + momentum + weight decay', (ps) => new optim.RMSprop(ps, { lr: 0.01, alpha: 0.9, momentum: 0.5, centered: true, weightDecay: 0.1 }), rmspropRef({ lr: 0.01, alpha: 0.9, momentum: 0.5, centered: true, weightDecay: 0.1 })],
];

for (const device of plannedDevices()) {
  describe(`[${device}] optimizers match PyTorch's formulas`, () => {
    const c = (): Tensor => torch.tensor(C, { device });

    it.each(CASES)('%s', async (_name, make, ref) => {
      const expected = runReference(ref);
      const p = torch.tensor(P0, { device, requiresGrad: true });
      const coef = c();
      const optimizer = make([p]);
      for (let s = 0; s < STEPS; s++) {
        torch.tidy(() => {
          optimizer.zeroGrad();
          p.mul(p).mul(coef).sum().backward();
          optimizer.step();
        });
        expectClose(await p.data(), expected[s]!);
      }
      coef.dispose();
    });

    it('zeroGrad sets gradients to null (set_to_none) or zero', async () => {
      const p = torch.tensor([1, 2], { device, requiresGrad: true });
      const optimizer = new optim.SGD([p], { lr: 0.1 });
      p.mul(p).sum().backward();
      expect(p.grad).not.toBeNull();
      optimizer.zeroGrad(false);
      expect(Array.from(await p.grad!.data())).toEqual([0, 0]);
      optimizer.zeroGrad();
      expect(p.grad).toBeNull();
    });

    it('parameter groups take their own lr; the rest from the defaults', async () => {
      const a = torch.tensor([1], { device, requiresGrad: true });
      const b = torch.tensor([1], { device, requiresGrad: true });
      const optimizer = new optim.SGD([{ params: [a] }, { params: [b], lr: 0.5 }], { lr: 0.1, momentum: 0 });
      a.add(b).sum().backward();
      optimizer.step();
      expectClose(await a.data(), [0.9]);
      expectClose(await b.data(), [0.5]);
      expect(optimizer.paramGroups[1]!.momentum).toBe(0);
    });

    it('stateDict has PyTorch layout and loadStateDict resumes exactly', async () => {
      const make = (): Tensor => torch.tensor(P0, { device, requiresGrad: true });
      const coef = c();
      const train = (p: Tensor, o: torch.optim.Optimizer<torch.optim.BaseOptions>, steps: number): void => {
        for (let s = 0; s < steps; s++) {
          torch.tidy(() => {
            o.zeroGrad();
            p.mul(p).mul(coef).sum().backward();
            o.step();
          });
        }
      };
      const p1 = make();
      const o1 = new optim.Adam([p1], { lr: 0.1, weightDecay: 0.01 });
      train(p1, o1, 2);
      const sd = o1.stateDict();
      expect(Object.keys(sd.state)).toEqual(['0']);
      expect(Object.keys(sd.state[0]!).sort()).toEqual(['exp_avg', 'exp_avg_sq', 'step']);
      expect(sd.state[0]!.step).toBe(2);
      expect(sd.param_groups).toEqual([{ lr: 0.1, betas: [0.9, 0.999], eps: 1e-8, weight_decay: 0.01, amsgrad: false, maximize: false, params: [0] }]);

      // A second optimizer at the same point resumes identically.
      const p2 = make();
      p2.assign_(p1.detach());
      const o2 = new optim.Adam([p2], { lr: 0.5 });
      o2.loadStateDict(sd);
      expect(o2.paramGroups[0]!.lr).toBe(0.1);
      expect(o2.paramGroups[0]!.weightDecay).toBe(0.01);
      train(p1, o1, 2);
      train(p2, o2, 2);
      expectClose(await p2.data(), Array.from(await p1.data()), 1e-6);

      const wrong = new optim.Adam([make(), make()], { lr: 0.1 });
      expect(() => wrong.loadStateDict(sd)).toThrow(/doesn't match the size/);
      coef.dispose();
    });

    it('state stays flat over steps (tensors updated in place)', () => {
      const model = new nn.Linear(4, 3, { device });
      const optimizer = new optim.Adam(model.parameters(), { lr: 0.01, amsgrad: true });
      const x = torch.randn([8, 4], { device });
      const step = (): void => torch.tidy(() => {
        optimizer.zeroGrad();
        model.forward(x).square().mean().backward();
        optimizer.step();
      });
      step();
      const before = torch.memory().numTensors;
      for (let i = 0; i < 5; i++) step();
      expect(torch.memory().numTensors).toBe(before);
    });

    it('clipGradNorm scales gradients to maxNorm and returns the total norm', async () => {
      const a = torch.tensor([3, 0], { device, requiresGrad: true });
      const b = torch.tensor([4], { device, requiresGrad: true });
      a.mul(a).sum().add(b.mul(b).sum()).mul(0.5).backward(); // grads = values: norm 5
      const total = nn.utils.clipGradNorm([a, b], 1);
      expectClose(await total.data(), [5]);
      expectClose(await a.grad!.data(), [0.6, 0]);
      expectClose(await b.grad!.data(), [0.8]);
      const again = nn.utils.clipGradNorm([a, b], 10); // below the limit: unchanged
      expectClose(await b.grad!.data(), [0.8]);
      const inf = nn.utils.clipGradNorm([a, b], 0.4, Infinity);
      expectClose(await inf.data(), [0.8]);
      expectClose(await b.grad!.data(), [0.4]);
      for (const t of [total, again, inf]) t.dispose();
    });
  });
}

describe('[cpu] learning-rate schedulers (closed forms)', () => {
  const lrs = (make: (o: torch.optim.SGD) => torch.optim.lrScheduler.LRScheduler, epochs: number): number[] => {
    const o = new optim.SGD([torch.zeros([1], { device: 'cpu', requiresGrad: true })], { lr: 0.1 });
    const s = make(o);
    const out = [s.getLastLr()[0]!];
    for (let e = 0; e < epochs; e++) {
      o.step();
      s.step();
      out.push(s.getLastLr()[0]!);
      expect(o.paramGroups[0]!.lr).toBe(out[out.length - 1]);
    }
    return out;
  };

  it('StepLR: base · gamma^floor(epoch / stepSize)', () => {
    const got = lrs((o) => new optim.lrScheduler.StepLR(o, { stepSize: 2, gamma: 0.5 }), 5);
    expectClose(got, [0.1, 0.1, 0.05, 0.05, 0.025, 0.025], 1e-12);
  });

  it('CosineAnnealingLR: etaMin + (base - etaMin)(1 + cos(π e / tMax)) / 2', () => {
    const got = lrs((o) => new optim.lrScheduler.CosineAnnealingLR(o, { tMax: 4, etaMin: 0.01 }), 4);
    expectClose(got, [0, 1, 2, 3, 4].map((e) => 0.01 + (0.09 * (1 + Math.cos((Math.PI * e) / 4))) / 2), 1e-12);
  });

  it('LinearLR: factor from startFactor to endFactor over totalIters, then held', () => {
    const got = lrs((o) => new optim.lrScheduler.LinearLR(o, { startFactor: 0.5, totalIters: 4 }), 6);
    expectClose(got, [0.05, 0.0625, 0.075, 0.0875, 0.1, 0.1, 0.1], 1e-12);
  });
});

describe('[cpu] SGD in one kernel per parameter (Backend.sgdStep)', () => {
  type SgdOptions = ConstructorParameters<typeof optim.SGD>[1];
  const CONFIGS: [string, SgdOptions][] = [
    ['plain', { lr: 0.1 }],
    ['momentum', { lr: 0.1, momentum: 0.9 }],
    ['momentum + dampening + weight decay', { lr: 0.05, momentum: 0.9, dampening: 0.1, weightDecay: 0.01 }],
    ['nesterov + weight decay', { lr: 0.05, momentum: 0.8, nesterov: true, weightDecay: 0.02 }],
    ['maximize + momentum', { lr: 0.1, momentum: 0.9, maximize: true }],
  ];

  /** Four steps of a Linear(5 -> 7) whose weight gradient is a transposed view; `fused` false hides the kernel. */
  async function train(options: SgdOptions, fused: boolean): Promise<{ params: number[][]; calls: number }> {
    const backend = getBackend('cpu') as { sgdStep?: (...args: never[]) => void };
    const kernel = backend.sgdStep!;
    let calls = 0;
    backend.sgdStep = fused ? (...args: never[]) => { calls++; kernel.apply(backend, args); } : undefined;
    try {
      torch.manualSeed(3);
      const layer = new nn.Linear(5, 7);
      const x = torch.randn([3, 5]);
      const optimizer = new optim.SGD(layer.parameters(), options);
      for (let s = 0; s < 4; s++) {
        torch.tidy(() => {
          optimizer.zeroGrad();
          const y = layer.forward(x);
          y.mul(y).sum().backward();
        });
        optimizer.step();
      }
      const params = await Promise.all([...layer.parameters()].map(async (p) => Array.from(await p.data())));
      return { params, calls };
    } finally {
      backend.sgdStep = kernel;
    }
  }

  it.each(CONFIGS)('%s: the same bits as the composed elementwise ops', async (_name, options) => {
    const fused = await train(options, true);
    const composed = await train(options, false);
    expect(fused.calls).toBe(8);
    expect(composed.calls).toBe(0);
    expect(fused.params).toEqual(composed.params);
    expect(fused.params[0]).not.toEqual(composed.params[0]!.map(() => 0));
  });

  it('leaves a parameter whose storage a view shares to the composed update (the view keeps the old values)', async () => {
    const backend = getBackend('cpu') as { sgdStep?: (...args: never[]) => void };
    const kernel = backend.sgdStep!;
    let calls = 0;
    backend.sgdStep = (...args: never[]) => { calls++; kernel.apply(backend, args); };
    try {
      const p = torch.tensor([1, -2, 3], { requiresGrad: true });
      const view = p.detach().view([3]);
      const optimizer = new optim.SGD([p], { lr: 0.5, momentum: 0.9 });
      torch.tidy(() => p.mul(p).sum().backward());
      optimizer.step();
      expect(calls).toBe(0);
      expect(Array.from(await p.data())).toEqual([0, 0, 0]);
      expect(Array.from(await view.data())).toEqual([1, -2, 3]);
    } finally {
      backend.sgdStep = kernel;
    }
  });
});
