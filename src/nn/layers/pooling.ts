import { adaptiveAvgPool2d, avgPool2d, maxPool2d, type AvgPool2dOptions, type IntPair, type MaxPool2dOptions } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';

/**
 * Max over kernel windows (stride defaults to the kernel size, as in PyTorch).
 *
 * @example
 * new nn.MaxPool2d(2).forward(torch.randn([1, 6, 28, 28])).shape; // [1, 6, 14, 14]
 */
export class MaxPool2d extends Module<[Tensor], Tensor> {
  constructor(
    readonly kernelSize: IntPair,
    readonly options: MaxPool2dOptions = {},
  ) {
    super();
  }

  forward(x: Tensor): Tensor {
    return maxPool2d(x, this.kernelSize, this.options);
  }

  override extraRepr(): string {
    return `kernel_size=${JSON.stringify(this.kernelSize)}, stride=${JSON.stringify(this.options.stride ?? this.kernelSize)}, padding=${JSON.stringify(this.options.padding ?? 0)}`;
  }
}

/** Mean over kernel windows. */
export class AvgPool2d extends Module<[Tensor], Tensor> {
  constructor(
    readonly kernelSize: IntPair,
    readonly options: AvgPool2dOptions = {},
  ) {
    super();
  }

  forward(x: Tensor): Tensor {
    return avgPool2d(x, this.kernelSize, this.options);
  }

  override extraRepr(): string {
    return `kernel_size=${JSON.stringify(this.kernelSize)}, stride=${JSON.stringify(this.options.stride ?? this.kernelSize)}, padding=${JSON.stringify(this.options.padding ?? 0)}`;
  }
}

/**
 * Mean pooling to a fixed output size (null keeps that input dim).
 *
 * @example
 * new nn.AdaptiveAvgPool2d(1).forward(torch.randn([2, 16, 7, 7])).shape; // [2, 16, 1, 1]
 */
export class AdaptiveAvgPool2d extends Module<[Tensor], Tensor> {
  constructor(readonly outputSize: number | readonly [number | null, number | null]) {
    super();
  }

  forward(x: Tensor): Tensor {
    return adaptiveAvgPool2d(x, this.outputSize);
  }

  override extraRepr(): string {
    return `output_size=${JSON.stringify(this.outputSize)}`;
  }
}
