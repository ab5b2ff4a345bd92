import type { Result } from './runner.js';

const CPU_PEERS = ['tfjs:wasm', 'tfjs:cpu', 'jax:wasm'];
const GPU_PEERS = ['tfjs:webgpu', 'jax:webgpu'];

function fmt(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  if (x >= 1000) return x.toFixed(0);
  return x.toPrecision(digits);
}

function pad(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** ours / theirs as speed: theirs' time over ours' (higher is better for webtorch). */
export function ratio(ours: Result | undefined, theirs: Result | undefined): number | undefined {
  if (!ours?.timing || !theirs?.timing) return undefined;
  return theirs.timing.medianMs / ours.timing.medianMs;
}

/** The readable tables (one per side), with footnotes for every n/a and failure. */
export function formatTables(results: Result[], peakGflops: number | undefined, cpuThreads = 1): string {
  const notes: string[] = [];
  const note = (text: string): string => {
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return `[${i + 1}]`;
  };
  const out: string[] = [];
  for (const side of ['cpu', 'webgpu'] as const) {
    const mine = results.filter((r) => r.side === side && r.impl.startsWith('ours:'));
    const peers = (side === 'cpu' ? CPU_PEERS : GPU_PEERS).filter((p) => results.some((r) => r.impl === p));
    if (mine.length === 0 && peers.length === 0) continue;
    const header = ['case', 'ours ms (min-max)', 'rate', ...(side === 'cpu' ? ['%peak'] : []), '1st call ms', ...peers.map((p) => `${p} rate (ours x)`)];
    const rows = [header];
    const caseNames = [...new Set(results.filter((r) => r.side === side).map((r) => r.case))];
    for (const name of caseNames) {
      const o = results.find((r) => r.case === name && r.impl === `ours:${side}`);
      const row = [name];
      if (o?.timing) {
        const t = o.timing;
        row.push(`${fmt(t.medianMs)} (${fmt(t.minMs)}-${fmt(t.maxMs)})`, o.rate !== undefined ? `${fmt(o.rate)} ${o.unit === 'GB/s' ? 'GB/s' : 'GF/s'}` : '');
        if (side === 'cpu') row.push(o.unit === 'GFLOP/s' && peakGflops ? `${((100 * o.rate!) / peakGflops).toFixed(0)}%` : '');
        row.push(fmt(t.firstMs));
      } else {
        const status = o ? (o.status === 'ok' ? 'ok (untimed)' : `${o.status}${o.note ? ' ' + note(`ours:${side}: ${o.note}`) : ''}`) : '-';
        row.push(status, '', ...(side === 'cpu' ? [''] : []), '');
      }
      for (const p of peers) {
        const r = results.find((x) => x.case === name && x.impl === p);
        if (!r) row.push('-');
        else if (r.timing) {
          const k = ratio(o, r);
          row.push(`${r.rate !== undefined ? fmt(r.rate) : fmt(r.timing.medianMs) + 'ms'}${k !== undefined ? ` (${k.toFixed(2)}x)` : ''}`);
        } else row.push(r.status === 'ok' ? 'ok' : `n/a ${note(`${p}: ${r.note ?? ''}`)}`);
      }
      rows.push(row);
    }
    const cpuTitle = `CPU (WebAssembly, ${cpuThreads === 1 ? 'one thread' : `${cpuThreads} threads`})`;
    out.push(`${side === 'cpu' ? cpuTitle : 'WebGPU (same adapter for all)'}\n${pad(rows)}`);
  }
  if (notes.length) out.push(notes.map((n, i) => `[${i + 1}] ${n}`).join('\n'));
  return out.join('\n\n');
}

export interface TargetCheck {
  /** The case the target is about (targets on cases not in this run are left out). */
  case?: string;
  target: string;
  measured: string;
  met: boolean | null;
}

/** The speed targets of issue 4, evaluated on this run's medians (null: could not be measured). */
export function evaluateTargets(results: Result[], peakGflops: number | undefined): TargetCheck[] {
  const get = (name: string, impl: string): Result | undefined => results.find((r) => r.case === name && r.impl === impl && r.status === 'ok');
  const checks: TargetCheck[] = [];
  const ran = new Set(results.map((r) => r.case));
  // Targets are named after their case: skip those whose case this run did not select.
  const add = (target: string, value: number | undefined, goal: number, show: (v: number) => string, atMost = false, why = 'not measured'): void => {
    const about = [...ran].find((c) => target.startsWith(c) || target.startsWith(c.replace(/x\d+$/, '')));
    if (!about && !target.startsWith('conv bwd') && !target.startsWith('LeNet epoch')) return;
    if (target.startsWith('LeNet epoch') && ![...ran].some((c) => c.startsWith('LeNet'))) return;
    if (target.startsWith('conv bwd') && value === undefined && ![...ran].some((c) => c.startsWith('conv'))) return;
    if (value === undefined) checks.push({ target, measured: why, met: null });
    else checks.push({ target, measured: show(value), met: atMost ? value <= goal : value >= goal });
  };
  const gf = (v: number): string => `${v.toFixed(1)} GFLOP/s`;
  const x = (v: number): string => `${v.toFixed(2)}x`;
  const whyPeer = (name: string, impl: string): string => results.find((r) => r.case === name && r.impl === impl)?.note ?? `${impl} not run`;

  for (const s of [256, 512, 1024]) {
    const name = `matmul ${s}x${s}`;
    const o = get(name, 'ours:cpu');
    add(`${name} cpu >= 48 GFLOP/s`, o?.rate, 48, gf);
    if (peakGflops) add(`${name} cpu >= 92% of wasm SIMD peak (${peakGflops.toFixed(1)})`, o?.rate !== undefined ? (100 * o.rate) / peakGflops : undefined, 92, (v) => `${v.toFixed(0)}%`);
    add(`${name} cpu >= 1.04x tfjs-wasm`, ratio(o, get(name, 'tfjs:wasm')), 1.04, x, false, whyPeer(name, 'tfjs:wasm'));
  }
  add('bmm 8x128x64@64x128 cpu >= 40 GFLOP/s', get('bmm 8x128x64@64x128', 'ours:cpu')?.rate, 40, gf);
  add('matmul MLP 64x784@784x128 cpu >= 44 GFLOP/s', get('matmul MLP 64x784@784x128', 'ours:cpu')?.rate, 44, gf);

  const convNames = [...new Set(results.filter((r) => r.case.startsWith('conv fwd ')).map((r) => r.case))];
  for (const fwd of convNames) {
    const label = fwd.slice('conv fwd '.length);
    const goal = label.startsWith('LeNet conv1') ? 1.5 : 1.0;
    add(`conv fwd ${label} cpu >= ${goal.toFixed(1)}x tfjs-wasm`, ratio(get(fwd, 'ours:cpu'), get(fwd, 'tfjs:wasm')), goal, x, false, whyPeer(fwd, 'tfjs:wasm'));
    const f = get(fwd, 'ours:cpu')?.timing?.medianMs;
    for (const which of ['input', 'weight']) {
      const fb = get(`conv fwd+bwd-${which} ${label}`, 'ours:cpu')?.timing?.medianMs;
      // The backward case runs forward + one gradient: its backward is the difference.
      add(`conv bwd-${which} ${label} cpu <= 1.5x forward time`, f !== undefined && fb !== undefined ? (fb - f) / f : undefined, 1.5, x, true);
    }
  }
  // The target is bandwidth: cases with no GB/s (the per-op overhead case) are not part of it.
  for (const r of results.filter((q) => (q.family === 'elementwise' || q.family === 'reduce') && q.impl === 'ours:cpu' && q.unit === 'GB/s')) {
    add(`${r.case} cpu >= 1.0x tfjs-wasm GB/s`, ratio(get(r.case, 'ours:cpu'), get(r.case, 'tfjs:wasm')), 1.0, x, false, whyPeer(r.case, 'tfjs:wasm'));
  }
  const step = 'LeNet train step batch 64';
  add(`${step} cpu <= 13 ms`, get(step, 'ours:cpu')?.timing?.medianMs, 13, (v) => `${v.toFixed(1)} ms`, true);
  add(`${step} cpu >= 2x tfjs-wasm`, ratio(get(step, 'ours:cpu'), get(step, 'tfjs:wasm')), 2, x, false, whyPeer(step, 'tfjs:wasm'));
  const epoch = results.find((r) => r.case.startsWith('LeNet epoch'))?.case ?? 'LeNet epoch';
  add('LeNet epoch cpu <= 0.5x tfjs-wasm epoch time', ratio(get(epoch, 'ours:cpu'), get(epoch, 'tfjs:wasm')) !== undefined ? 1 / ratio(get(epoch, 'ours:cpu'), get(epoch, 'tfjs:wasm'))! : undefined, 0.5, x, true, results.some((r) => r.case === epoch) ? whyPeer(epoch, 'tfjs:wasm') : 'run with --epoch');
  add('matmul 1024 webgpu >= 2x jax-js webgpu', ratio(get('matmul 1024x1024', 'ours:webgpu'), get('matmul 1024x1024', 'jax:webgpu')), 2, x, false, whyPeer('matmul 1024x1024', 'jax:webgpu'));
  add(`${step} webgpu >= 10x tfjs-webgpu`, ratio(get(step, 'ours:webgpu'), get(step, 'tfjs:webgpu')), 10, x, false, whyPeer(step, 'tfjs:webgpu'));
  return checks;
}

export function formatTargets(checks: TargetCheck[]): string {
  const rows = [['target', 'measured', 'status'], ...checks.map((c) => [c.target, c.measured.slice(0, 90), c.met === null ? 'not measured' : c.met ? 'met' : 'NOT met'])];
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
