// The benchmark's cases in correctness-only mode on cpu: every case that
// webtorch can run must match its plain-JS reference. No speed is asserted
// (timed assertions on a shared machine would be flaky; the timed runs are
// `npm run bench`): one test only checks that a timed run yields its samples.
import { describe, expect, it } from 'vitest';
import type { Impl } from '../bench/impl.js';
import { runBench, selectCases, timingGroups } from '../bench/runner.js';

describe('bench cases (quick, cpu)', () => {
  it('run and match their references', async () => {
    const results = await runBench({
      filter: [],
      backends: ['cpu'],
      peers: false,
      quick: true,
      epoch: false,
      timing: { sampleMs: 0, samples: 5 },
    });
    expect(results.filter((r) => r.status === 'FAIL').map((r) => `${r.case}: ${r.note}`)).toEqual([]);
    expect(results.length).toBe(selectCases([], false).length);
    // Core kernels exist now; the rest may be "not in webtorch yet" until nn/optim land.
    for (const r of results.filter((q) => ['elementwise', 'reduce', 'softmax', 'matmul'].includes(q.family))) {
      expect(r.status, `${r.case}: ${r.note ?? ''}`).toBe('ok');
    }
  }, 120_000);

  it('times several thread counts of one case together, each checked and with its own samples', async () => {
    const results = await runBench({
      filter: ['relu 1M'],
      backends: ['cpu'],
      peers: false,
      quick: false,
      epoch: false,
      threads: [1, 2],
      timing: { sampleMs: 1, samples: 3, warmCalls: 1, warmMs: 0 },
    });
    expect(results.map((r) => [r.impl, r.status])).toEqual([['ours:cpu', 'ok'], ['ours:cpu@2t', 'ok']]);
    for (const r of results) {
      expect(r.check?.ok).toBe(true);
      expect(r.timing?.samplesMs.length).toBe(3);
      expect(r.timing!.medianMs).toBeGreaterThan(0);
    }
  }, 60_000);

  it('interleaves ours with the first backend of each peer on the same side; a library\'s further backends go alone', () => {
    const impl = (id: string): Impl => ({
      id,
      lib: id.split(':')[0] as Impl['lib'],
      side: /webgpu/.test(id) ? 'webgpu' : 'cpu',
      prepare: () => Promise.resolve('not run'),
    });
    const list = ['ours:cpu', 'ours:cpu@2t', 'ours:webgpu', 'tfjs:wasm', 'tfjs:cpu', 'jax:wasm', 'tfjs:webgpu', 'jax:webgpu'].map(impl);
    expect(timingGroups(list).map((g) => g.map((i) => i.id))).toEqual([
      ['ours:cpu', 'ours:cpu@2t', 'tfjs:wasm', 'jax:wasm'],
      ['ours:webgpu', 'tfjs:webgpu', 'jax:webgpu'],
      ['tfjs:cpu'],
    ]);
  });
});
