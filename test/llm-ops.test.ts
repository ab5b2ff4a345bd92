import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EncodedArray, OpCase } from './support/op-table.js';
import { compare, runCase } from './support/op-table.js';
import { LLM_OPS } from './support/llm-op-table.js';
import { openDevices, plannedDevices, torch } from './support/setup-torch.js';

const fixture = JSON.parse(readFileSync(new URL('./fixtures/llm-cases.json', import.meta.url), 'utf8')) as { cases: OpCase[] };
const cases = fixture.cases;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

for (const device of plannedDevices()) {
  describe(`[${device}] large-model ops vs numpy`, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
      const { errors } = await runCase(torch, c, device, undefined, LLM_OPS);
      expect(errors).toEqual([]);
    });
  });
}

/** The case's inputs nudged by a seeded random factor (signs, masks and integers kept). */
function perturbed(c: OpCase, seed: number): Record<string, EncodedArray> {
  const g = new torch.Generator(seed);
  const out: Record<string, EncodedArray> = {};
  for (const [name, e] of Object.entries(c.inputs)) {
    out[name] = e.dtype !== 'float32' ? e : { ...e, data: e.data.map((v) => (typeof v === 'number' ? v * (1 + 0.2 * (g.uniform() - 0.5)) : v)) };
  }
  return out;
}

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] matches [cpu] on random inputs (large-model ops)', () => {
  it.each(cases.map((c, i) => [c.name, c, i] as const))('%s', async (_name, c, i) => {
    const inputs = perturbed(c, 2000 + i);
    const onCpu = await runCase(torch, c, 'cpu', inputs, LLM_OPS);
    const onGpu = await runCase(torch, c, 'webgpu:0', inputs, LLM_OPS);
    const bad = compare(onGpu.output, [...onCpu.output], Math.max(c.atol, 1e-5), Math.max(c.rtol, 1e-4));
    expect(bad).toBeUndefined();
  });
});
