import { linear } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { kaimingUniform_, uniform_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { checkPositiveInt, newParameter, type DeviceOptions } from './util.js';

export interface LinearOptions extends DeviceOptions {
  bias?: boolean;
}

/**
 * y = x Wᵀ + b, with PyTorch's default initialisation: W by kaiming-uniform
 * (a = √5), b ~ U(-1/√in, 1/√in).
 *
 * @example
 * const fc = new nn.Linear(400, 120);
 * const y = fc.forward(torch.randn([64, 400])); // [64, 120]
 */
export class Linear extends Module<[Tensor], Tensor> {
  readonly weight: Parameter;
  readonly bias: Parameter | null;

  constructor(
    readonly inFeatures: number,
    readonly outFeatures: number,
    options: LinearOptions = {},
  ) {
    super();
    checkPositiveInt('Linear', 'inFeatures', inFeatures);
    checkPositiveInt('Linear', 'outFeatures', outFeatures);
    this.weight = kaimingUniform_(newParameter([outFeatures, inFeatures], options.device), { a: Math.sqrt(5) }) as Parameter;
    const bound = 1 / Math.sqrt(inFeatures);
    this.bias = options.bias === false ? null : (uniform_(newParameter([outFeatures], options.device), -bound, bound) as Parameter);
  }

  forward(x: Tensor): Tensor {
    return linear(x, this.weight, this.bias);
  }

  override extraRepr(): string {
    return `in_features=${this.inFeatures}, out_features=${this.outFeatures}, bias=${this.bias !== null}`;
  }
}
