import type { HostTensor, InputSpec } from './case.js';
import { numel } from './case.js';

/** Deterministic inputs (mulberry32), so every library sees the same numbers. */
export function makeInputs(specs: readonly InputSpec[], seed = 1234): HostTensor[] {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return specs.map((spec) => {
    const n = numel(spec.shape);
    if (spec.kind === 'labels') {
      const data = new Int32Array(n);
      for (let i = 0; i < n; i++) data[i] = Math.floor(next() * (spec.classes ?? 10));
      return { data, shape: [...spec.shape] };
    }
    const data = new Float32Array(n);
    const scale = spec.scale ?? 1;
    for (let i = 0; i < n; i++) data[i] = (spec.kind === 'positive' ? 0.1 + next() : next() * 2 - 1) * scale;
    return { data, shape: [...spec.shape] };
  });
}
