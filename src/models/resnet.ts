/**
 * torchvision's ResNet-18/34 (BasicBlock), with its exact module names, so the
 * state-dict keys match a torchvision checkpoint converted to safetensors:
 * conv1, bn1, layer1.0.conv1, ..., layer2.0.downsample.0/1, fc.
 */
import { noGrad } from '../autograd/grad-mode.js';
import { constant_, kaimingNormal_ } from '../nn/init.js';
import { Module } from '../nn/module.js';
import { BatchNorm2d } from '../nn/layers/batchnorm.js';
import { Sequential } from '../nn/layers/container.js';
import { Conv2d } from '../nn/layers/conv.js';
import { Linear } from '../nn/layers/linear.js';
import { AdaptiveAvgPool2d, MaxPool2d } from '../nn/layers/pooling.js';
import { ReLU } from '../nn/layers/activation.js';
import type { Tensor } from '../tensor.js';

export interface ModelOptions {
  /** Output classes of the final Linear (default 1000, ImageNet). */
  numClasses?: number;
  /** Device to move the model to after initialisation. */
  device?: string;
}

const conv3x3 = (inPlanes: number, outPlanes: number, stride = 1): Conv2d => new Conv2d(inPlanes, outPlanes, 3, { stride, padding: 1, bias: false });
const conv1x1 = (inPlanes: number, outPlanes: number, stride = 1): Conv2d => new Conv2d(inPlanes, outPlanes, 1, { stride, bias: false });

/** torchvision.models.resnet.BasicBlock. */
export class BasicBlock extends Module<[Tensor], Tensor> {
  static readonly expansion = 1;
  conv1: Conv2d;
  bn1: BatchNorm2d;
  relu = new ReLU();
  conv2: Conv2d;
  bn2: BatchNorm2d;
  downsample: Sequential | null;

  constructor(inPlanes: number, planes: number, stride = 1, downsample: Sequential | null = null) {
    super();
    this.conv1 = conv3x3(inPlanes, planes, stride);
    this.bn1 = new BatchNorm2d(planes);
    this.conv2 = conv3x3(planes, planes);
    this.bn2 = new BatchNorm2d(planes);
    this.downsample = downsample;
  }

  forward(x: Tensor): Tensor {
    const out = this.bn2.forward(this.conv2.forward(this.relu.forward(this.bn1.forward(this.conv1.forward(x)))));
    const identity = this.downsample ? this.downsample.forward(x) : x;
    return this.relu.forward(out.add(identity));
  }
}

/** torchvision.models.ResNet for BasicBlock stages (`layers` = blocks per stage). */
export class ResNet extends Module<[Tensor], Tensor> {
  conv1 = new Conv2d(3, 64, 7, { stride: 2, padding: 3, bias: false });
  bn1 = new BatchNorm2d(64);
  relu = new ReLU();
  maxpool = new MaxPool2d(3, { stride: 2, padding: 1 });
  layer1: Sequential;
  layer2: Sequential;
  layer3: Sequential;
  layer4: Sequential;
  avgpool = new AdaptiveAvgPool2d([1, 1]);
  fc: Linear;
  private inPlanes = 64;

  constructor(layers: readonly [number, number, number, number], options: ModelOptions = {}) {
    super();
    this.layer1 = this.makeLayer(64, layers[0], 1);
    this.layer2 = this.makeLayer(128, layers[1], 2);
    this.layer3 = this.makeLayer(256, layers[2], 2);
    this.layer4 = this.makeLayer(512, layers[3], 2);
    this.fc = new Linear(512 * BasicBlock.expansion, options.numClasses ?? 1000);
    initConvs(this);
    if (options.device) this.to(options.device);
  }

  private makeLayer(planes: number, blocks: number, stride: number): Sequential {
    const out = planes * BasicBlock.expansion;
    const downsample = stride !== 1 || this.inPlanes !== out ? new Sequential(conv1x1(this.inPlanes, out, stride), new BatchNorm2d(out)) : null;
    const layer = new Sequential(new BasicBlock(this.inPlanes, planes, stride, downsample));
    this.inPlanes = out;
    for (let i = 1; i < blocks; i++) layer.append(new BasicBlock(this.inPlanes, planes));
    return layer;
  }

  forward(x: Tensor): Tensor {
    x = this.maxpool.forward(this.relu.forward(this.bn1.forward(this.conv1.forward(x))));
    x = this.layer4.forward(this.layer3.forward(this.layer2.forward(this.layer1.forward(x))));
    return this.fc.forward(this.avgpool.forward(x).flatten(1));
  }
}

/**
 * torchvision's init for convs: kaiming-normal (fan_out, relu), bias 0.
 * (BatchNorm's defaults, weight 1 and bias 0, are already torchvision's.)
 */
export function initConvs(model: Module<never, unknown>): void {
  noGrad(() => {
    for (const m of model.modules()) {
      if (!(m instanceof Conv2d)) continue;
      kaimingNormal_(m.weight, { mode: 'fan_out', nonlinearity: 'relu' });
      if (m.bias) constant_(m.bias, 0);
    }
  });
}

/**
 * ResNet-18 (torchvision.models.resnet18, without pretrained weights): 122 state-dict entries.
 *
 * @example
 * const net = models.resnet18({ numClasses: 10 });
 * net.loadStateDict(await torch.load('resnet18.safetensors')); // converted with scripts/convert-torchvision.py
 */
export function resnet18(options: ModelOptions = {}): ResNet {
  return new ResNet([2, 2, 2, 2], options);
}

/** ResNet-34 (torchvision.models.resnet34): 218 state-dict entries. */
export function resnet34(options: ModelOptions = {}): ResNet {
  return new ResNet([3, 4, 6, 3], options);
}
