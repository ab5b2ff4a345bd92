import { keep, tidy } from '../memory.js';
import { stack } from '../ops/join.js';
import { defaultGenerator, Generator } from '../random.js';
import type { Tensor } from '../tensor.js';
import { TensorDataset, type Dataset } from './dataset.js';

export interface DataLoaderOptions {
  /** Samples per batch (default 1). */
  batchSize?: number;
  /** Reshuffle the order every epoch (default false). */
  shuffle?: boolean;
  /** Drop the last batch when it is smaller than batchSize (default false). */
  dropLast?: boolean;
  /** Seed of this loader's own shuffling generator; default: drawn from the global seed (torch.manualSeed). */
  seed?: number;
  /** Move each batch to this device (default: where the dataset's tensors are). */
  device?: string;
}

/**
 * Batches of a dataset, as PyTorch's `DataLoader`: iterate with `for await`
 * (or a plain `for ... of`). Each batch is a tuple of tensors stacked along a
 * new dim 0. Shuffling uses the loader's own seeded generator, so the order is
 * reproducible and differs from epoch to epoch.
 *
 * NOTE: a batch's tensors are disposed when the next batch is produced and
 * when the loop ends (or breaks): memory stays flat without tidy. `clone()`
 * a batch tensor to keep it longer.
 *
 * @example
 * const loader = new data.DataLoader(train, { batchSize: 64, shuffle: true, seed: 0 });
 * for await (const [inputs, labels] of loader) { ... }
 */
export class DataLoader<T extends Tensor[] = Tensor[]> implements Iterable<T>, AsyncIterable<T> {
  readonly batchSize: number;
  readonly shuffle: boolean;
  readonly dropLast: boolean;
  readonly device: string | undefined;
  private readonly generator: Generator;

  constructor(
    readonly dataset: Dataset<T>,
    options: DataLoaderOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 1;
    if (!Number.isInteger(this.batchSize) || this.batchSize <= 0) {
      throw new RangeError(`DataLoader: batchSize should be a positive integer value, but got batchSize=${options.batchSize}`);
    }
    this.shuffle = options.shuffle ?? false;
    this.dropLast = options.dropLast ?? false;
    this.device = options.device;
    this.generator = new Generator(options.seed ?? defaultGenerator.nextUint32());
  }

  /** Batches per epoch. */
  /** The shuffling generator's state, for checkpoints: restoring it continues the same data order. */
  getState(): number[] {
    return this.generator.getState();
  }

  setState(state: readonly number[]): void {
    this.generator.setState(state);
  }

  get length(): number {
    const n = this.dataset.length;
    return this.dropLast ? Math.floor(n / this.batchSize) : Math.ceil(n / this.batchSize);
  }

  /** The sample order of the next epoch (a Fisher-Yates shuffle when `shuffle`). */
  private epochOrder(): Int32Array {
    const n = this.dataset.length;
    const order = new Int32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (this.shuffle) {
      for (let i = n - 1; i > 0; i--) {
        const j = this.generator.integer(0, i + 1);
        const tmp = order[i]!;
        order[i] = order[j]!;
        order[j] = tmp;
      }
    }
    return order;
  }

  private collate(indices: Int32Array): T {
    const ds = this.dataset;
    return tidy(() => {
      let batch: Tensor[];
      if (ds instanceof TensorDataset) {
        batch = ds.gather(indices);
      } else {
        const samples = Array.from(indices, (i) => ds.get(i));
        batch = samples[0]!.map((_, field) => stack(samples.map((s) => s[field]!), 0));
      }
      return this.device === undefined ? batch : batch.map((t) => t.to(this.device!));
    }) as T;
  }

  *[Symbol.iterator](): Iterator<T> {
    const order = this.epochOrder();
    const end = this.dropLast ? this.length * this.batchSize : order.length;
    let previous: T | undefined;
    try {
      for (let start = 0; start < end; start += this.batchSize) {
        const batch = this.collate(order.subarray(start, Math.min(start + this.batchSize, end)));
        for (const t of batch) keep(t);
        if (previous) for (const t of previous) t.dispose();
        previous = batch;
        yield batch;
      }
    } finally {
      if (previous) for (const t of previous) t.dispose();
    }
  }

  async *[Symbol.asyncIterator](): AsyncIterator<T> {
    yield* { [Symbol.iterator]: () => this[Symbol.iterator]() };
  }
}
