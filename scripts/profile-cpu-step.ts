/**
 * Where cpu (WebAssembly) time goes: per-op timings of the bench's problem
 * cases, then one LeNet training step (batch 64, SGD momentum) with every
 * backend call timed and grouped by kernel.
 *
 *   npx esbuild scripts/profile-cpu-step.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=/tmp/p.mjs
 *   node /tmp/p.mjs [--ops] [--step] [--reps 20] [--threads N]
 *
 * The machine may be loaded: read ratios between lines of one run, not
 * absolute figures across runs.
 */
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';
import { getBackend } from '../src/device.js';
import type { Backend } from '../src/backend/backend.js';

const { nn, optim } = torch;
const F = nn.functional;

/** The founding document's CNN. */
const Net = torch.models.LeNet;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}
const has = (name: string): boolean => process.argv.includes(`--${name}`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median and min ms of `fn` over `reps` calls after 3 warm-up calls. */
function time(fn: () => void, reps: number): { med: number; min: number } {
  for (let i = 0; i < 3; i++) fn();
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return { med: median(ts), min: Math.min(...ts) };
}

function rand(shape: number[], scale = 1): Tensor {
  return torch.randn(shape, { device: 'cpu' }).mul(scale);
}

function report(name: string, t: { med: number; min: number }, work?: { flops?: number; bytes?: number }): void {
  let rate = '';
  if (work?.flops) rate = `${(work.flops / t.min / 1e6).toFixed(1)} GFLOP/s`;
  if (work?.bytes) rate = `${(work.bytes / t.min / 1e6).toFixed(1)} GB/s`;
  console.log(`${name.padEnd(44)} med ${t.med.toFixed(3).padStart(8)} ms  min ${t.min.toFixed(3).padStart(8)} ms  ${rate}`);
}

function ops(reps: number): void {
  const run = (name: string, fn: () => Tensor | Tensor[], work?: { flops?: number; bytes?: number }): void => {
    report(name, time(() => torch.tidy(() => { fn(); }), reps), work);
  };
  const a = rand([1024, 1024]);
  const b = rand([1024, 1024]);
  const row = rand([1024]);
  run('add 1M', () => a.add(b), { bytes: 12 * 2 ** 20 });
  run('add row-bcast', () => a.add(row), { bytes: 8 * 2 ** 20 });
  run('softmax [1024,1024]', () => torch.softmax(a, -1), { bytes: 8 * 2 ** 20 });
  const p1 = rand([64, 6, 28, 28]);
  const p2 = rand([8, 64, 56, 56]);
  run('maxPool2d [64,6,28,28]', () => F.maxPool2d(p1, 2), { bytes: 4 * p1.numel() * 1.25 });
  run('maxPool2d [8,64,56,56]', () => F.maxPool2d(p2, 2), { bytes: 4 * p2.numel() * 1.25 });
  for (const n of [256, 512, 1024]) {
    const x = rand([n, n]);
    const y = rand([n, n]);
    run(`matmul ${n}`, () => torch.matmul(x, y), { flops: 2 * n * n * n });
  }
  const m1 = rand([64, 784]);
  const m2 = rand([784, 128]);
  run('matmul MLP 64x784@784x128', () => torch.matmul(m1, m2), { flops: 2 * 64 * 784 * 128 });
  const b1 = rand([8, 128, 64]);
  const b2 = rand([8, 64, 128]);
  run('bmm 8x128x64@64x128', () => torch.matmul(b1, b2), { flops: 2 * 8 * 128 * 64 * 128 });
  const convs: [string, number[], number[], number][] = [
    ['LeNet conv1', [64, 1, 28, 28], [6, 1, 5, 5], 2],
    ['LeNet conv2', [64, 6, 14, 14], [16, 6, 5, 5], 0],
    ['ResNet 3x3', [8, 64, 56, 56], [64, 64, 3, 3], 1],
  ];
  for (const [name, xs, ws, pad] of convs) {
    const x = rand(xs);
    const w = rand(ws, 0.1);
    const oh = xs[2]! + 2 * pad - ws[2]! + 1;
    const flops = 2 * xs[0]! * ws[0]! * oh * oh * ws[1]! * ws[2]! * ws[3]!;
    run(`conv fwd ${name}`, () => F.conv2d(x, w, null, { padding: pad }), { flops });
    const xg = x.clone().requiresGrad_();
    const wg = w.clone().requiresGrad_();
    run(`conv fwd+bwd-input ${name}`, () => {
      F.conv2d(xg, w, null, { padding: pad }).sum().backward();
      xg.grad?.dispose();
      xg.grad = null;
      return [];
    }, { flops: 2 * flops });
    run(`conv fwd+bwd-weight ${name}`, () => {
      F.conv2d(x, wg, null, { padding: pad }).sum().backward();
      wg.grad?.dispose();
      wg.grad = null;
      return [];
    }, { flops: 2 * flops });
  }
}

/** Wraps every backend method so each call's time adds to its kernel's total. */
function instrument(be: Backend): { totals: Map<string, { ms: number; calls: number }>; restore: () => void } {
  const totals = new Map<string, { ms: number; calls: number }>();
  const target = be as unknown as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  let depth = 0;
  const proto = Object.getPrototypeOf(be) as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(proto)) {
    const fn = target[key];
    if (key === 'constructor' || typeof fn !== 'function') continue;
    saved.set(key, fn);
    target[key] = function (this: unknown, ...args: unknown[]): unknown {
      // Only outermost calls count: helpers called from a kernel method are part of it.
      if (depth > 0) return (fn as (...a: unknown[]) => unknown).apply(be, args);
      const t0 = performance.now();
      depth++;
      let r: unknown;
      try {
        r = (fn as (...a: unknown[]) => unknown).apply(be, args);
      } finally {
        depth--;
      }
      let label = key;
      if (key === 'binary' || key === 'unary' || key === 'reduce') label += ` ${String(args[0])}`;
      if (key === 'matmul' || key === 'matmulSumBatch') {
        const [a, b] = args.slice(1) as { shape: number[] }[];
        label += ` [${a!.shape.join(',')}]@[${b!.shape.join(',')}]`;
      }
      const e = totals.get(label) ?? { ms: 0, calls: 0 };
      e.ms += performance.now() - t0;
      e.calls++;
      totals.set(label, e);
      return r;
    };
  }
  return { totals, restore: () => { for (const [k, f] of saved) target[k] = f; } };
}

