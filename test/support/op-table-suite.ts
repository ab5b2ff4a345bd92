// The two suites every op table gets: each case on each device against numpy's
// expected values, and WebGPU against cpu on the same perturbed inputs.
import { describe, expect, it } from 'vitest';
import type { EncodedArray, OpCase, OpMap } from './op-table.js';
import { compare, runCase } from './op-table.js';
import { plannedDevices, torch } from './setup-torch.js';

export { loadCases } from './load-cases.js';

/** The case's inputs nudged by a seeded random factor (signs, masks and integers kept). */
function perturbed(c: OpCase, seed: number): Record<string, EncodedArray> {
  const g = new torch.Generator(seed);
  const out: Record<string, EncodedArray> = {};
  for (const [name, e] of Object.entries(c.inputs)) {
    out[name] = e.dtype !== 'float32' ? e : { ...e, data: e.data.map((v) => (typeof v === 'number' ? v * (1 + 0.2 * (g.uniform() - 0.5)) : v)) };
  }
  return out;
}

export function defineOpTableSuites(title: string, cases: readonly OpCase[], ops: OpMap | undefined, seedBase: number): void {
  for (const device of plannedDevices()) {
    describe(`[${device}] ${title} vs numpy`, () => {
      it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
        const { errors } = await runCase(torch, c, device, undefined, ops);
        expect(errors).toEqual([]);
      });
    });
  }

  describe.runIf(plannedDevices().includes('webgpu:0'))(`[webgpu] ${title} matches [cpu] on random inputs`, () => {
    it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
      const inputs = perturbed(c, seedBase + i);
      const onCpu = await runCase(torch, c, 'cpu', inputs, ops);
      const onGpu = await runCase(torch, c, 'webgpu:0', inputs, ops);
      const bad = compare(onGpu.output, [...onCpu.output], Math.max(c.atol, 1e-5), Math.max(c.rtol, 1e-4));
      expect(bad).toBeUndefined();
    });
  });
}
