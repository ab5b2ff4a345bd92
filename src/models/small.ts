/** Small models: LeNet-5 (the founding document's CNN) and torchvision.ops.MLP. */
import { Module } from '../nn/module.js';
import { ReLU } from '../nn/layers/activation.js';
import { Sequential } from '../nn/layers/container.js';
import { Conv2d } from '../nn/layers/conv.js';
import { Dropout } from '../nn/layers/dropout.js';
import { Linear } from '../nn/layers/linear.js';
import { MaxPool2d } from '../nn/layers/pooling.js';
import type { Tensor } from '../tensor.js';
import type { ModelOptions } from './resnet.js';

/** LeNet-5 for 1x28x28 input (conv1 padded so 28x28 flattens to 16*5*5), PyTorch-tutorial names. */
export class LeNet extends Module<[Tensor], Tensor> {
  conv1 = new Conv2d(1, 6, 5, { padding: 2 });
  pool = new MaxPool2d(2, { stride: 2 });
  conv2 = new Conv2d(6, 16, 5);
  fc1 = new Linear(16 * 5 * 5, 120);
  fc2 = new Linear(120, 84);
  fc3: Linear;

  constructor(options: ModelOptions = {}) {
    super();
    this.fc3 = new Linear(84, options.numClasses ?? 10);
    if (options.device) this.to(options.device);
  }

  forward(x: Tensor): Tensor {
    x = this.pool.forward(this.conv1.forward(x).relu());
    x = this.pool.forward(this.conv2.forward(x).relu()).flatten(1);
    return this.fc3.forward(this.fc2.forward(this.fc1.forward(x).relu()).relu());
  }
}

/** LeNet-5: conv1, conv2, fc1, fc2, fc3. */
export function lenet(options: ModelOptions = {}): LeNet {
  return new LeNet(options);
}

/**
 * torchvision.ops.MLP without norm layers: Linear, ReLU, Dropout per hidden
 * layer, then Linear, Dropout; keys 0.weight, 3.weight, ...
 *
 * @example
 * const net = models.mlp(784, [128, 10]); // keys: 0.weight, 0.bias, 3.weight, 3.bias
 */
export function mlp(inChannels: number, hiddenChannels: readonly number[], options: { dropout?: number; device?: string } = {}): Sequential {
  if (hiddenChannels.length === 0) throw new Error('mlp: hiddenChannels needs at least the output size');
  const dropout = options.dropout ?? 0;
  const net = new Sequential();
  let width = inChannels;
  hiddenChannels.forEach((h, i) => {
    net.append(new Linear(width, h));
    if (i < hiddenChannels.length - 1) net.append(new ReLU());
    net.append(new Dropout(dropout));
    width = h;
  });
  if (options.device) net.to(options.device);
  return net;
}
