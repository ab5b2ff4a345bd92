import { gelu, relu, sigmoid, silu, tanh } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';

/**
 * max(x, 0); the gradient at exactly 0 is 0, as in PyTorch.
 *
 * @example
 * new nn.ReLU().forward(torch.tensor([-1, 0, 2])); // [0, 0, 2]
 */
export class ReLU extends Module<[Tensor], Tensor> {
  forward(x: Tensor): Tensor {
    return relu(x);
  }
}

/** Gaussian error linear unit; `approximate: 'tanh'` for the tanh form. */
export class GELU extends Module<[Tensor], Tensor> {
  constructor(readonly approximate: 'none' | 'tanh' = 'none') {
    super();
  }

  forward(x: Tensor): Tensor {
    return gelu(x, { approximate: this.approximate });
  }

  override extraRepr(): string {
    return `approximate='${this.approximate}'`;
  }
}

export class SiLU extends Module<[Tensor], Tensor> {
  forward(x: Tensor): Tensor {
    return silu(x);
  }
}

export class Tanh extends Module<[Tensor], Tensor> {
  forward(x: Tensor): Tensor {
    return tanh(x);
  }
}

export class Sigmoid extends Module<[Tensor], Tensor> {
  forward(x: Tensor): Tensor {
    return sigmoid(x);
  }
}
