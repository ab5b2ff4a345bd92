// Datasets and the DataLoader: the MNIST split, batching, shuffling, disposal,
// and CIFAR-10's binary format on a small file written here.
import { mkdtemp, rm, unlink, writeFile, appendFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch, collectGarbage } from './support/setup-torch.js';
import type { Tensor } from '../src/node.js';

const { data } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

/** Classes of the `mnist` package, read independently of data.mnist(). */
const digits = createRequire(import.meta.url)('mnist') as { raw: number[]; length: number }[];

describe('[cpu] data.mnist', () => {
  it('splits the 10,000 digits 8,000 / 2,000, stratified: the first 80% of each class train', async () => {
    const { train, test } = await data.mnist();
    expect(train.length).toBe(8000);
    expect(test.length).toBe(2000);
    const [x, y] = train.tensors as [Tensor, Tensor];
    expect(x.shape).toEqual([8000, 1, 28, 28]);
    expect(x.dtype).toBe('float32');
    expect(y.dtype).toBe('int32');
    expect(test.tensors[0]!.shape).toEqual([2000, 1, 28, 28]);
    expect(train.images.length).toBe(8000 * 784);
    expect(Array.from(y.dataSync())).toEqual(Array.from(train.labels));

    // NOTE: the package's classes hold 863..1127 digits, so per class it is 80% rounded, not 800/200.
    let trainStart = 0;
    let testStart = 0;
    for (let c = 0; c < 10; c++) {
      const total = digits[c]!.length;
      const nTrain = train.labels.filter((l) => l === c).length;
      const nTest = test.labels.filter((l) => l === c).length;
      expect(nTrain).toBe(Math.round(total * 0.8));
      expect(nTrain + nTest).toBe(total);
      // First train sample of class c is the package's digit 0 of that class; first test sample is digit nTrain.
      expect(Array.from(train.images.subarray(trainStart * 784, trainStart * 784 + 784))).toEqual(Array.from(Float32Array.from(digits[c]!.raw.slice(0, 784))));
      expect(Array.from(test.images.subarray(testStart * 784, testStart * 784 + 784))).toEqual(Array.from(Float32Array.from(digits[c]!.raw.slice(nTrain * 784, nTrain * 784 + 784))));
      trainStart += nTrain;
      testStart += nTest;
    }

    let min = Infinity;
    let max = -Infinity;
    for (const v of train.images) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(min).toBe(0);
    expect(max).toBe(1);
    expect(Math.min(...train.labels)).toBe(0);
    expect(Math.max(...train.labels)).toBe(9);
    train.dispose();
    test.dispose();
  });
});

const rows = (n: number, device?: string): [Tensor, Tensor] => [
  torch.arange(0, n * 2, 1, { dtype: 'float32', ...(device ? { device } : {}) }).reshape([n, 2]),
  torch.arange(n, undefined, 1, device ? { device } : {}),
];

async function collect(loader: torch.data.DataLoader): Promise<number[][]> {
  const out: number[][] = [];
  for await (const [, y] of loader) out.push(Array.from(await y!.data()));
  return out;
}

