import type { Reporter, TestCase } from 'vitest/node';

// Prints how many tests ran on each backend. A test is counted for a backend
// when its full name contains `[cpu]`, `[cpu:N]` (a worker thread), `[webgpu]` or `[browser ...]`.
export default class BackendSummaryReporter implements Reporter {
  private counts = new Map<string, { passed: number; failed: number; skipped: number }>();

  onTestCaseResult(test: TestCase): void {
    const name = test.fullName;
    const tags = new Set<string>();
    for (const m of name.matchAll(/\[(cpu(?::\d+)?|webgpu(?::\d+)?|browser[^\]]*)\]/g)) {
      tags.add(m[1]!.startsWith('cpu:') ? 'cpu worker' : m[1]!.replace(/:\d+$/, ''));
    }
    const state = test.result().state;
    for (const tag of tags) {
      const c = this.counts.get(tag) ?? { passed: 0, failed: 0, skipped: 0 };
      if (state === 'passed') c.passed++;
      else if (state === 'failed') c.failed++;
      else c.skipped++;
      this.counts.set(tag, c);
    }
  }

  onTestRunEnd(): void {
    if (this.counts.size === 0) return;
    const lines = [...this.counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([tag, c]) => `  ${tag.padEnd(10)} ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
    console.log(`\nTests per backend:\n${lines.join('\n')}`);
  }
}
