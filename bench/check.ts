import type { Case, HostTensor } from './case.js';

export interface CheckResult {
  ok: boolean;
  /** max |got - want| / max |want| over the compared entries. */
  error: number;
  detail: string;
}

const SAMPLES = 64;

function compare(got: ArrayLike<number>, want: ArrayLike<number>, indices: Iterable<number>, tol: number): CheckResult {
  let scale = 0;
  let worst = 0;
  let worstAt = -1;
  const idx = [...indices];
  for (const i of idx) scale = Math.max(scale, Math.abs(want[i]!));
  scale = Math.max(scale, 1e-6);
  for (const i of idx) {
    const e = Math.abs(got[i]! - want[i]!) / scale;
    // NaN compares false: count it as the worst error.
    if (!(e <= worst)) {
      worst = Number.isNaN(e) ? Infinity : e;
      worstAt = i;
    }
  }
  const ok = worst <= tol;
  const detail = ok ? '' : `at [${worstAt}] got ${got[worstAt]} want ${want[worstAt]} (rel. error ${worst.toExponential(2)} > ${tol})`;
  return { ok, error: worst, detail };
}

/** Our cpu output 0 against the case's plain-JS reference, on evenly spread samples. */
export function checkAgainstReference(c: Case, x: HostTensor[], got: Float32Array): CheckResult | undefined {
  if (!c.reference) return undefined;
  const n = got.length;
  const indices = new Set<number>([0, n - 1]);
  for (let k = 0; k < SAMPLES; k++) indices.add(Math.floor(((k + 0.5) * n) / SAMPLES));
  const want = new Float64Array(n);
  for (const i of indices) want[i] = c.reference(x, i);
  return compare(got, want, indices, c.tolerance ?? 1e-3);
}

/** Every output of an implementation against our cpu backend's. */
export function checkAgainstCpu(c: Case, got: Float32Array[], want: Float32Array[]): CheckResult {
  if (got.length !== want.length) return { ok: false, error: Infinity, detail: `${got.length} outputs, cpu gave ${want.length}` };
  let worst: CheckResult = { ok: true, error: 0, detail: '' };
  for (let o = 0; o < got.length; o++) {
    if (got[o]!.length !== want[o]!.length) {
      return { ok: false, error: Infinity, detail: `output ${o} has ${got[o]!.length} values, cpu gave ${want[o]!.length}` };
    }
    const r = compare(got[o]!, want[o]!, want[o]!.keys(), c.tolerance ?? 1e-3);
    if (r.error > worst.error || !r.ok) worst = r;
  }
  return worst;
}
