import { tidy } from '../memory.js';
import { tensor as makeTensor } from '../ops/creation.js';
import { formatShape } from '../shape.js';
import { Tensor } from '../tensor.js';

/**
 * A map-style dataset (PyTorch's `Dataset`): a length and the sample at an
 * index, as a tuple of tensors such as [input, label].
 *
 * @example
 * class Squares extends data.Dataset {
 *   get length() { return 100; }
 *   get(i: number) { return [torch.tensor([i]), torch.tensor([i * i])]; }
 * }
 */
export abstract class Dataset<T extends Tensor[] = Tensor[]> {
  abstract get length(): number;
  abstract get(index: number): T;
}

/**
 * Samples are rows (dim 0) of the given tensors, which must share their
 * first dim and device. DataLoader gathers whole batches from it at once.
 *
 * @example
 * const ds = new data.TensorDataset(images, labels);   // [N, 1, 28, 28], [N]
 * const [x, y] = ds.get(0);                             // [1, 28, 28], []
 */
export class TensorDataset extends Dataset<Tensor[]> {
  readonly tensors: readonly Tensor[];

  constructor(...tensors: Tensor[]) {
    super();
    if (tensors.length === 0) throw new Error('TensorDataset: expected at least one tensor');
    const first = tensors[0]!;
    for (const t of tensors) {
      if (!(t instanceof Tensor)) throw new TypeError('TensorDataset: every argument must be a Tensor');
      if (t.ndim === 0 || t.shape[0] !== first.shape[0]) {
        throw new Error(`TensorDataset: size mismatch between tensors: ${tensors.map((x) => formatShape(x.shape)).join(', ')} (dim 0 must agree)`);
      }
      if (t.device !== first.device) throw new Error(`TensorDataset: tensors are on ${first.device} and ${t.device}; put them on one device`);
    }
    this.tensors = tensors;
  }

  get length(): number {
    return this.tensors[0]!.shape[0]!;
  }

  get(index: number): Tensor[] {
    const i = index < 0 ? index + this.length : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.length) throw new RangeError(`TensorDataset: index ${index} is out of range for ${this.length} samples`);
    return this.tensors.map((t) => tidy(() => t.narrow(0, i, 1).squeeze(0)));
  }

  /** The rows at `indices` of every tensor, in one indexSelect each. */
  gather(indices: Int32Array): Tensor[] {
    const device = this.tensors[0]!.device;
    return tidy(() => {
      const index = makeTensor(indices, { device, dtype: 'int32' });
      return this.tensors.map((t) => t.indexSelect(0, index));
    });
  }

  /** Frees the tensors. */
  dispose(): void {
    for (const t of this.tensors) t.dispose();
  }
}
