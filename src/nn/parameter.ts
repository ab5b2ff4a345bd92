import { keep } from '../memory.js';
import { Tensor } from '../tensor.js';

/**
 * A tensor that is a module's learnable state: it requires grad by default,
 * and assigning one to a Module property registers it (PyTorch's `nn.Parameter`).
 * It shares storage with the tensor it wraps, and outlives any `tidy` scope it
 * was created in: the module owns it.
 *
 * @example
 * class Scale extends nn.Module {
 *   weight = new nn.Parameter(torch.ones([3]));
 *   forward(x: Tensor) { return x.mul(this.weight); }
 * }
 */
export class Parameter extends Tensor {
  constructor(data: Tensor, requiresGrad = true) {
    data.assertUsable('Parameter');
    super(data.storage.retain(), data.shape, data.strides, data.offset, data.dtype);
    keep(this);
    if (requiresGrad) this.requiresGrad_(true);
  }

  override toString(): string {
    return `Parameter(${super.toString()})`;
  }
}
