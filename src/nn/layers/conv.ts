import { conv2d, type IntPair } from '../functional.js';
import type { Tensor } from '../../tensor.js';
import { calculateFanInAndFanOut, kaimingUniform_, uniform_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { checkPositiveInt, newParameter, pairRepr, type DeviceOptions } from './util.js';

export interface Conv2dOptions extends DeviceOptions {
  stride?: IntPair;
  padding?: IntPair | 'valid' | 'same';
  dilation?: IntPair;
  groups?: number;
  bias?: boolean;
}

/**
 * 2-D convolution over NCHW input, weight [out, in/groups, kh, kw], with
 * PyTorch's default initialisation (kaiming-uniform a = √5; bias U(±1/√fan_in)).
 *
 * @example
 * const conv1 = new nn.Conv2d(1, 6, 5, { padding: 2 });
 * conv1.forward(torch.randn([8, 1, 28, 28])).shape; // [8, 6, 28, 28]
 */
export class Conv2d extends Module<[Tensor], Tensor> {
  readonly weight: Parameter;
  readonly bias: Parameter | null;
  readonly stride: IntPair;
  readonly padding: IntPair | 'valid' | 'same';
  readonly dilation: IntPair;
  readonly groups: number;

  constructor(
    readonly inChannels: number,
    readonly outChannels: number,
    readonly kernelSize: IntPair,
    options: Conv2dOptions = {},
  ) {
    super();
    this.stride = options.stride ?? 1;
    this.padding = options.padding ?? 0;
    this.dilation = options.dilation ?? 1;
    this.groups = options.groups ?? 1;
    checkPositiveInt('Conv2d', 'inChannels', inChannels);
    checkPositiveInt('Conv2d', 'outChannels', outChannels);
    checkPositiveInt('Conv2d', 'groups', this.groups);
    if (inChannels % this.groups !== 0) throw new Error(`Conv2d: inChannels (${inChannels}) must be divisible by groups (${this.groups})`);
    if (outChannels % this.groups !== 0) throw new Error(`Conv2d: outChannels (${outChannels}) must be divisible by groups (${this.groups})`);
    const [kh, kw] = typeof kernelSize === 'number' ? [kernelSize, kernelSize] : kernelSize;
    checkPositiveInt('Conv2d', 'kernelSize', kh);
    checkPositiveInt('Conv2d', 'kernelSize', kw);
    this.weight = kaimingUniform_(newParameter([outChannels, inChannels / this.groups, kh, kw], options.device), { a: Math.sqrt(5) }) as Parameter;
    if (options.bias === false) {
      this.bias = null;
    } else {
      const bound = 1 / Math.sqrt(calculateFanInAndFanOut(this.weight).fanIn);
      this.bias = uniform_(newParameter([outChannels], options.device), -bound, bound) as Parameter;
    }
  }

  forward(x: Tensor): Tensor {
    return conv2d(x, this.weight, this.bias, { stride: this.stride, padding: this.padding, dilation: this.dilation, groups: this.groups });
  }

  override extraRepr(): string {
    const padding = typeof this.padding === 'string' ? `'${this.padding}'` : pairRepr(this.padding);
    return `${this.inChannels}, ${this.outChannels}, kernel_size=${pairRepr(this.kernelSize)}, stride=${pairRepr(this.stride)}, padding=${padding}` +
      (this.groups !== 1 ? `, groups=${this.groups}` : '') + (this.bias ? '' : ', bias=False');
  }
}
