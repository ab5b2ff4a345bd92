/**
 * Data-parallel measurements (issue 5): the gradient all-reduce in GB/s, and
 * one training step of the founding CNN at a fixed global batch on 1, 2 and 4
 * devices, with the 2-device / 1-device ratio.
 *
 *   node scripts/build.mjs --if-needed
 *   VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json node dist/scripts/bench-parallel.js \
 *     [--kind webgpu|cpu] [--batch 64] [--steps 5] [--reduce-floats 4194304] [--bucket-mib 8]
 *
 * --kind webgpu (default): webgpu:0..3. On SwiftShader every device runs on
 * the same CPU cores: read the step times as overhead, not speed-up.
 * --kind cpu: 'cpu' (the main thread) and worker threads cpu:1..cpu:4; the
 * speed-up over the plain module on 'cpu' is the figure (one core per thread).
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

const KIND = process.argv.includes('--kind') ? process.argv[process.argv.indexOf('--kind') + 1] : 'webgpu';
if (KIND !== 'webgpu' && KIND !== 'cpu') throw new Error(`--kind must be webgpu or cpu, got ${KIND}`);
/** Where the plain module (no wrapper) trains, the reference. */
const MAIN = KIND === 'cpu' ? 'cpu' : 'webgpu:0';
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

/**
 * One founding-loop step, finished on every device; `devices` null: the plain
 * module on `plainOn` (MAIN by default), no wrapper, at `batch`.
 */
function trainer(devices: string[] | null, wait = true, plainOn = MAIN, batch = BATCH): () => Promise<void> {
  torch.manualSeed(0);
  const net = new Net();
  const criterion = new nn.CrossEntropyLoss();
  const x = torch.randn([batch, 1, 28, 28]);
  const y = torch.randint(0, 10, [batch], { dtype: 'int32' });
  if (devices === null) {
    const MAIN = plainOn;
    net.to(MAIN);
    const labels = y.to(MAIN);
    const optimizer = new optim.SGD(net.parameters(), { lr: 0.01, momentum: 0.9 });
    return async () => {
      torch.tidy(() => {
        optimizer.zeroGrad();
        criterion.forward(net.forward(x.to(MAIN)), labels).backward();
        optimizer.step();
      });
      if (wait) await torch.sync();
    };
  }
  const dp = new DataParallel(net, { devices });
  const optimizer = new optim.SGD(dp.parameters(), { lr: 0.01, momentum: 0.9 });
  const labels = y.to(devices[0]!);
  return async () => {
    optimizer.zeroGrad();
    const outputs = await dp.forward(x);
    torch.tidy(() => criterion.forward(outputs, labels).backward());
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

async function mainCpu(): Promise<void> {
  await torch.init({ webgpu: false, cpuWorkers: 4 });
  const cores = (await import('node:os')).availableParallelism();
  // One core per replica: the main thread's kernels run on one thread here (not split over helpers).
  const defaultThreads = torch.getNumThreads();
  torch.setNumThreads(1);
  console.log(`cpu: main thread + 4 worker threads on ${cores} cores, one kernel thread each; CNN batch ${BATCH}, median of ${STEPS} steps`);
  const configs = [null, ['cpu:1'], ['cpu', 'cpu:1'], ['cpu:1', 'cpu:2'], ['cpu', 'cpu:1', 'cpu:2', 'cpu:3'], ['cpu:1', 'cpu:2', 'cpu:3', 'cpu:4']];
  const times = await stepTimes(configs);
  const plain = times[0]!;
  console.log(`step, plain module on cpu          ${plain.toFixed(1)} ms`);
  configs.slice(1).forEach((c, i) => {
    const t = times[i + 1]!;
    console.log(`step, DataParallel ${c!.join(',').padEnd(22)} ${t.toFixed(1)} ms  (throughput ${(plain / t).toFixed(2)}x plain)`);
  });
  const best2 = Math.min(times[2]!, times[3]!);
  // The machine's own ceiling: two independent half-batch models stepping at once on two workers, no communication.
  const halves = [trainer(null, true, 'cpu:1', BATCH / 2), trainer(null, true, 'cpu:2', BATCH / 2)];
  const ceilingTimes: number[] = [];
  for (let round = 0; round <= STEPS; round++) {
    const t0 = performance.now();
    await Promise.all(halves.map((h) => h()));
    if (round > 0) ceilingTimes.push(performance.now() - t0);
  }
  const ceiling = plain / median(ceilingTimes);
  console.log(`2 threads: ${(plain / best2).toFixed(2)}x the plain module's throughput (goal >= 1.6x on 2 cores); ` +
    `two independent half-batch models on two workers, no communication: ${ceiling.toFixed(2)}x (what this machine's cores allow)`);
  if (defaultThreads > 1) {
    torch.setNumThreads(defaultThreads);
    const [threaded] = await stepTimes([null]);
    console.log(`for comparison, the plain module on cpu with ${defaultThreads} kernel threads (intra-op): ${threaded!.toFixed(1)} ms (${(plain / threaded!).toFixed(2)}x)`);
    torch.setNumThreads(1);
  }
  for (const devices of [['cpu', 'cpu:1'], ['cpu:1', 'cpu:2', 'cpu:3', 'cpu:4']]) {
    const r = await allReduceRate(devices);
    console.log(`all-reduce of ${((REDUCE_FLOATS * 4) / 2 ** 20).toFixed(0)} MiB over ${devices.join(',')}: ${r.ms.toFixed(1)} ms, ${r.gbps.toFixed(2)} GB/s moved`);
  }
}

async function main(): Promise<void> {
  if (KIND === 'cpu') return mainCpu();
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
