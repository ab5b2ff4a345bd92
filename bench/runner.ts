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
import { measureInterleaved } from './timing.js';

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

/** An implementation that ran and passed its check, waiting to be timed. */
interface Checked {
  base: Pick<Result, 'case' | 'family' | 'impl' | 'side'>;
  p: Prepared;
  check: NonNullable<Result['check']>;
  out: Float32Array[];
}

/** Our errors fail the bench; a peer's error (missing kernel, load failure) is reported as n/a. */
function failure(base: Checked['base'], ours: boolean, e: unknown): Result {
  const msg = (e as Error)?.message ?? String(e);
  if (!ours) return { ...base, status: 'n/a', note: msg.split('\n')[0]!.slice(0, 160) };
  return isMissingApi(e) ? { ...base, status: 'n/a', note: `not in webtorch yet: ${msg}` } : { ...base, status: 'FAIL', note: msg };
}

/** Prepares `impl` and checks its output; a Result when it ends there (n/a, FAIL, or --quick). */
async function prepareChecked(c: Case, impl: Impl, x: ReturnType<typeof makeInputs>, cpuOut: Float32Array[] | undefined, o: BenchOptions):
  Promise<{ result: Result; out?: Float32Array[] } | Checked> {
  const base = { case: c.name, family: c.family, impl: impl.id, side: impl.side };
  const ours = impl.lib === 'ours';
  const skipped = c.skip?.[impl.id];
  if (skipped !== undefined) return { result: { ...base, status: 'n/a', note: skipped } };
  let p: Prepared | string;
  try {
    p = await impl.prepare(c, x);
  } catch (e) {
    return { result: failure(base, ours, e) };
  }
  if (typeof p === 'string') return { result: { ...base, status: 'n/a', note: p } };
  let keep = false;
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
    keep = true;
    return { base, p, check, out };
  } catch (e) {
    return { result: failure(base, ours, e) };
  } finally {
    if (!keep) p.dispose();
  }
}

/**
 * Runs a group of implementations on one case (see `timingGroups`): each is
 * prepared and checked in turn, then those that passed are timed together,
 * their samples interleaved.
 */
async function runGroup(c: Case, group: readonly Impl[], x: ReturnType<typeof makeInputs>, cpuOut: Float32Array[] | undefined, o: BenchOptions,
  onCpuOut: (out: Float32Array[] | undefined) => void): Promise<Result[]> {
  const results: (Result | Checked)[] = [];
  try {
    for (const impl of group) {
      const r = await prepareChecked(c, impl, x, cpuOut, o);
      const failed = 'result' in r && r.result.status !== 'ok';
      if (impl.id === 'ours:cpu') onCpuOut((cpuOut = failed ? undefined : r.out));
      results.push('result' in r ? r.result : r);
    }
    const ready = results.filter((r): r is Checked => 'p' in r);
    if (ready.length === 0) return results as Result[];
    const timings = await measureInterleaved(ready.map((r) => r.p), c.long === true ? { ...o.timing, samples: 3, warmCalls: 0 } : o.timing);
    const work = c.flops ?? c.bytes;
    const unit = c.flops ? 'GFLOP/s' : c.bytes ? 'GB/s' : undefined;
    return results.map((r) => {
      if (!('p' in r)) return r;
      const timing = timings[ready.indexOf(r)]!;
      const rate = work ? work / (timing.medianMs * 1e6) : undefined;
      return { ...r.base, status: 'ok', check: r.check, timing, ...(rate !== undefined && unit ? { rate, unit } : {}) };
    });
  } catch (e) {
    // A timing error ends every implementation the group was timing; it fails the run only for ours.
    return results.map((r) => ('p' in r ? failure(r.base, group.find((i) => i.id === r.base.impl)?.lib === 'ours', e) : r));
  } finally {
    for (const r of results) if ('p' in r) r.p.dispose();
  }
}

/**
 * Implementations timed together, their samples interleaved: on each side,
 * ours (every cpu thread count) and the first backend of each peer library,
 * so that every ratio the targets name is of samples taken in the same
 * stretch of a shared machine. A library's further backends on that side
 * (tfjs:cpu after tfjs:wasm) are timed alone afterwards: tfjs holds one
 * backend at a time.
 */
export function timingGroups(list: readonly Impl[]): Impl[][] {
  const out: Impl[][] = [];
  const alone: Impl[][] = [];
  const bySide = new Map<Impl['side'], Impl[]>();
  for (const impl of list) {
    const group = bySide.get(impl.side);
    if (!group) {
      const first = [impl];
      bySide.set(impl.side, first);
      out.push(first);
    } else if (impl.lib === 'ours' || !group.some((i) => i.lib === impl.lib)) {
      group.push(impl);
    } else {
      alone.push([impl]);
    }
  }
  return [...out, ...alone];
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
    for (const group of timingGroups(list)) {
      const reference = needCpu && group[0]!.id === 'ours:cpu';
      if (!reference) o.progress?.(`[${done + group.length}/${total}] ${c.name} · ${group.map((i) => i.id).join(', ')}`);
      if (!reference) done += group.length;
      const out = await runGroup(c, group, x, cpuOut, reference ? { ...o, quick: true } : o, (cpu) => { cpuOut = cpu; });
      for (const result of out) {
        if (!reference || result.status === 'FAIL') {
          results.push(result);
          o.onResult?.(result);
        }
      }
    }
  }
  return results;
}
