/**
 * Where one WebGPU training step of the founding MNIST CNN spends its time.
 *
 *   npx esbuild scripts/profile-webgpu-step.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=/tmp/prof.mjs
 *   NODE_PATH=$PWD/node_modules VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json \
 *     node /tmp/prof.mjs [--batch 32,64] [--steps 5] [--dispatches] [--no-kernels] [--products] [--matmul] [--auto-only | --kernels auto,block8]
 *
 * Per batch size: JS enqueue time of a step (forward + backward + SGD, no
 * readback) against time to completion (`await torch.sync()`), dispatches and
 * submits per step, then per-kernel GPU time from timestamp queries grouped by
 * kernel (`--dispatches`: every dispatch in order; `--no-kernels`: skip).
 * `--products` times the step's matmul shapes (batch 64) per kernel (default
 * auto, block, small), `--matmul` square matmul GFLOP/s (256/512/1024) per
 * kernel (default auto, block, tiled); `--kernels` names the kernels of either;
 * `--batch 0` runs neither step.
 * NOTE: NODE_PATH because the bundle lives outside the repo and loads the
 * `webgpu` package with require().
 */
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';
import { getBackend } from '../src/device.js';
import type { View } from '../src/backend/backend.js';
import type { WebGPUBackend } from '../src/backend/webgpu/webgpu-backend.js';
import type { MatmulKernel } from '../src/backend/webgpu/kernels/matmul.js';

const { nn, optim } = torch;

/** The founding document's CNN. */
const Net = torch.models.LeNet;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] !== undefined ? process.argv[i + 1]! : fallback;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

async function profileStep(be: WebGPUBackend, batch: number, steps: number): Promise<void> {
  torch.manualSeed(0);
  const net = new Net().to('webgpu');
  const opt = new optim.SGD(net.parameters(), { lr: 0.02, momentum: 0.9 });
  const criterion = new nn.CrossEntropyLoss();
  const x = torch.rand([batch, 1, 28, 28], { device: 'webgpu' });
  const y = torch.randint(0, 10, [batch], { device: 'webgpu' });
  const step = (): Tensor => {
    opt.zeroGrad();
    const loss = criterion.forward(net.forward(x), y);
    loss.backward();
    opt.step();
    return loss;
  };
  // Warm up: compile pipelines, fill the buffer pool.
  for (let i = 0; i < 3; i++) step().dispose();
  const firstLoss = step();
  console.log(`batch ${batch}: loss after 4 steps ${Number(await firstLoss.item()).toFixed(4)}`);
  firstLoss.dispose();
  await torch.sync();

  const enqueue: number[] = [];
  const total: number[] = [];
  const s0 = be.stats();
  for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    const loss = step();
    const t1 = performance.now();
    await torch.sync();
    const t2 = performance.now();
    loss.dispose();
    enqueue.push(t1 - t0);
    total.push(t2 - t0);
  }
  const s1 = be.stats();
  console.log(
    `batch ${batch}: step ${median(total).toFixed(1)} ms to completion (min ${Math.min(...total).toFixed(1)}), ` +
      `enqueue ${median(enqueue).toFixed(1)} ms; per step ${(s1.dispatches - s0.dispatches) / steps} dispatches, ` +
      `${(s1.submits - s0.submits) / steps} submits; ${s1.pipelines} pipelines, ${(s1.bytesInUse / 2 ** 20).toFixed(1)} MiB live`,
  );

  if (process.argv.includes('--no-kernels')) return;
  if (!be.features.has('timestamp-query')) {
    console.log('(no timestamp-query: per-kernel times skipped)');
    return;
  }
  const kernelRuns: { label: string; ns: number }[][] = [];
  for (let i = 0; i < 3; i++) {
    be.commands.startProfile();
    step().dispose();
    kernelRuns.push(await be.commands.stopProfile());
  }
  // Per dispatch position, the median over the runs (the machine is noisy).
  const runs = kernelRuns.filter((r) => r.length === kernelRuns[0]!.length);
  const perDispatch = runs[0]!.map((d, k) => ({ label: d.label, ns: median(runs.map((r) => r[k]!.ns)) }));
  const gpuTotal = perDispatch.reduce((a, d) => a + d.ns, 0);
  console.log(`batch ${batch}: GPU time summed over dispatches ${(gpuTotal / 1e6).toFixed(1)} ms`);
  const families = new Map<string, { ns: number; count: number }>();
  for (const d of perDispatch) {
    const key = d.label.replace(/ wg=\d+$/, '');
    const f = families.get(key) ?? { ns: 0, count: 0 };
    f.ns += d.ns;
    f.count++;
    families.set(key, f);
  }
  console.log('  by kernel:');
  for (const [k, f] of [...families].sort((a, b) => b[1].ns - a[1].ns)) {
    console.log(`    ${(f.ns / 1e6).toFixed(2).padStart(8)} ms ${String(f.count).padStart(3)}x  ${k}`);
  }
  if (process.argv.includes('--dispatches')) {
    console.log('  in order:');
    for (const d of perDispatch) console.log(`    ${(d.ns / 1e6).toFixed(3).padStart(8)} ms  ${d.label}`);
  }
}

