// Which build of the cpu kernels a process runs (getCpuCapability): the
// relaxed-SIMD one wherever the engine validates it (Node 20 after the Node
// entry turns its flag on, Node 21+, Chromium), on every cpu device alike.
// The plain build has its own file, test/cpu-simd128.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import * as torch from '../src/node.js';
import { engineRelaxedMadd, lastMaddProduct } from './support/fused-madd.js';

await torch.init({ webgpu: false, cpuWorkers: 1 });
afterAll(() => torch.shutdown());

describe('cpu kernels, relaxed SIMD build', () => {
  it('is chosen by default in Node, on the main thread and on worker devices', () => {
    expect(torch.getCpuCapability()).toBe('relaxed-simd');
    expect(torch.deviceInfo().map((d) => d.description)).toEqual([
      expect.stringMatching(/^WebAssembly relaxed SIMD \(fused multiply-add\), \d+ threads? /),
      'WebAssembly relaxed SIMD (fused multiply-add) in worker thread 1',
    ]);
  });

  it("sums a product with the engine's relaxed multiply-add (one rounding where the CPU has FMA)", async () => {
    const fused = engineRelaxedMadd();
    for (const device of ['cpu', 'cpu:1']) expect([...await lastMaddProduct(torch, device)]).toEqual([fused]);
  });

  it('names the builds when asked for one it does not have, and keeps the first choice', async () => {
    const { chooseCpuCapability } = await import('../src/backend/cpu/capability.js');
    expect(() => chooseCpuCapability('avx2' as never)).toThrow("init: cpuCapability must be one of 'relaxed-simd', 'simd128', got 'avx2'");
    expect(chooseCpuCapability('simd128')).toBe('relaxed-simd');
    expect(torch.getCpuCapability()).toBe('relaxed-simd');
  });
});
