// The browser suite: Debian's Chromium, headless with WebGPU enabled (SwiftShader
// on a machine without a GPU), loads the browser bundle from a local server and
// runs part of the op table on cpu (wasm) and webgpu. Skips when Chromium is
// missing, unless WEBTORCH_REQUIRE_WEBGPU=1 (CI), where that fails.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, chromiumRequired, launchChromium } from './support/chromium.js';
import type { BrowserReport } from './browser/page.js';


let server: Server | undefined;
let browser: Browser | undefined;
let url = '';

async function bundlePage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'webtorch-browser-'));
  await esbuild.build({
    entryPoints: [new URL('./browser/page.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outfile: join(dir, 'page.js'),
    logLevel: 'warning',
  });
  return dir;
}

function serve(dir: string): Promise<string> {
  const files: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><meta charset="utf-8"><title>loading</title><script type="module" src="/page.js"></script>'],
    '/page.js': ['text/javascript', readFileSync(join(dir, 'page.js'), 'utf8')],
  };
  server = createServer((req, res) => {
    const file = files[req.url ?? '/'];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': file[0] }).end(file[1]);
  });
  return new Promise((resolve) => {
    server!.listen(0, '127.0.0.1', () => {
      const addr = server!.address();
      resolve(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`);
    });
  });
}

describe.runIf(chromiumAvailable || chromiumRequired)('[browser chromium] op table in a real browser', () => {
  beforeAll(async () => {
    url = await serve(await bundlePage());
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('runs every 3rd op-table case on cpu (wasm), cpu:1 (wasm in a Web Worker) and webgpu with no mismatch', async () => {
    const page = await browser!.newPage();
    const logs: string[] = [];
    page.on('console', (m) => logs.push(m.text()));
    page.on('pageerror', (e) => logs.push(`pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => document.title.endsWith('ready'), undefined, { timeout: 60_000 });
    const report = (await page.evaluate(async () => {
      const run = (globalThis as unknown as { runOpTable: (every: number) => Promise<unknown> }).runOpTable;
      return run(3);
    })) as BrowserReport;
    expect(report.devices, `webgpu: ${report.webgpuProblem}; console: ${logs.join(' | ')}`).toContain('webgpu:0');
    expect(report.devices).toContain('cpu');
    expect(report.devices).toContain('cpu:1');
    const failures = report.results.filter((r) => r.errors.length > 0).map((r) => `${r.device} ${r.name}: ${r.errors.join('; ')}`);
    expect(failures).toEqual([]);
    const perDevice = (d: string): number => report.results.filter((r) => r.device === d).length;
    console.log(`browser op table: ${perDevice('cpu')} cases on cpu, ${perDevice('cpu:1')} on cpu:1 (a Web Worker), ${perDevice('webgpu:0')} on webgpu:0`);
    expect(perDevice('webgpu:0')).toBeGreaterThan(20);
    expect(perDevice('cpu:1')).toBe(perDevice('cpu'));
    await page.close();
  }, 300_000);
});
