// The browser demo (examples/browser) in Debian's Chromium, headless with
// WebGPU enabled (SwiftShader on a machine without a GPU): builds the page,
// serves it, trains on WebAssembly and on WebGPU, checks that the loss falls
// and the held-out accuracy rises, draws a digit with the mouse, round-trips
// the model through Save/Load, and fails on any page error. Screenshots go to
// test-results/. Skips when Chromium is missing, unless WEBTORCH_REQUIRE_WEBGPU=1.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, chromiumRequired, launchChromium } from './support/chromium.js';
import type { DemoStatus } from '../examples/browser/status.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const results = join(root, 'test-results');

// The scripts are plain ESM (.mjs, run by node): their shapes, as this test uses them.
type BuildBrowserBundles = (build: typeof esbuild, root: string, outDir?: string) => Promise<string>;
type ServeDemo = (dir: string, port?: number) => Promise<{ server: Server; url: string }>;

/**
 * Per device: steps, batch and the accuracy bar, sized for this 2-core machine.
 * SwiftShader runs WGSL on the CPU at ~0.2 s per batch-8 step (~0.55 s at batch
 * 32), so the WebGPU run trains with batch 8; wasm does ~40 batch-32 steps/s.
 * Both are seeded: a run reaches about 85% (cpu, 200 steps) and 60% (webgpu, 150 steps).
 */
const RUNS = {
  cpu: { query: 'steps=200&evalEvery=50&evalSize=500', accuracyBar: 0.7 },
  webgpu: { query: 'steps=150&batch=8&evalEvery=50&evalSize=250', accuracyBar: 0.4 },
} as const;

let server: Server | undefined;
let browser: Browser | undefined;
let url = '';
let builtDir: string | undefined;

async function buildAndServe(): Promise<string> {
  const script = (name: string): string => pathToFileURL(join(root, 'scripts', name)).href;
  const { buildBrowserBundles } = (await import(script('browser-bundles.mjs'))) as { buildBrowserBundles: BuildBrowserBundles };
  const { serveDemo } = (await import(script('serve-demo.mjs'))) as { serveDemo: ServeDemo };
  builtDir = await buildBrowserBundles(esbuild, root, mkdtempSync(join(tmpdir(), 'webtorch-demo-')));
  const served = await serveDemo(builtDir, 0);
  server = served.server;
  return served.url;
}

