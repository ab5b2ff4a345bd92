// The benchmark's cases in correctness-only mode on cpu: every case that
// webtorch can run must match its plain-JS reference. No timing here (timed
// assertions on a shared machine would be flaky); the timed runs are `npm run bench`.
import { describe, expect, it } from 'vitest';
import { runBench, selectCases } from '../bench/runner.js';

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
});
