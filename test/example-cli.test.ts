// The main job's command line (examples/mnist-cnn.ts), bundled as `npm start`
// runs it and started as a process: flags, device choice and exit codes.
// Zero epochs keep it short: it still loads the digits, builds the network (and
// DataParallel) and evaluates the held-out set.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'webtorch-cli-'));
const script = join(dir, 'mnist-cnn.mjs');

beforeAll(async () => {
  await esbuild.build({
    entryPoints: ['examples/mnist-cnn.ts'],
    outfile: script,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    nodePaths: [join(process.cwd(), 'node_modules')],
    banner: { js: "import { createRequire as __wtCreateRequire } from 'node:module'; const require = __wtCreateRequire(import.meta.url);" },
    logLevel: 'error',
  });
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the bundled example; resolves with its exit code and output (never rejects on a non-zero exit). */
async function cli(...args: string[]): Promise<{ code: number; out: string }> {
  // The bundle sits outside the repository: resolve `mnist` and `webgpu` from ours.
  const env = { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') };
  try {
    const { stdout, stderr } = await run(process.execPath, [script, ...args], { env, timeout: 120_000 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? -1, out: (err.stdout ?? '') + (err.stderr ?? '') };
  }
}

describe('[cpu] main job command line', () => {
  it('runs with no flags on the best device', async () => {
    const { code, out } = await cli('--epochs', '0');
    expect(code, out).toBe(0);
    expect(out).toMatch(/Training on (cpu|webgpu:0): /);
    expect(out).toMatch(/Test accuracy: \d+\.\d\d% on 2000 held-out digits/);
  }, 120_000);

  it('trains data-parallel on cpu and a worker thread', async () => {
    const { code, out } = await cli('--device', 'cpu', '--data-parallel', '2', '--epochs', '0');
    expect(code, out).toBe(0);
    expect(out).toContain('Training data-parallel on cpu, cpu:1');
  }, 120_000);

  it('rejects bad flags with the usage and exit code 1', async () => {
    const bad = await cli('--batch-size', '0');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/--batch-size must be at least 1\nusage: mnist-cnn/);
    const mixed = await cli('--devices', 'cpu,cpu:1', '--data-parallel', '2');
    expect(mixed.code).toBe(1);
    expect(mixed.out).toContain('--data-parallel and --devices cannot be combined');
  }, 120_000);
});
