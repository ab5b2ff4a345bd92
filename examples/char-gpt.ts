/**
 * A small character-level GPT (models.GPT, GPT-2 layout) trained on ~200 KB
 * of Shakespeare shipped in examples/data (see its README for the source).
 * Prints the training loss with a progress bar, the validation loss against
 * the unigram baseline, then a sample.
 *
 *   npm run example:gpt                                 # cpu defaults, a few minutes
 *   npm run example:gpt -- --device webgpu --steps 300
 *   npm run example:gpt -- --steps 2000 --n-embd 128 --n-layer 4 --time-limit 0
 *
 * Exits non-zero when anything fails.
 */
import { readFileSync } from 'node:fs';
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';
import { CharCorpus, getBatch, lmLoss, unigramLoss } from './char-data.js';

interface Args {
  device: string | undefined;
  steps: number;
  batchSize: number;
  blockSize: number;
  nEmbd: number;
  nLayer: number;
  nHead: number;
  lr: number;
  evalEvery: number;
  /** Stop training after this many seconds (0: no limit), so the default run stays short. */
  timeLimit: number;
  sampleLength: number;
  seed: number;
  /** Recompute each block in backward (utils.checkpoint) to save activation memory. */
  gradCheckpoint: boolean;
}

const USAGE =
  'usage: char-gpt [--device cpu|webgpu] [--steps N] [--batch-size N] [--block-size N] [--n-embd N] [--n-layer N] [--n-head N] [--lr X] [--eval-every N] [--time-limit SECONDS] [--sample-length N] [--seed N] [--grad-checkpoint]';

function parseArgs(argv: string[]): Args {
  const args: Args = {
    device: undefined, steps: 2000, batchSize: 16, blockSize: 64, nEmbd: 64, nLayer: 2, nHead: 4,
    lr: 3e-3, evalEvery: 250, timeLimit: 200, sampleLength: 400, seed: 1337, gradCheckpoint: false,
  };
  const keys: Record<string, keyof Args> = {
    '--steps': 'steps', '--batch-size': 'batchSize', '--block-size': 'blockSize', '--n-embd': 'nEmbd', '--n-layer': 'nLayer',
    '--n-head': 'nHead', '--lr': 'lr', '--eval-every': 'evalEvery', '--time-limit': 'timeLimit', '--sample-length': 'sampleLength', '--seed': 'seed',
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i++;
    if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (flag === '--device') {
      args.device = value;
    } else if (flag === '--grad-checkpoint') {
      args.gradCheckpoint = true;
      if (inline === undefined) i--;
    } else if (flag in keys) {
      const n = Number(value);
      if (value === undefined || !Number.isFinite(n) || n < 0) throw new Error(`${flag} expects a non-negative number, got ${value ?? 'nothing'}\n${USAGE}`);
      (args as unknown as Record<string, number>)[keys[flag]!] = n;
    } else {
      throw new Error(`unknown argument ${argv[i - (inline === undefined ? 1 : 0)]}\n${USAGE}`);
    }
  }
  return args;
}

function bar(done: number, total: number, width = 30): string {
  const filled = Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
}