async function step(reps: number): Promise<void> {
  const model = new Net();
  const opt = new optim.SGD([...model.parameters()], { lr: 0.01, momentum: 0.9 });
  const crit = new nn.CrossEntropyLoss();
  const x = torch.rand([64, 1, 28, 28], { device: 'cpu' });
  const y = torch.randint(0, 10, [64], { device: 'cpu' });
  const one = async (): Promise<void> => {
    const loss = torch.tidy(() => {
      opt.zeroGrad();
      const l = crit.forward(model.forward(x), y);
      l.backward();
      return l;
    });
    await opt.step();
    loss.dispose();
  };
  for (let i = 0; i < 3; i++) await one();
  const ts: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    await one();
    ts.push(performance.now() - t0);
  }
  console.log(`LeNet step batch 64: med ${median(ts).toFixed(2)} ms, min ${Math.min(...ts).toFixed(2)} ms`);
  const { totals, restore } = instrument(getBackend('cpu'));
  const t0 = performance.now();
  for (let i = 0; i < reps; i++) await one();
  const wall = (performance.now() - t0) / reps;
  restore();
  let inKernels = 0;
  const rows = [...totals].sort((p, q) => q[1].ms - p[1].ms);
  for (const [, v] of rows) inKernels += v.ms / reps;
  console.log(`instrumented step ${wall.toFixed(2)} ms, of which backend calls ${inKernels.toFixed(2)} ms:`);
  for (const [k, v] of rows.slice(0, 30)) {
    console.log(`  ${k.padEnd(48)} ${(v.ms / reps).toFixed(3).padStart(8)} ms  ${(v.calls / reps).toFixed(0).padStart(4)} calls`);
  }
}

async function main(): Promise<void> {
  await torch.init({ webgpu: false });
  if (has('threads')) torch.setNumThreads(Number(arg('threads', '1')));
  const reps = Number(arg('reps', '20'));
  const all = !has('ops') && !has('step');
  if (all || has('ops')) ops(reps);
  if (all || has('step')) await step(reps);
}

await main();
