/**
 * torchvision's VGG-11 with and without batch norm, with its exact module
 * names: features.N (convs, norms, ReLUs and pools numbered in one Sequential),
 * avgpool, classifier.0/3/6.
 */
import { noGrad } from '../autograd/grad-mode.js';
import { constant_, normal_ } from '../nn/init.js';
import { Module } from '../nn/module.js';
import { ReLU } from '../nn/layers/activation.js';
import { BatchNorm2d } from '../nn/layers/batchnorm.js';
import { Sequential } from '../nn/layers/container.js';
import { Conv2d } from '../nn/layers/conv.js';
import { Dropout } from '../nn/layers/dropout.js';
import { Linear } from '../nn/layers/linear.js';
import { AdaptiveAvgPool2d, MaxPool2d } from '../nn/layers/pooling.js';
import type { Tensor } from '../tensor.js';
import { initConvs, type ModelOptions } from './resnet.js';

/** torchvision's configuration "A" (VGG-11): channels, and 'M' for a 2x2 max pool. */
const VGG11: readonly (number | 'M')[] = [64, 'M', 128, 'M', 256, 256, 'M', 512, 512, 'M', 512, 512, 'M'];

export interface VGGOptions extends ModelOptions {
  /** Dropout probability in the classifier (default 0.5). */
  dropout?: number;
  /**
   * Width of the two hidden classifier layers (default 4096, torchvision's).
   * NOTE: not a torchvision option; smaller values make test-sized models.
   */
  hidden?: number;
}

/** torchvision.models.vgg.make_layers. */
export function makeLayers(cfg: readonly (number | 'M')[], batchNorm: boolean): Sequential {
  const layers = new Sequential();
  let inChannels = 3;
  for (const v of cfg) {
    if (v === 'M') {
      layers.append(new MaxPool2d(2, { stride: 2 }));
      continue;
    }
    layers.append(new Conv2d(inChannels, v, 3, { padding: 1 }));
    if (batchNorm) layers.append(new BatchNorm2d(v));
    layers.append(new ReLU());
    inChannels = v;
  }
  return layers;
}

/** torchvision.models.VGG. */
export class VGG extends Module<[Tensor], Tensor> {
  features: Sequential;
  avgpool = new AdaptiveAvgPool2d([7, 7]);
  classifier: Sequential;

  constructor(features: Sequential, options: VGGOptions = {}) {
    super();
    const { numClasses = 1000, dropout = 0.5, hidden = 4096 } = options;
    this.features = features;
    this.classifier = new Sequential(
      new Linear(512 * 7 * 7, hidden), new ReLU(), new Dropout(dropout),
      new Linear(hidden, hidden), new ReLU(), new Dropout(dropout),
      new Linear(hidden, numClasses),
    );
    initConvs(this);
    noGrad(() => {
      for (const m of this.modules()) {
        if (!(m instanceof Linear)) continue;
        normal_(m.weight, 0, 0.01);
        if (m.bias) constant_(m.bias, 0);
      }
    });
    if (options.device) this.to(options.device);
  }

  forward(x: Tensor): Tensor {
    return this.classifier.forward(this.avgpool.forward(this.features.forward(x)).flatten(1));
  }
}

/**
 * VGG-11 (torchvision.models.vgg11): features.{0,3,6,8,11,13,16,18}, classifier.{0,3,6}.
 *
 * @example
 * const net = models.vgg11({ numClasses: 10 });
 */
export function vgg11(options: VGGOptions = {}): VGG {
  return new VGG(makeLayers(VGG11, false), options);
}

/** VGG-11 with batch norm (torchvision.models.vgg11_bn). */
export function vgg11Bn(options: VGGOptions = {}): VGG {
  return new VGG(makeLayers(VGG11, true), options);
}
