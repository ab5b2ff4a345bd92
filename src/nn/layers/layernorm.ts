import { layerNorm } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { ones_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { newParameter, type DeviceOptions } from './util.js';

export interface LayerNormOptions extends DeviceOptions {
  eps?: number;
  /** Learnable weight (and bias) over normalizedShape (default true). */
  elementwiseAffine?: boolean;
  bias?: boolean;
}

/**
 * Normalises over the last dims given by `normalizedShape`.
 *
 * @example
 * new nn.LayerNorm(64).forward(torch.randn([8, 10, 64]));
 */
export class LayerNorm extends Module<[Tensor], Tensor> {
  readonly normalizedShape: readonly number[];
  readonly weight: Parameter | null;
  readonly bias: Parameter | null;
  readonly eps: number;

  constructor(normalizedShape: number | readonly number[], options: LayerNormOptions = {}) {
    super();
    this.normalizedShape = typeof normalizedShape === 'number' ? [normalizedShape] : [...normalizedShape];
    this.eps = options.eps ?? 1e-5;
    const affine = options.elementwiseAffine ?? true;
    this.weight = affine ? (ones_(newParameter(this.normalizedShape, options.device)) as Parameter) : null;
    this.bias = affine && options.bias !== false ? newParameter(this.normalizedShape, options.device) : null;
  }

  forward(x: Tensor): Tensor {
    return layerNorm(x, this.normalizedShape, this.weight, this.bias, { eps: this.eps });
  }

  override extraRepr(): string {
    return `(${this.normalizedShape.join(', ')}${this.normalizedShape.length === 1 ? ',' : ''}), eps=${this.eps}, elementwise_affine=${this.weight !== null}`;
  }
}
