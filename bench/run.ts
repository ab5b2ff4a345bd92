// `npm run bench [-- --filter matmul --backend cpu,webgpu --json out.json --peers --quick --epoch]`
// The micro-benchmark runner of issue 4: see bench/README.md for how to read its output.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import * as torch from '../src/node.js';
import { bestPeak, describePeak, measureWasmPeak, type WasmPeak } from './peak.js';
import { tfjsAdjustments } from './peers/tfjs.js';
import { evaluateTargets, formatTables, formatTargets } from './report.js';
import type { BenchOptions, Result } from './runner.js';
import { runBench } from './runner.js';
import { formatThreadTable, parseThreads, threadTargets } from './threads.js';

const USAGE = `usage: npm run bench -- [filter...] [--filter a,b] [--backend cpu,webgpu] [--peers] [--json out.json]
                      [--quick] [--epoch] [--samples N] [--sample-ms N] [--warm-ms N] [--threads 1,2]
  filter     substrings of case names or families (matmul, conv, elementwise, reduce, softmax, pool, train)
  --peers    also run TensorFlow.js (wasm, cpu, webgpu) and jax-js (wasm, webgpu) on the same cases
  --quick    correctness checks only, no timing
  --epoch    include one epoch of LeNet on 8,000 MNIST digits (long)
  --threads  cpu intra-op thread counts (default 1): our cpu cases run at each, with the speed-up table
  --warm-ms  least warm-up time per implementation of a case after its first call (default 1000)`;

interface Cli extends BenchOptions {
  json?: string;
}

function parseArgs(argv: string[]): Cli {
  const o: Cli = { filter: [], backends: ['cpu', 'webgpu'], peers: false, quick: false, epoch: false, timing: { sampleMs: 80, samples: 7, budgetMs: 40_000 } };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--filter') o.filter.push(...value().split(',').filter(Boolean));
    else if (a === '--backend') {
      const list = value().split(',');
      for (const b of list) if (b !== 'cpu' && b !== 'webgpu') throw new Error(`--backend: unknown backend '${b}' (cpu, webgpu)`);
      o.backends = list as ('cpu' | 'webgpu')[];
    } else if (a === '--json') o.json = value();
    else if (a === '--peers') o.peers = true;
    else if (a === '--quick') o.quick = true;
    else if (a === '--epoch') o.epoch = true;
    else if (a === '--threads') o.threads = parseThreads(value());
    else if (a === '--samples') o.timing.samples = Math.max(5, Number(value()));
    else if (a === '--sample-ms') o.timing.sampleMs = Number(value());
    else if (a === '--warm-ms') o.timing.warmMs = Number(value());
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else o.filter.push(a);
  }
  return o;
}

function versions(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const out: Record<string, string> = {};
  for (const p of ['webgpu', '@tensorflow/tfjs-core', '@tensorflow/tfjs-backend-wasm', '@tensorflow/tfjs-backend-webgpu', '@jax-js/jax']) {
    try {
      out[p] = (require(`${p}/package.json`) as { version: string }).version;
    } catch {
      out[p] = 'not installed';
    }
  }
  return out;
}

async function main(): Promise<number> {
  const o = parseArgs(process.argv.slice(2));
  const soFar: Result[] = [];
  o.onResult = (r) => soFar.push(r);
  // A peer stuck for minutes in one call can be interrupted without losing what was measured.
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      console.log(`\ninterrupted (${sig}): partial results\n`);
      report(o, soFar, undefined);
      process.exit(130);
    });
  }
  const tty = process.stderr.isTTY;
  o.progress = (line) => process.stderr.write(tty ? `\r\x1b[K${line}` : `${line}\n`);
  // The peak runs first, while nothing else of ours is warm or allocated.
  // The fused-multiply-add probe runs where our kernels use it (the relaxed-SIMD build).
  const fma = torch.getCpuCapability() === 'relaxed-simd';
  let peak = o.quick || !o.backends.includes('cpu') ? undefined : await measureWasmPeak(fma);
  const results = await runBench(o);
  // Other load on a shared machine only lowers a peak: measure again and keep the best.
  if (peak) peak = bestPeak(peak, await measureWasmPeak(fma));
  if (tty) process.stderr.write('\r\x1b[K');
  return report(o, results, peak);
}

/** Prints the tables and targets, writes the JSON; returns the exit code. */
function report(o: Cli, results: Result[], peak: WasmPeak | undefined): number {
  const devices = torch.deviceInfo();
  if (o.backends.includes('webgpu') && !devices.some((d) => d.kind === 'webgpu')) {
    console.log(`note: no WebGPU device (${torch.webgpuUnavailableReason()}); set VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json on a machine without a GPU`);
  }
  console.log(`machine: ${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}, node ${process.version}; devices: ${devices.map((d) => `${d.name} (${d.description})`).join(', ')}`);
  for (const a of tfjsAdjustments()) console.log(`note: ${a}`);
  if (peak) console.log(describePeak(peak));
  console.log('');
  console.log(formatTables(results, peak?.gflops, o.threads?.[0] ?? 1));
  if (o.threads && o.threads.length > 1 && !o.quick) console.log(`\n${formatThreadTable(results, o.threads)}`);
  const targets = o.quick ? [] : [...evaluateTargets(results, peak?.gflops), ...threadTargets(results, o.threads)];
  if (targets.length) console.log(`\nSpeed targets (issue 4)\n${formatTargets(targets)}`);
  const failures = results.filter((r) => r.status === 'FAIL');
  if (o.json) {
    const record = {
      date: new Date().toISOString(),
      machine: { cpu: os.cpus()[0]?.model, cores: os.cpus().length, node: process.version, cpuCapability: torch.getCpuCapability(), os: `${os.type()} ${os.release()} ${os.arch()}`, vkIcd: process.env.VK_ICD_FILENAMES ?? null },
      versions: versions(),
      devices,
      options: { filter: o.filter, backends: o.backends, peers: o.peers, quick: o.quick, epoch: o.epoch, timing: o.timing, threads: o.threads ?? [1] },
      wasmSimdPeak: peak ?? null,
      peerAdjustments: tfjsAdjustments(),
      results,
      targets,
    };
    writeFileSync(o.json, `${JSON.stringify(record, null, 1)}\n`);
    console.log(`\nwrote ${o.json}`);
  }
  if (failures.length) {
    console.error(`\nBENCH FAILED: ${failures.length} wrong or broken result(s) from webtorch:`);
    for (const f of failures) console.error(`  ${f.case} on ${f.impl}: ${f.note}`);
  }
  return failures.length ? 1 : 0;
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(e);
} finally {
  torch.shutdown();
}
// NOTE: the peers' dawn instance and wasm workers would keep Node alive; the results are written.
process.exit(code);