/** Mean loss over `batches` fixed random windows of `ids`, in eval mode. */
async function evaluate(model: torch.models.GPT, ids: Int32Array, args: Args, device: string, batches = 8): Promise<number> {
  const g = new torch.Generator(args.seed + 1);
  model.eval();
  let total = 0;
  for (let i = 0; i < batches; i++) {
    const { x, y } = getBatch(ids, args.batchSize, args.blockSize, g, device);
    const loss = torch.noGrad(() => lmLoss(model, x, y));
    total += Number(await loss.item());
    for (const t of [x, y, loss]) t.dispose();
  }
  model.train();
  return total / batches;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const names = await torch.init();
  const device = args.device ?? 'cpu';
  if (!names.includes(device === 'webgpu' ? 'webgpu:0' : device)) {
    throw new Error(`device ${device} is not available (have ${names.join(', ')})${device.startsWith('webgpu') ? `: ${torch.webgpuUnavailableReason()}` : ''}`);
  }
  torch.setDefaultDevice(device);
  torch.manualSeed(args.seed);
  const text = readFileSync(new URL('../../examples/data/tinyshakespeare-200k.txt', import.meta.url), 'utf8');
  const corpus = new CharCorpus(text);
  const { train, val } = corpus.split(0.9);
  const baseline = unigramLoss(train, val, corpus.vocabSize);
  const model = new torch.models.GPT({
    vocabSize: corpus.vocabSize, nPositions: args.blockSize, nEmbd: args.nEmbd, nLayer: args.nLayer, nHead: args.nHead, dropout: 0, device,
  });
  model.gradientCheckpointingEnable(args.gradCheckpoint);
  const nParams = [...model.parameters()].reduce((n, p) => n + p.numel(), 0);
  console.log(`char-gpt on ${device}: ${corpus.text.length} chars, vocab ${corpus.vocabSize}, ${nParams} parameters ` +
    `(n_embd ${args.nEmbd}, n_layer ${args.nLayer}, n_head ${args.nHead}, block ${args.blockSize}, batch ${args.batchSize})`);
  console.log(`unigram baseline (val): ${baseline.toFixed(4)} nats/char`);
  const optimizer = new torch.optim.AdamW(model.parameters(), { lr: args.lr, weightDecay: 0.01 });
  const g = new torch.Generator(args.seed);
  const tty = process.stdout.isTTY === true;
  const t0 = performance.now();
  let lossSum: Tensor | null = null;
  let sinceLog = 0;
  let step = 0;
  let liveAfterFirst = 0;
  for (; step < args.steps; step++) {
    // Linear warmup over 50 steps, then cosine decay to 10%.
    const warm = Math.min(1, (step + 1) / 50);
    const cos = 0.55 + 0.45 * Math.cos((Math.PI * step) / args.steps);
    for (const group of optimizer.paramGroups) group.lr = args.lr * warm * cos;
    const { x, y } = getBatch(train, args.batchSize, args.blockSize, g, device);
    const loss = lmLoss(model, x, y);
    loss.backward();
    torch.nn.utils.clipGradNorm(model.parameters(), 1.0).dispose();
    await optimizer.step();
    optimizer.zeroGrad();
    // Summed on the device: no read back (GPU sync) until a log line needs it.
    const next: Tensor = torch.tidy(() => (lossSum ? lossSum.add(loss.detach()) : loss.detach().clone()));
    lossSum?.dispose();
    lossSum = torch.keep(next);
    sinceLog++;
    for (const t of [x, y, loss]) t.dispose();
    if (step === 0) liveAfterFirst = torch.memory().numTensors;
    const elapsed = (performance.now() - t0) / 1000;
    const last = step === args.steps - 1 || (args.timeLimit > 0 && elapsed > args.timeLimit);
    const logNow = (step + 1) % 25 === 0 || last;
    if (logNow) {
      const avg = Number(await lossSum.item()) / sinceLog;
      lossSum.dispose();
      lossSum = null;
      sinceLog = 0;
      const line = `${bar(step + 1, args.steps)} step ${step + 1}/${args.steps}  loss ${avg.toFixed(4)}  ${elapsed.toFixed(0)} s`;
      if (tty) process.stdout.write(`\r${line}`);
      else if ((step + 1) % args.evalEvery === 0 || last) console.log(line);
    }
    if ((step + 1) % args.evalEvery === 0 && !last) {
      const v = await evaluate(model, val, args, device);
      const line = `step ${step + 1}: val loss ${v.toFixed(4)} (unigram ${baseline.toFixed(4)}), live tensors ${torch.memory().numTensors}`;
      console.log(tty ? `\n${line}` : line);
    }
    if (last) {
      step++;
      break;
    }
  }
  lossSum?.dispose();
  if (tty) process.stdout.write('\n');
  const seconds = (performance.now() - t0) / 1000;
  const valLoss = await evaluate(model, val, args, device);
  console.log(`trained ${step} steps in ${seconds.toFixed(1)} s (${((seconds * 1000) / Math.max(step, 1)).toFixed(0)} ms/step)`);
  const pct = 100 * (1 - valLoss / baseline);
  console.log(`val loss ${valLoss.toFixed(4)} nats/char vs unigram baseline ${baseline.toFixed(4)} (${Math.abs(pct).toFixed(1)}% ${pct >= 0 ? 'below' : 'above'})`);
  console.log(`live tensors: ${liveAfterFirst} after step 1, ${torch.memory().numTensors} now`);
  model.eval();
  const prompt = torch.tensor(corpus.encode('\n'), { dtype: 'int32', device }).reshape([1, 1]);
  const out = model.generate(prompt, args.sampleLength, { temperature: 0.8, topK: 10, generator: new torch.Generator(args.seed) });
  console.log('--- sample ---');
  console.log(corpus.decode(await out.data()));
  console.log('--------------');
  if (step < args.steps) {
    console.log(`note: --time-limit ${args.timeLimit} s stopped training after ${step} of ${args.steps} steps (use --time-limit 0 to run them all)`);
  } else if (!(valLoss < baseline)) {
    throw new Error(`val loss ${valLoss.toFixed(4)} did not beat the unigram baseline ${baseline.toFixed(4)}`);
  }
  torch.shutdown();
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