async function openPage(query: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.newPage({ viewport: { width: 1200, height: 1000 }, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console.error: ${m.text()}`); });
  await page.goto(`${url}?${query}`);
  return { page, errors };
}

const status = (page: Page): Promise<DemoStatus> =>
  page.evaluate(() => (globalThis as unknown as { webtorchDemo: { status(): DemoStatus } }).webtorchDemo.status());

/** Polls the page's status until `done` holds; fails early when the page reports an error. */
async function waitFor(page: Page, what: string, done: (s: DemoStatus) => boolean, timeoutMs: number): Promise<DemoStatus> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const s = await status(page);
    if (s.phase === 'error') throw new Error(`page error while waiting for ${what}: ${s.error}`);
    if (done(s)) return s;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify({ ...s, losses: s.losses.slice(-3) })}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Draws a "7" on the pad with mouse events, as a person would. */
async function drawSeven(page: Page): Promise<void> {
  const box = (await page.locator('#pad').boundingBox())!;
  const at = (fx: number, fy: number): [number, number] => [box.x + fx * box.width, box.y + fy * box.height];
  await page.mouse.move(...at(0.25, 0.2));
  await page.mouse.down();
  await page.mouse.move(...at(0.75, 0.2), { steps: 8 });
  await page.mouse.move(...at(0.45, 0.85), { steps: 12 });
  await page.mouse.up();
}

/** Trains to the run's step budget and checks the curves; returns the final status. */
async function trainAndCheck(page: Page, device: keyof typeof RUNS, timeoutMs: number): Promise<DemoStatus> {
  const t0 = Date.now();
  await page.click('#start');
  // A screenshot of the page mid-training, for the record (docs/browser-demo.png is one of these).
  await waitFor(page, 'training halfway', (s) => s.accuracies.length >= 2 && s.phase === 'training', timeoutMs);
  await page.screenshot({ path: join(results, `browser-demo-${device}-training.png`), fullPage: true });
  // The page answers while training runs: each round trip is a task on the page's main thread.
  for (let i = 0; i < 5; i++) {
    const asked = Date.now();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    expect(Date.now() - asked, 'a frame while training').toBeLessThan(1000);
  }
  // Pause holds the step count; Resume carries on.
  await page.click('#start');
  const paused = await waitFor(page, 'the pause', (x) => x.phase === 'paused', timeoutMs);
  await new Promise((r) => setTimeout(r, 500));
  expect((await status(page)).step).toBe(paused.step);
  expect(await page.textContent('#start')).toBe('Resume');
  await page.click('#start');
  const s = await waitFor(page, 'training to finish', (x) => x.phase === 'done', timeoutMs);
  const seconds = (Date.now() - t0) / 1000;
  const first = s.accuracies[0]![1];
  const last = s.accuracies[s.accuracies.length - 1]![1];
  console.log(`browser demo on ${s.device}: ${s.step} steps in ${seconds.toFixed(1)} s; loss ${s.losses[0]![1].toFixed(3)} -> ${s.losses[s.losses.length - 1]![1].toFixed(3)}; accuracy ${(first * 100).toFixed(1)}% -> ${(last * 100).toFixed(1)}%`);
  expect(s.losses.length).toBeGreaterThan(3);
  expect(s.losses[s.losses.length - 1]![1]).toBeLessThan(s.losses[0]![1] * 0.8);
  expect(last).toBeGreaterThan(RUNS[device].accuracyBar);
  expect(last).toBeGreaterThan(first + 0.2);
  // Memory is flat from step to step: the same live tensors at every evaluation after the first step.
  const counts = new Set(s.liveTensors.filter(([step]) => step > 0).map(([, n]) => n));
  expect(counts.size, JSON.stringify(s.liveTensors)).toBe(1);
  return s;
}

/**
 * Draws a 7 and waits until the page shows a prediction for it. Each mouse
 * move asks for a classification and the latest drawing wins, so on a slow
 * device a prediction of a partial stroke can land first: wait until the
 * shown label and the status agree on two looks in a row.
 */
async function checkDrawing(page: Page): Promise<number> {
  await drawSeven(page);
  const deadline = Date.now() + 30_000;
  let previous: string | undefined;
  for (;;) {
    const s = await status(page);
    if (s.phase === 'error') throw new Error(`page error while classifying the drawing: ${s.error}`);
    const shown = await page.locator('#prediction').textContent();
    const now = s.prediction === undefined ? undefined : `${s.prediction}|${shown}`;
    if (now !== undefined && shown === String(s.prediction) && now === previous) return s.prediction!;
    previous = now;
    if (Date.now() > deadline) throw new Error(`no settled prediction of the drawn digit: status ${String(s.prediction)}, shown ${String(shown)}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

describe.runIf(chromiumAvailable || chromiumRequired)('[browser chromium] the MNIST training page', () => {
  beforeAll(async () => {
    mkdirSync(results, { recursive: true });
    url = await buildAndServe();
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
    if (builtDir) rmSync(builtDir, { recursive: true, force: true });
  });

  it('ships the 8,000 / 2,000 split of data.mnist() in mnist.bin', async () => {
    const torch = await import('../src/node.js');
    await torch.init({ webgpu: false });
    const { train, test } = await torch.data.mnist({ device: 'cpu' });
    const served = new Uint8Array(await (await fetch(`${url}mnist.bin`)).arrayBuffer());
    const { parseMnistAsset } = await import('../examples/browser/mnist-asset.js');
    const asset = parseMnistAsset(served.buffer);
    for (const [mine, theirs] of [[asset.train, train], [asset.test, test]] as const) {
      expect(mine.n).toBe(theirs.labels.length);
      expect(Int32Array.from(mine.labels)).toEqual(theirs.labels);
      let worst = 0;
      theirs.images.forEach((v, i) => { worst = Math.max(worst, Math.abs(v - mine.pixels[i]! / 255)); });
      expect(worst).toBeLessThan(0.5 / 255 + 1e-6); // the package stores k/255 to 3 decimals
    }
    train.dispose();
    test.dispose();
  });

  it('trains on WebAssembly picked in the device picker; draws a digit; saves and loads the model', async () => {
    const { page, errors } = await openPage(RUNS.cpu.query);
    const ready = await waitFor(page, 'the page to load', (s) => s.phase === 'ready', 60_000);
    // With a WebGPU adapter the picker defaults to it and says which; then a person picks WebAssembly.
    if (chromiumRequired) expect(await page.inputValue('#device')).toBe('webgpu:0');
    expect(await page.textContent('#device-reason')).toContain(ready.device === 'webgpu:0' ? 'WebGPU adapter found' : 'Using WebAssembly');
    // serve-demo sends COOP/COEP: the page is cross-origin isolated, so the cpu device runs helper threads;
    // Chromium validates relaxed SIMD, so it runs the fused multiply-add build.
    expect(ready.cpu).toMatch(/^WebAssembly relaxed SIMD \(fused multiply-add\), \d+ threads? \(shared memory\)$/);
    await page.selectOption('#device', 'cpu');
    await waitFor(page, 'the switch to cpu', (s) => s.device === 'cpu' && s.phase === 'ready', 30_000);
    const trained = await trainAndCheck(page, 'cpu', 60_000);
    const predicted = await checkDrawing(page);
    console.log(`drawn 7 classified as ${predicted}`);

    // Save downloads safetensors; loading it back gives the same predictions.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
    const file = await download.path();
    const bytes = readFileSync(file);
    const headerLength = Number(bytes.readBigUInt64LE(0));
    const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as Record<string, { shape: number[] }>;
    expect(header['conv1.weight']!.shape).toEqual([6, 1, 5, 5]);
    expect(header['fc3.bias']!.shape).toEqual([10]);
    await page.click('#reset');
    await waitFor(page, 'the reset', (s) => s.step === 0 && s.phase === 'ready', 30_000);
    await page.setInputFiles('#load-file', file);
    const loaded = await waitFor(page, 'the loaded model to be evaluated', (s) => s.accuracies.length === 2 && s.phase === 'ready', 30_000);
    expect(loaded.accuracies[1]![1]).toBeCloseTo(trained.accuracies[trained.accuracies.length - 1]![1], 5);
    await page.screenshot({ path: join(results, 'browser-demo-cpu.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 150_000);

  it('trains on WebGPU (the default device when an adapter exists) and classifies a drawing', async () => {
    const { page, errors } = await openPage(RUNS.webgpu.query);
    const ready = await waitFor(page, 'the page to load', (s) => s.phase === 'ready', 60_000);
    if (ready.device !== 'webgpu:0') {
      if (chromiumRequired) throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but the page found no WebGPU adapter: ${ready.webgpu}`);
      console.log(`browser demo: no WebGPU adapter in Chromium (${ready.webgpu}); skipping the WebGPU run`);
      await page.close();
      return;
    }
    expect(await page.inputValue('#device')).toBe('webgpu:0');
    await trainAndCheck(page, 'webgpu', 120_000);
    await checkDrawing(page);
    await page.screenshot({ path: join(results, 'browser-demo-webgpu.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
