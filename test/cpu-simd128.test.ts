// The plain-SIMD build of the cpu kernels ('simd128': a multiply then an add),
// which engines without relaxed SIMD run (Safari; `init({ cpuCapability })`).
// Every other file runs the relaxed-SIMD build, which this Node turns on; this
// one asks for the plain build before anything loads and runs the op tables
// (numpy's expected values) on the main thread and on a worker device.
import { afterAll, describe, expect, it } from 'vitest';
import * as torch from '../src/node.js';
import { loadCases } from './support/load-cases.js';
import { lastMaddProduct } from './support/fused-madd.js';
import { LLM_OPS } from './support/llm-op-table.js';
import { NN_OPS } from './support/nn-op-table.js';
import { runCase, type OpMap } from './support/op-table.js';

await torch.init({ webgpu: false, cpuWorkers: 1, cpuCapability: 'simd128' });
afterAll(() => torch.shutdown());

describe('cpu kernels, plain SIMD build', () => {
  it('is the build every cpu device runs, and the first init fixed it', async () => {
    expect(torch.getCpuCapability()).toBe('simd128');
    expect(torch.deviceInfo().map((d) => d.description)).toEqual([
      expect.stringMatching(/^WebAssembly SIMD, \d+ threads? /), 'WebAssembly SIMD in worker thread 1',
    ]);
    await torch.init({ cpuCapability: 'relaxed-simd' });
    expect(torch.getCpuCapability()).toBe('simd128');
  });

  it('multiplies, rounds, then adds: a product that a fused multiply-add would keep is 0', async () => {
    for (const device of ['cpu', 'cpu:1']) expect([...await lastMaddProduct(torch, device)]).toEqual([0]);
  });

  const tables: [string, string, OpMap | undefined][] = [
    ['op table', 'op-cases.json', undefined],
    ['nn.functional', 'nn-cases.json', NN_OPS],
    ['large-model ops', 'llm-cases.json', LLM_OPS],
  ];
  for (const device of ['cpu', 'cpu:1']) {
    for (const [title, fixture, ops] of tables) {
      const cases = loadCases(fixture);
      it(`[${device}] ${title} vs numpy (${cases.length} cases)`, async () => {
        const failed: string[] = [];
        for (const c of cases) {
          const { errors } = await runCase(torch, c, device, undefined, ops);
          if (errors.length) failed.push(`${c.name}: ${errors.join('; ')}`);
        }
        expect(failed).toEqual([]);
      });
    }
  }
});
