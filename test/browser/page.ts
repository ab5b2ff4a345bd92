// Runs in headless Chromium: the browser bundle of webtorch against the same
// op table the Node suites use. test/browser.test.ts drives it.
import * as torch from '../../src/index.js';
import fixture from '../fixtures/op-cases.json';
import type { OpCase } from '../support/op-table.js';
import { runCase } from '../support/op-table.js';

export interface BrowserReport {
  devices: string[];
  webgpuProblem: string | undefined;
  results: { device: string; name: string; errors: string[] }[];
}

async function runOpTable(every: number): Promise<BrowserReport> {
  // cpu:1: a Web Worker started from a Blob URL, with its own wasm instance.
  const devices = await torch.init({ cpuWorkers: 1 });
  const cases = (fixture as unknown as { cases: OpCase[] }).cases.filter((_, i) => i % every === 0);
  const results: BrowserReport['results'] = [];
  for (const device of devices) {
    for (const c of cases) {
      try {
        const { errors } = await runCase(torch, c, device);
        results.push({ device, name: c.name, errors });
      } catch (e) {
        results.push({ device, name: c.name, errors: [`threw: ${(e as Error).message}`] });
      }
    }
  }
  return { devices, webgpuProblem: torch.webgpuUnavailableReason(), results };
}

(globalThis as { runOpTable?: typeof runOpTable }).runOpTable = runOpTable;
document.title = 'webtorch browser test: ready';
