import { noGrad } from '../autograd/grad-mode.js';
import { tidy } from '../memory.js';
import { formatShape, numel, shapesEqual } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { add, mul, rsqrt, sub } from './elementwise.js';
import { mean, variance } from './reduce.js';
import { reshape } from './views.js';
import { assertTensor, backendOf, checkFloat } from './util.js';

export interface BatchNormOptions {
  /** Normalise with the batch's statistics and update the running ones. PyTorch's F.batch_norm defaults to false. */
  training?: boolean;
  /** Running stats update: running = (1 - momentum) * running + momentum * batch. */
  momentum?: number;
  eps?: number;
}

export interface LayerNormOptions {
  eps?: number;
}

function checkParam(op: string, t: Tensor | null | undefined, name: string, shape: readonly number[], x: Tensor): void {
  if (t === null || t === undefined) return;
  assertTensor(op, t, name);
  checkFloat(op, t, name);
  backendOf(op, x, t);
  if (!shapesEqual(t.shape, shape)) {
    throw new Error(`${op}: ${name} must have shape ${formatShape(shape)} for input ${formatShape(x.shape)}, got ${formatShape(t.shape)}`);
  }
}

/** y * weight + bias, each optional, reshaped to broadcast as `shape`. */
function affine(y: Tensor, weight: Tensor | null, bias: Tensor | null, shape: readonly number[]): Tensor {
  let out = y;
  if (weight) out = mul(out, reshape(weight, shape));
  if (bias) out = add(out, reshape(bias, shape));
  return out;
}

/**
 * Batch normalisation over dim 1 of x [N, C, ...]. Training: normalises with
 * the batch mean and biased variance over (N, ...) and, when given, updates
 * the running stats in place with the unbiased variance (as PyTorch).
 * Eval: normalises with the running stats.
 *
 * @example
 * const y = F.batchNorm(x, bn.runningMean, bn.runningVar, bn.weight, bn.bias, { training: true });
 */
export function batchNorm(
  x: Tensor,
  runningMean: Tensor | null,
  runningVar: Tensor | null,
  weight: Tensor | null = null,
  bias: Tensor | null = null,
  options: BatchNormOptions = {},
): Tensor {
  const op = 'batchNorm';
  const training = options.training ?? false;
  const momentum = options.momentum ?? 0.1;
  const eps = options.eps ?? 1e-5;
  assertTensor(op, x);
  checkFloat(op, x);
  if (x.ndim < 2) throw new Error(`${op}: expected input [N, C, ...] with at least 2 dims, got ${formatShape(x.shape)}`);
  const c = x.shape[1]!;
  for (const [name, t] of [['runningMean', runningMean], ['runningVar', runningVar], ['weight', weight], ['bias', bias]] as const) {
    checkParam(op, t, name, [c], x);
  }
  const dims = [0, ...x.shape.slice(2).map((_, i) => i + 2)];
  const count = numel(dims.map((d) => x.shape[d]!));
  const statShape = x.shape.map((s, i) => (i === 1 ? s : 1));
  if (!training) {
    if (!runningMean || !runningVar) throw new Error(`${op}: runningMean and runningVar must be given in evaluation mode (training: false)`);
    return tidy(() => affine(mul(sub(x, reshape(runningMean, statShape)), reshape(rsqrt(add(runningVar, eps)), statShape)), weight, bias, statShape));
  }
  if (count <= 1) throw new Error(`${op}: expected more than 1 value per channel when training, got input size ${formatShape(x.shape)}`);
  return tidy(() => {
    const mu = mean(x, dims, true);
    const v = variance(x, dims, true, { correction: 0 });
    noGrad(() => {
      // NOTE: the running variance tracks the unbiased estimate; normalisation uses the biased one.
      if (runningMean) runningMean.assign_(add(mul(runningMean, 1 - momentum), mul(reshape(mu, [c]), momentum)));
      if (runningVar) runningVar.assign_(add(mul(runningVar, 1 - momentum), mul(reshape(v, [c]), (momentum * count) / (count - 1))));
    });
    return affine(mul(sub(x, mu), rsqrt(add(v, eps))), weight, bias, statShape);
  });
}

/**
 * Layer normalisation over the trailing `normalizedShape` dims (biased
 * variance), then the optional elementwise affine of that shape.
 */
export function layerNorm(x: Tensor, normalizedShape: number | readonly number[], weight: Tensor | null = null, bias: Tensor | null = null, options: LayerNormOptions = {}): Tensor {
  const op = 'layerNorm';
  const eps = options.eps ?? 1e-5;
  assertTensor(op, x);
  checkFloat(op, x);
  const shape = typeof normalizedShape === 'number' ? [normalizedShape] : [...normalizedShape];
  if (shape.length === 0 || shape.length > x.ndim || !shapesEqual(x.shape.slice(x.ndim - shape.length), shape)) {
    throw new Error(`${op}: normalizedShape ${formatShape(shape)} must match the trailing dims of the input ${formatShape(x.shape)}`);
  }
  checkParam(op, weight, 'weight', shape, x);
  checkParam(op, bias, 'bias', shape, x);
  return tidy(() => {
    const dims = shape.map((_, i) => x.ndim - shape.length + i);
    const mu = mean(x, dims, true);
    const v = variance(x, dims, true, { correction: 0 });
    return affine(mul(sub(x, mu), rsqrt(add(v, eps))), weight, bias, shape);
  });
}
