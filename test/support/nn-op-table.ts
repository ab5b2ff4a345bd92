// How each case of test/fixtures/nn-cases.json (numpy, scripts/gen-expected-nn.py)
// is run through nn.functional. Kwargs keep the generator's snake_case names.
import type * as WebTorch from '../../src/index.js';
import * as F from '../../src/nn/functional.js';
import type { IntPair, Reduction } from '../../src/nn/functional.js';
import type { Kwargs, OpMap } from './op-table.js';

type T = WebTorch.Tensor;

/** Kwargs as the JSON holds them (strings too, e.g. reduction). */
const raw = (k: Kwargs): Record<string, unknown> => k as Record<string, unknown>;
const pairOf = (k: Kwargs, key: string): IntPair | undefined => raw(k)[key] as IntPair | undefined;
const numOf = (k: Kwargs, key: string): number | undefined => raw(k)[key] as number | undefined;
const flag = (k: Kwargs, key: string): boolean | undefined => raw(k)[key] as boolean | undefined;
const reduction = (k: Kwargs): Reduction | undefined => raw(k).reduction as Reduction | undefined;

function lossOptions(k: Kwargs, w: T | undefined): F.CrossEntropyOptions {
  return { reduction: reduction(k), ignoreIndex: numOf(k, 'ignore_index'), labelSmoothing: numOf(k, 'label_smoothing'), weight: w ?? null };
}

/** Runs batchNorm in training mode and returns what `pick` selects (the output or an updated running stat). */
function batchNormTrain(x: Record<string, T>, k: Kwargs, pick: 'out' | 'mean' | 'var'): T {
  const { x: input, rm, rv, w, b } = x;
  const out = F.batchNorm(input!, rm!, rv!, w ?? null, b ?? null, { training: true, momentum: numOf(k, 'momentum') });
  if (pick === 'out') return out;
  out.dispose();
  return (pick === 'mean' ? rm! : rv!).detach();
}

export const NN_OPS: OpMap = {
  conv2d: (_t, { x, w, b }, k) => {
    const padding = raw(k).padding as IntPair | 'same' | 'valid' | undefined;
    return F.conv2d(x!, w!, b ?? null, { stride: pairOf(k, 'stride'), padding, dilation: pairOf(k, 'dilation'), groups: numOf(k, 'groups') });
  },
  max_pool2d: (_t, { x }, k) =>
    F.maxPool2d(x!, pairOf(k, 'kernel')!, { stride: pairOf(k, 'stride'), padding: pairOf(k, 'padding'), dilation: pairOf(k, 'dilation'), ceilMode: flag(k, 'ceil_mode') }),
  avg_pool2d: (_t, { x }, k) =>
    F.avgPool2d(x!, pairOf(k, 'kernel')!, { stride: pairOf(k, 'stride'), padding: pairOf(k, 'padding'), ceilMode: flag(k, 'ceil_mode'), countIncludePad: flag(k, 'count_include_pad') }),
  adaptive_avg_pool2d: (_t, { x }, k) => F.adaptiveAvgPool2d(x!, pairOf(k, 'outputSize')!),
  cross_entropy: (_t, { x, t, w }, k) => F.crossEntropy(x!, t!, lossOptions(k, w)),
  nll_loss: (_t, { x, t, w }, k) => F.nllLoss(x!, t!, lossOptions(k, w)),
  mse_loss: (_t, { a, b }, k) => F.mseLoss(a!, b!, { reduction: reduction(k) }),
  bce_with_logits: (_t, { x, t }, k) => F.binaryCrossEntropyWithLogits(x!, t!, { reduction: reduction(k) }),
  bce_with_logits_pw: (_t, { x, t, pw, w }, k) => F.bceWithLogits(x!, t!, { reduction: reduction(k), posWeight: pw!, weight: w! }),
  batch_norm_train: (_t, x, k) => batchNormTrain(x, k, 'out'),
  batch_norm_running_mean: (_t, x, k) => batchNormTrain(x, k, 'mean'),
  batch_norm_running_var: (_t, x, k) => batchNormTrain(x, k, 'var'),
  batch_norm_eval: (_t, { x, rm, rv, w, b }) => F.batchNorm(x!, rm!, rv!, w!, b!, { training: false }),
  layer_norm: (_t, { x, w, b }, k) => F.layerNorm(x!, raw(k).normalizedShape as number[], w ?? null, b ?? null, { eps: numOf(k, 'eps') }),
  embedding: (_t, { i, w }) => F.embedding(i!, w!),
  linear: (_t, { x, w, b }) => F.linear(x!, w!, b ?? null),
};
