/**
 * Data-parallel measurements (issue 5): the gradient all-reduce in GB/s, and
 * one training step of the founding CNN at a fixed global batch on 1, 2 and 4
 * devices, with the 2-device / 1-device overhead ratio.
 *
 *   node scripts/build.mjs --if-needed
 *   VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json node dist/scripts/bench-parallel.js \
 *     [--batch 64] [--steps 5] [--reduce-floats 4194304] [--bucket-mib 8]
 *
 * On SwiftShader every device runs on the same CPU cores: read the step
 * times as overhead, not speed-up.
 */
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';
import { reduceToFirst } from '../src/parallel/all-reduce.js';
import { DataParallel } from '../src/parallel/index.js';

const { nn, optim } = torch;

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const BATCH = flag('batch', 64);
const STEPS = flag('steps', 5);
const REDUCE_FLOATS = flag('reduce-floats', 4 << 20);
const REDUCE_BUCKET = flag('bucket-mib', 8) * 2 ** 20;

/** The founding document's CNN. */
const Net = torch.models.LeNet;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** One founding-loop step, finished on every device; `devices` null: the plain module on webgpu:0, no wrapper. */
function trainer(devices: string[] | null, wait = true): () => Promise<void> {
  torch.manualSeed(0);
  const net = new Net();
  const criterion = new nn.CrossEntropyLoss();
  const x = torch.randn([BATCH, 1, 28, 28]);
  const y = torch.randint(0, 10, [BATCH], { dtype: 'int32' }).to('webgpu:0');
  if (devices === null) {
    net.to('webgpu:0');
    const optimizer = new optim.SGD(net.parameters(), { lr: 0.01, momentum: 0.9 });
    return async () => {
      torch.tidy(() => {
        optimizer.zeroGrad();
        criterion.forward(net.forward(x.to('webgpu:0')), y).backward();
        optimizer.step();
      });
      if (wait) await torch.sync();
    };
  }
  const dp = new DataParallel(net, { devices });
  const optimizer = new optim.SGD(dp.parameters(), { lr: 0.01, momentum: 0.9 });
  return async () => {
    optimizer.zeroGrad();
    const outputs = await dp.forward(x);
    torch.tidy(() => criterion.forward(outputs, y).backward());
    await dp.syncGradients();
    optimizer.step();
    outputs.dispose();
    await torch.sync();
  };
}

/**
 * Median ms per step of each configuration. Rounds interleave the
 * configurations (one step of each per round), so a shared machine's load
 * drifts over all of them alike.
 */
async function stepTimes(configs: readonly (string[] | null)[]): Promise<number[]> {
  const steps = configs.map((c) => trainer(c));
  const times: number[][] = configs.map(() => []);
  for (let round = 0; round <= STEPS; round++) {
    for (const [i, step] of steps.entries()) {
      const t0 = performance.now();
      await step();
      // Round 0 compiles the pipelines.
      if (round > 0) times[i]!.push(performance.now() - t0);
    }
  }
  return times.map(median);
}

/**
 * The plain loop as the example runs it: no wait between steps, so the host
 * records step k+1 while the device runs step k. DataParallel cannot do
 * that: its all-reduce waits for every device once per step.
 */
async function pipelinedStep(): Promise<number> {
  const step = trainer(null, false);
  await step();
  await torch.sync();
  const t0 = performance.now();
  for (let i = 0; i < STEPS; i++) await step();
  await torch.sync();
  return (performance.now() - t0) / STEPS;
}

/** The all-reduce alone: REDUCE_FLOATS floats per device, in parameter-sized pieces; returns ms and GB/s moved. */
async function allReduceRate(devices: string[]): Promise<{ ms: number; gbps: number }> {
  // 16 tensors per device, as a model's gradients would be: several buckets' worth of reads.
  const shapes = Array.from({ length: 16 }, () => [REDUCE_FLOATS / 16]);
  const grads = devices.map((device) => shapes.map((shape) => torch.randn(shape, { device })));
  const like = grads[0]!;
  const times: number[] = [];
  for (let i = 0; i <= STEPS; i++) {
    await torch.sync();
    const t0 = performance.now();
    const summed = await reduceToFirst((d) => grads[d]!, like, { devices, bucketBytes: REDUCE_BUCKET });
    await torch.sync(devices[0]);
    if (i > 0) times.push(performance.now() - t0);
    for (const t of summed) t?.dispose();
  }
  for (const t of grads.flat()) t.dispose();
  const ms = median(times);
  // Every device's copy read to the host, the sum written to devices[0].
  const bytes = (devices.length + 1) * REDUCE_FLOATS * 4;
  return { ms, gbps: bytes / (ms / 1000) / 1e9 };
}

async function main(): Promise<void> {
  const names = (await torch.init({ webgpuDevices: 4 })).filter((n) => n.startsWith('webgpu'));
  if (names.length < 4) throw new Error(`need 4 WebGPU devices, got ${names.length}: ${torch.webgpuUnavailableReason() ?? ''}`);
  console.log(`adapter: ${torch.deviceInfo().find((d) => d.kind === 'webgpu')?.description}; CNN batch ${BATCH}, median of ${STEPS} steps`);
  const [dp1, plain, dp2, dp4] = await stepTimes([names.slice(0, 1), null, names.slice(0, 2), names.slice(0, 4)]);
  const dp = [dp1, dp2, dp4];
  console.log(`step, plain module on webgpu:0   ${plain!.toFixed(1)} ms`);
  [1, 2, 4].forEach((n, i) => console.log(`step, DataParallel x${n}           ${dp[i]!.toFixed(1)} ms  (${(dp[i]! / plain!).toFixed(2)}x plain)`));
  console.log(`overhead ratio 2-device / 1-device: ${(dp[1]! / plain!).toFixed(2)}x (goal <= 1.25x); 4-device: ${(dp[2]! / plain!).toFixed(2)}x`);
  const pipelined = await pipelinedStep();
  console.log(`step, plain module pipelined      ${pipelined.toFixed(1)} ms  (no sync between steps: DataParallel x2 is ${(dp[1]! / pipelined).toFixed(2)}x this)`);
  for (const n of [2, 4]) {
    const r = await allReduceRate(names.slice(0, n));
    console.log(`all-reduce of ${((REDUCE_FLOATS * 4) / 2 ** 20).toFixed(0)} MiB (buckets of ${REDUCE_BUCKET / 2 ** 20} MiB) over ${n} devices: ${r.ms.toFixed(1)} ms, ${r.gbps.toFixed(2)} GB/s moved`);
  }
}

try {
  await main();
} catch (e) {
  console.error(`bench-parallel: ${(e as Error).stack ?? String(e)}`);
  process.exitCode = 1;
} finally {
  torch.shutdown();
}