/** GFLOP/s of an [n, n] x [n, n] product with a forced kernel ('auto' = what matmul picks). */
async function matmulRate(be: WebGPUBackend, n: number, kernel: MatmulKernel): Promise<number> {
  const a = torch.randn([n, n], { device: 'webgpu' });
  const b = torch.randn([n, n], { device: 'webgpu' });
  const out = be.alloc(n * n * 4);
  const view3 = (t: Tensor): View => ({ ...t.view_(), shape: [1, n, n], strides: [0, n, 1] });
  const run = (): void => be.matmulWith(kernel, out, view3(a), view3(b));
  run();
  await be.sync();
  let reps = 1;
  const times: number[] = [];
  for (let s = 0; s < 5; s++) {
    const t0 = performance.now();
    for (let r = 0; r < reps; r++) run();
    await be.sync();
    const dt = performance.now() - t0;
    times.push(dt / reps);
    if (dt < 200) reps *= 2;
  }
  be.free(out);
  a.dispose();
  b.dispose();
  return (2 * n ** 3) / (median(times) * 1e6);
}

/** The LeNet step's products at batch 64 as [B, M, K] x [B, K, N] views: [name, B, M, K, N, a strides, b strides]. */
const STEP_PRODUCTS: [string, number, number, number, number, number[], number[]][] = [
  ['conv1 fwd', 64, 6, 25, 784, [0, 25, 1], [25 * 784, 784, 1]],
  ['conv2 fwd', 64, 16, 150, 100, [0, 150, 1], [150 * 100, 100, 1]],
  ['conv2 dcols', 64, 150, 16, 100, [0, 1, 150], [1600, 100, 1]],
  ['conv2 dW', 64, 16, 100, 150, [1600, 100, 1], [15000, 1, 100]],
  ['conv1 dW', 64, 6, 784, 25, [6 * 784, 784, 1], [25 * 784, 1, 784]],
  ['fc1 fwd', 1, 64, 400, 120, [0, 400, 1], [0, 1, 400]],
];

/** Median ms of each product with each kernel, interleaved so that load changes hit all alike. */
async function stepProducts(be: WebGPUBackend, kernels: MatmulKernel[]): Promise<void> {
  for (const [name, B, M, K, N, sa, sb] of STEP_PRODUCTS) {
    const a = torch.randn([Math.max(1, sa[0]! === 0 ? 1 : B) * M * K], { device: 'webgpu' });
    const b = torch.randn([B * K * N], { device: 'webgpu' });
    const out = be.alloc(B * M * N * 4);
    const va: View = { ...a.view_(), shape: [B, M, K], strides: sa };
    const vb: View = { ...b.view_(), shape: [B, K, N], strides: sb };
    const times = new Map<MatmulKernel, number[]>(kernels.map((k) => [k, []]));
    for (let s = 0; s < 4; s++) {
      for (const k of kernels) {
        be.matmulWith(k, out, va, vb);
        await be.sync();
        const t0 = performance.now();
        for (let r = 0; r < 3; r++) be.matmulWith(k, out, va, vb);
        await be.sync();
        if (s > 0) times.get(k)!.push((performance.now() - t0) / 3);
      }
    }
    const flop = 2 * B * M * N * K;
    console.log(`${name.padEnd(12)} ` + kernels.map((k) => `${k} ${median(times.get(k)!).toFixed(1)} ms (${(flop / median(times.get(k)!) / 1e6).toFixed(2)} GFLOP/s)`).join(', '));
    be.free(out);
    a.dispose();
    b.dispose();
  }
}

async function main(): Promise<void> {
  await torch.init();
  if (!torch.devices().includes('webgpu:0')) throw new Error(`no WebGPU device: ${torch.webgpuUnavailableReason() ?? ''}`);
  const be = getBackend('webgpu') as WebGPUBackend;
  console.log(`adapter: ${be.adapterInfo.vendor} ${be.adapterInfo.description}; load ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const steps = Number(arg('steps', '5'));
  for (const batch of arg('batch', '32,64').split(',').map(Number).filter((b) => b > 0)) await profileStep(be, batch, steps);
  const kernels = (fallback: string): MatmulKernel[] => (process.argv.includes('--auto-only') ? ['auto'] : (arg('kernels', fallback).split(',') as MatmulKernel[]));
  if (process.argv.includes('--products')) await stepProducts(be, kernels('auto,block,small'));
  if (process.argv.includes('--matmul')) {
    for (const n of [256, 512, 1024]) {
      const rates: string[] = [];
      for (const k of kernels('auto,block,tiled')) rates.push(`${k} ${(await matmulRate(be, n, k)).toFixed(2)}`);
      console.log(`matmul ${n}: GFLOP/s ${rates.join(', ')}`);
    }
  }
  torch.shutdown();
}

await main();