for (const device of plannedDevices()) {
  describe(`[${device}] data.DataLoader`, () => {
    it('batches rows in order, with a smaller last batch unless dropLast', async () => {
      const ds = new data.TensorDataset(...rows(10, device));
      const loader = new data.DataLoader(ds, { batchSize: 4 });
      expect(loader.length).toBe(3);
      const shapes: number[][] = [];
      const xs: number[][] = [];
      for await (const [x, y] of loader) {
        shapes.push([...x!.shape, ...y!.shape]);
        xs.push(Array.from(await x!.data()));
      }
      expect(shapes).toEqual([[4, 2, 4], [4, 2, 4], [2, 2, 2]]);
      expect(xs[2]).toEqual([16, 17, 18, 19]);
      expect(await collect(loader)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
      const dropLast = new data.DataLoader(ds, { batchSize: 4, dropLast: true });
      expect(dropLast.length).toBe(2);
      expect(await collect(dropLast)).toEqual([[0, 1, 2, 3], [4, 5, 6, 7]]);
      ds.dispose();
    });

    it('shuffles reproducibly from the seed, differently each epoch, covering every sample', async () => {
      const ds = new data.TensorDataset(...rows(20, device));
      const a = new data.DataLoader(ds, { batchSize: 8, shuffle: true, seed: 42 });
      const b = new data.DataLoader(ds, { batchSize: 8, shuffle: true, seed: 42 });
      const a1 = await collect(a);
      const a2 = await collect(a);
      expect(await collect(b)).toEqual(a1);
      expect(await collect(b)).toEqual(a2);
      expect(a1).not.toEqual(a2);
      expect(a1.flat().sort((x, y) => x - y)).toEqual([...Array(20).keys()]);
      expect(a1.flat()).not.toEqual([...Array(20).keys()]);
      const c = new data.DataLoader(ds, { batchSize: 8, shuffle: true, seed: 43 });
      expect(await collect(c)).not.toEqual(a1);
      ds.dispose();
    });

    it('disposes each batch when the next is produced and when the loop ends, so memory stays flat', async () => {
      const ds = new data.TensorDataset(...rows(12, 'cpu'));
      const loader = new data.DataLoader(ds, { batchSize: 5, device });
      await collectGarbage();
      const before = torch.memory().numTensors;
      const seen: Tensor[] = [];
      for await (const batch of loader) {
        expect(batch.every((t) => t.device === device)).toBe(true);
        for (const t of seen) expect(t.isDisposed).toBe(true);
        seen.push(...batch);
      }
      expect(seen.every((t) => t.isDisposed)).toBe(true);
      for (const _ of loader) break; // a break disposes too
      expect(torch.memory().numTensors).toBe(before);
      ds.dispose();
    });

    it('stacks the samples of any Dataset', async () => {
      class Squares extends data.Dataset {
        get length(): number {
          return 5;
        }
        get(i: number): Tensor[] {
          return [torch.tensor([i, -i], { device }), torch.tensor(i * i, { device })];
        }
      }
      const batches: number[][][] = [];
      for await (const [x, y] of new data.DataLoader(new Squares(), { batchSize: 2 })) {
        expect(x!.shape).toEqual([x!.shape[0], 2]);
        batches.push([Array.from(await x!.data()), Array.from(await y!.data())]);
      }
      expect(batches).toEqual([[[0, 0, 1, -1], [0, 1]], [[2, -2, 3, -3], [4, 9]], [[4, -4], [16]]]);
    });
  });
}

describe('[cpu] data.TensorDataset', () => {
  it('checks its tensors and returns rows', () => {
    const [x, y] = rows(3);
    const ds = new data.TensorDataset(x, y);
    const [x1, y1] = ds.get(1);
    expect(Array.from(x1!.dataSync())).toEqual([2, 3]);
    expect(y1!.shape).toEqual([]);
    expect(() => ds.get(3)).toThrow(/out of range/);
    expect(() => new data.TensorDataset(x, torch.zeros([4]))).toThrow(/size mismatch between tensors: \[3, 2\], \[4\]/);
  });
});

describe('[cpu] data.cifar10', () => {
  let dir = '';
  const record = (label: number, seed: number): Uint8Array => {
    const r = new Uint8Array(3073);
    r[0] = label;
    for (let j = 1; j < 3073; j++) r[j] = (j * 7 + seed) % 256;
    return r;
  };
  const batchFile = (labels: number[], seed: number): Buffer => Buffer.concat(labels.map((l, i) => record(l, seed + i)));

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'webtorch-cifar-'));
    for (let b = 1; b <= 5; b++) await writeFile(join(dir, `data_batch_${b}.bin`), batchFile([b, (b + 3) % 10], b * 10));
    await writeFile(join(dir, 'test_batch.bin'), batchFile([9, 0, 4], 99));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads the official binary format: [N, 3, 32, 32] in [0, 1] and int32 labels', async () => {
    const train = await data.cifar10(dir);
    expect(train.length).toBe(10);
    const [x, y] = train.tensors as [Tensor, Tensor];
    expect(x.shape).toEqual([10, 3, 32, 32]);
    expect(y.dtype).toBe('int32');
    expect(Array.from(y.dataSync())).toEqual([1, 4, 2, 5, 3, 6, 4, 7, 5, 8]);
    const first = x.dataSync();
    expect(first[0]).toBeCloseTo(((1 * 7 + 10) % 256) / 255, 6);
    expect(first[3071]).toBeCloseTo(((3072 * 7 + 10) % 256) / 255, 6);
    const test = await data.cifar10(dir, { train: false });
    expect(Array.from(test.labels)).toEqual([9, 0, 4]);
    train.dispose();
    test.dispose();
  });

  it('fails clearly on a missing folder, a missing file, a wrong size or a bad label', async () => {
    await expect(data.cifar10(join(dir, 'nope'))).rejects.toThrow(/cifar10: folder .*nope not found/);
    const broken = await mkdtemp(join(tmpdir(), 'webtorch-cifar-bad-'));
    try {
      await writeFile(join(broken, 'test_batch.bin'), batchFile([1], 0));
      await expect(data.cifar10(broken)).rejects.toThrow(/cifar10: missing file .*data_batch_1\.bin/);
      await appendFile(join(broken, 'test_batch.bin'), new Uint8Array([1, 2, 3]));
      await expect(data.cifar10(broken, { train: false })).rejects.toThrow(/has 3076 bytes, not a multiple of 3073/);
      await unlink(join(broken, 'test_batch.bin'));
      await writeFile(join(broken, 'test_batch.bin'), batchFile([12], 0));
      await expect(data.cifar10(broken, { train: false })).rejects.toThrow(/record 0 has label 12/);
    } finally {
      await rm(broken, { recursive: true, force: true });
    }
  });
});
