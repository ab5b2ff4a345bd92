// Reads dist/web/mnist.bin, written by scripts/build-mnist-asset.mjs (the
// format is documented there): the 8,000 / 2,000 split of data.mnist().

export interface DigitSplit {
  /** n·28·28 pixels, 0-255. */
  pixels: Uint8Array;
  labels: Uint8Array;
  n: number;
}

export interface MnistAsset {
  train: DigitSplit;
  test: DigitSplit;
  side: number;
}

const MAGIC = 'WTMNIST1';
const HEADER_BYTES = 8 + 4 * 4;

export function parseMnistAsset(buffer: ArrayBuffer): MnistAsset {
  const bytes = new Uint8Array(buffer);
  const magic = new TextDecoder().decode(bytes.subarray(0, 8));
  if (bytes.length < HEADER_BYTES || magic !== MAGIC) throw new Error(`mnist.bin: not a webtorch MNIST asset (magic '${magic}', expected '${MAGIC}')`);
  const view = new DataView(buffer);
  const [nTrain, nTest, rows, cols] = [0, 1, 2, 3].map((i) => view.getUint32(8 + 4 * i, true)) as [number, number, number, number];
  const pixels = rows * cols;
  const expected = HEADER_BYTES + (nTrain + nTest) * (pixels + 1);
  if (rows !== cols || bytes.length !== expected) throw new Error(`mnist.bin: ${bytes.length} bytes, expected ${expected} for ${nTrain}+${nTest} digits of ${rows}x${cols}`);
  let at = HEADER_BYTES;
  const take = (n: number): DigitSplit => {
    const split = { pixels: bytes.subarray(at, at + n * pixels), labels: bytes.subarray(at + n * pixels, at + n * (pixels + 1)), n };
    at += n * (pixels + 1);
    return split;
  };
  const train = take(nTrain);
  return { train, test: take(nTest), side: rows };
}

export async function fetchMnistAsset(url: string): Promise<MnistAsset> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`fetching ${url} failed: HTTP ${response.status} (build it with node scripts/build.mjs)`);
  return parseMnistAsset(await response.arrayBuffer());
}

/** Pixels as floats in [0, 1], as data.mnist() gives them. */
export function toFloats(pixels: Uint8Array): Float32Array {
  const out = new Float32Array(pixels.length);
  for (let i = 0; i < pixels.length; i++) out[i] = pixels[i]! / 255;
  return out;
}
