// The browser demo (examples/browser) -> dist/web/: index.html, main.js and the
// MNIST asset. Called by scripts/build.mjs after the library bundles, and by
// test/browser-demo.test.ts.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildMnistAsset } from './build-mnist-asset.mjs';

/** Builds dist/web (or `outDir`) and returns its path. */
export async function buildBrowserBundles(esbuild, root, outDir = join(root, 'dist', 'web')) {
  mkdirSync(outDir, { recursive: true });
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'examples/browser/main.ts' },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    sourcemap: true,
    logLevel: 'warning',
  });
  copyFileSync(join(root, 'examples', 'browser', 'index.html'), join(outDir, 'index.html'));
  await buildMnistAsset(root, join(outDir, 'mnist.bin'));
  return outDir;
}
