/**
 * `nn.functional`: PyTorch's functional NN ops under camelCase names. Each is
 * defined once in `src/ops/`; this namespace only gathers them.
 *
 * @example
 * const F = torch.nn.functional;
 * const h = F.relu(F.conv2d(x, w, b, { padding: 1 }));
 * const loss = F.crossEntropy(F.linear(h.flatten(1), w2), labels);
 */
export { relu, gelu, silu, tanh, sigmoid } from '../ops/elementwise.js';
export { softmax, logSoftmax } from '../ops/softmax.js';
export { conv2d } from '../ops/conv.js';
export type { Conv2dOptions, IntPair } from '../ops/conv.js';
export { maxPool2d, avgPool2d, adaptiveAvgPool2d } from '../ops/pool.js';
export type { MaxPool2dOptions, AvgPool2dOptions } from '../ops/pool.js';
export { crossEntropy, nllLoss, mseLoss, binaryCrossEntropyWithLogits, bceWithLogits } from '../ops/loss.js';
export type { Reduction, CrossEntropyOptions, NllLossOptions, BceWithLogitsOptions } from '../ops/loss.js';
export { batchNorm, layerNorm } from '../ops/norm.js';
export type { BatchNormOptions, LayerNormOptions } from '../ops/norm.js';
export { dropout } from '../ops/dropout.js';
export type { DropoutOptions } from '../ops/dropout.js';
export { embedding, linear } from '../ops/embedding.js';

export { scaledDotProductAttention } from '../ops/attention.js';
export type { AttentionOptions } from '../ops/attention.js';
