import * as torch from '../src/node.js';
import type { Case } from './case.js';
import { allCases } from './cases/index.js';
import type { CheckResult } from './check.js';
import { checkAgainstCpu, checkAgainstReference } from './check.js';
import { makeInputs } from './data.js';
import type { Impl, Prepared } from './impl.js';
import { oursImpl } from './ours.js';
import { threadImplId, withThreads } from './threads.js';
import type { Timing, TimingOptions } from './timing.js';
import { measure } from './timing.js';

export interface BenchOptions {
  /** Substrings matched against case names and families (any of them). */
  filter: string[];
  backends: ('cpu' | 'webgpu')[];
  peers: boolean;
  /** Correctness only, no timing (the smoke test). */
  quick: boolean;
  /** Include the long cases (one epoch). */
  epoch: boolean;
  /** cpu intra-op thread counts: ours:cpu runs at the first, 'ours:cpu@Nt' at the others (default [1]). */
  threads?: number[];
  timing: TimingOptions;
  /** Progress output (stderr in the CLI); silent when absent. */
  progress?: (line: string) => void;
  /** Receives each result as soon as it exists (the CLI reports partial runs on SIGINT/SIGTERM). */
  onResult?: (r: Result) => void;
}

export type Status = 'ok' | 'n/a' | 'FAIL';

export interface Result {
  case: string;
  family: string;
  impl: string;
  side: 'cpu' | 'webgpu';
  status: Status;
  /** Why n/a, or what failed. */
  note?: string;
  check?: CheckResult & { against: 'reference' | 'ours:cpu' | 'none' };
  timing?: Timing;
  /** GFLOP/s or GB/s at the median time. */
  rate?: number;
  unit?: 'GFLOP/s' | 'GB/s';
}

export function selectCases(filter: readonly string[], epoch: boolean): Case[] {
  return allCases.filter((c) => (epoch || !c.long) && (filter.length === 0 || filter.some((f) => `${c.family} ${c.name}`.toLowerCase().includes(f.toLowerCase()))));
}

/** Our implementations first (ours:cpu is the reference the others are checked against), then the peers. */
async function implementations(o: BenchOptions, devices: string[]): Promise<Impl[]> {
  const list: Impl[] = [];
  const threads = o.threads ?? [1];
  for (const b of o.backends) {
    if (b === 'cpu') list.push(...threads.map((n, i) => withThreads(oursImpl('cpu'), n, threadImplId(threads, i))));
    else if (devices.includes('webgpu:0')) list.push(oursImpl(b));
  }
  if (!o.peers) return list;
  const { tfjsImpl } = await import('./peers/tfjs.js');
  const { jaxImpl } = await import('./peers/jax.js');
  if (o.backends.includes('cpu')) list.push(tfjsImpl('wasm'), tfjsImpl('cpu'), jaxImpl('wasm'));
  if (o.backends.includes('webgpu')) list.push(tfjsImpl('webgpu'), jaxImpl('webgpu'));
  return list;
}

const isMissingApi = (e: unknown): boolean => /not implemented|does not exist yet/i.test(String((e as Error)?.message ?? e));

async function runChecked(p: Prepared, calls: number): Promise<Float32Array[]> {
  for (let i = 0; i < calls; i++) {
    const r = p.run();
    if (r) await r;
  }
  await p.finish();
  return p.read();
}

async function runOne(c: Case, impl: Impl, x: ReturnType<typeof makeInputs>, cpuOut: Float32Array[] | undefined, o: BenchOptions): Promise<{ result: Result; out?: Float32Array[] }> {
  const base = { case: c.name, family: c.family, impl: impl.id, side: impl.side };
  const ours = impl.lib === 'ours';
  // Our errors fail the bench; a peer's error (missing kernel, load failure) is reported as n/a.
  const failure = (e: unknown): Result => {
    const msg = (e as Error)?.message ?? String(e);
    if (!ours) return { ...base, status: 'n/a', note: msg.split('\n')[0]!.slice(0, 160) };
    return isMissingApi(e) ? { ...base, status: 'n/a', note: `not in webtorch yet: ${msg}` } : { ...base, status: 'FAIL', note: msg };
  };
  const skipped = c.skip?.[impl.id];
  if (skipped !== undefined) return { result: { ...base, status: 'n/a', note: skipped } };
  let p: Prepared | string;
  try {
    p = await impl.prepare(c, x);
  } catch (e) {
    return { result: failure(e) };
  }
  if (typeof p === 'string') return { result: { ...base, status: 'n/a', note: p } };
  try {
    const out = await runChecked(p, c.checkCalls ?? 1);
    let check: Result['check'];
    if (impl.id === 'ours:cpu') {
      const r = checkAgainstReference(c, x, out[0]!);
      check = r ? { ...r, against: 'reference' } : { ok: true, error: 0, detail: '', against: 'none' };
    } else if (cpuOut) {
      check = { ...checkAgainstCpu(c, out, cpuOut), against: 'ours:cpu' };
    } else {
      check = { ok: true, error: 0, detail: 'no cpu result to compare with', against: 'none' };
    }
    if (!check.ok) {
      // A fast wrong kernel must not produce a number: ours fails the run; a peer's mismatch is shown.
      return { result: { ...base, status: ours ? 'FAIL' : 'n/a', note: `wrong result vs ${check.against}: ${check.detail}`, check } };
    }
    if (o.quick) return { result: { ...base, status: 'ok', check }, out };
    const longCase = c.long === true;
    const timing = await measure(p, longCase ? { ...o.timing, samples: 3, warmCalls: 0 } : o.timing);
    const work = c.flops ?? c.bytes;
    const unit = c.flops ? 'GFLOP/s' : c.bytes ? 'GB/s' : undefined;
    const rate = work ? work / (timing.medianMs * 1e6) : undefined;
    return { result: { ...base, status: 'ok', check, timing, ...(rate !== undefined && unit ? { rate, unit } : {}) }, out };
  } catch (e) {
    return { result: failure(e) };
  } finally {
    p.dispose();
  }
}

/** Runs the selected cases on every implementation; returns one Result per (case, implementation). */
export async function runBench(o: BenchOptions): Promise<Result[]> {
  const devices = await torch.init({ webgpu: o.backends.includes('webgpu') });
  const impls = await implementations(o, devices);
  const cases = selectCases(o.filter, o.epoch);
  const results: Result[] = [];
  const total = cases.length * impls.length;
  let done = 0;
  for (const c of cases) {
    const x = c.makeInputs ? c.makeInputs() : makeInputs(c.inputs);
    let cpuOut: Float32Array[] | undefined;
    // Without ours:cpu in the list, still compute its output as the reference, untimed.
    const needCpu = !impls.some((i) => i.id === 'ours:cpu');
    const list = needCpu ? [oursImpl('cpu'), ...impls] : impls;
    for (const impl of list) {
      const reference = needCpu && impl.id === 'ours:cpu';
      if (!reference) o.progress?.(`[${++done}/${total}] ${c.name} · ${impl.id}`);
      const { result, out } = await runOne(c, impl, x, cpuOut, reference ? { ...o, quick: true } : o);
      if (impl.id === 'ours:cpu') cpuOut = result.status === 'ok' ? out : undefined;
      if (!reference || result.status === 'FAIL') {
        results.push(result);
        o.onResult?.(result);
      }
    }
  }
  return results;
}
