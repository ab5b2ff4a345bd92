import { recordOp } from '../autograd/node.js';
import { noGrad } from '../autograd/grad-mode.js';
import { tidy } from '../memory.js';
import { broadcastShapes, formatShape, shapesEqual } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, contiguous } from './copy.js';
import { abs, add, div, exp, log1p, mul, ne, neg, relu, sigmoid, square, sub, where } from './elementwise.js';
import { gather, indexSelect } from './indexing.js';
import { mean, sum } from './reduce.js';
import { logSoftmax } from './softmax.js';
import { permute, reshape, unsqueeze } from './views.js';
import { assertTensor, backendOf, checkFloat } from './util.js';

export type Reduction = 'mean' | 'sum' | 'none';

export interface NllLossOptions {
  /** Per-class rescaling weight, shape [C]. */
  weight?: Tensor | null;
  /** Targets equal to this are skipped (and not counted by 'mean'). PyTorch's default -100. */
  ignoreIndex?: number;
  reduction?: Reduction;
}

export interface CrossEntropyOptions extends NllLossOptions {
  /** In [0, 1]: mixes the target with a uniform distribution over the classes. */
  labelSmoothing?: number;
}

export interface BceWithLogitsOptions {
  /** Rescales each element's loss; broadcast to the input. */
  weight?: Tensor | null;
  reduction?: Reduction;
  /** Weight of positive examples, broadcast along the last (class) dim. */
  posWeight?: Tensor | null;
}

function checkReduction(op: string, reduction: string): asserts reduction is Reduction {
  if (reduction !== 'mean' && reduction !== 'sum' && reduction !== 'none') {
    throw new Error(`${op}: reduction must be 'mean', 'sum' or 'none', got '${reduction}'`);
  }
}

function reduce(loss: Tensor, reduction: Reduction): Tensor {
  return reduction === 'none' ? loss : reduction === 'sum' ? sum(loss) : mean(loss);
}

/** [N, C, d...] scores as [M, C] rows, and the class-index target as [M]; `shape` is the per-sample shape. */
interface Flat {
  scores: Tensor;
  target: Tensor;
  classes: number;
  shape: readonly number[];
}

function flattenClasses(op: string, input: Tensor, target: Tensor): Flat {
  if (input.ndim === 0) throw new Error(`${op}: input must have at least 1 dim (classes), got a 0-d tensor`);
  const classes = input.ndim === 1 ? input.shape[0]! : input.shape[1]!;
  const shape = input.ndim === 1 ? [] : [input.shape[0]!, ...input.shape.slice(2)];
  if (!shapesEqual(target.shape, shape)) {
    throw new Error(`${op}: expected target of shape ${formatShape(shape)} for input ${formatShape(input.shape)} (classes on dim ${input.ndim === 1 ? 0 : 1}), got target ${formatShape(target.shape)}`);
  }
  // Classes last, so each row is one sample's scores.
  const moved = input.ndim <= 2 ? input : permute(input, [0, ...input.shape.slice(2).map((_, i) => i + 2), 1]);
  const rows = target.numel();
  return { scores: reshape(moved, [rows, classes]), target: reshape(target, [rows]), classes, shape };
}

/**
 * Targets must be class indices in [0, C) or the ignore index. Checked here on
 * cpu; on WebGPU that needs a read back (a GPU sync), so it is not checked:
 * there an out-of-range target gives a meaningless loss instead of an error.
 */
function checkTargets(op: string, target: Tensor, classes: number, ignoreIndex: number, input: Tensor): void {
  const backend = target.storage.backend;
  if (!backend.readSync || target.numel() === 0) return;
  const c = contiguous(target);
  const values = new Int32Array(backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
  if (c !== target) c.dispose();
  for (const v of values) {
    if (v !== ignoreIndex && (v < 0 || v >= classes)) {
      throw new RangeError(`${op}: target ${v} is out of bounds for ${classes} classes (input ${formatShape(input.shape)})`);
    }
  }
}

function checkClassWeight(op: string, weight: Tensor | null | undefined, classes: number): void {
  if (weight === null || weight === undefined) return;
  assertTensor(op, weight, 'weight');
  checkFloat(op, weight, 'weight');
  if (weight.ndim !== 1 || weight.shape[0] !== classes) {
    throw new Error(`${op}: weight must have shape [${classes}] (one per class), got ${formatShape(weight.shape)}`);
  }
}

function checkIndexTarget(op: string, input: Tensor, target: Tensor, soft: boolean): void {
  assertTensor(op, input);
  assertTensor(op, target, 'target');
  checkFloat(op, input);
  if (target.dtype !== 'int32' && !soft) {
    throw new TypeError(`${op}: target must be an int32 tensor of class indices, got ${target.dtype} (target ${formatShape(target.shape)}, input ${formatShape(input.shape)})`);
  }
  backendOf(op, input, target);
}

interface Nll {
  /** Per sample, weighted, 0 where ignored: [M]. */
  losses: Tensor;
  /** Per-sample weight (0 where ignored): the 'mean' denominator is its sum. */
  weights: Tensor;
  /** Where the target is not ignored (float 0/1): [M]. */
  kept: Tensor;
}

function nllRows(logp: Tensor, target: Tensor, weight: Tensor | null, ignoreIndex: number): Nll {
  const keep = ne(target, ignoreIndex);
  const kept = cast(keep, 'float32');
  const safe = where(keep, target, 0); // ignored rows read class 0, then get weight 0
  const picked = reshape(gather(logp, 1, unsqueeze(safe, 1)), [target.numel()]);
  const weights = weight ? mul(indexSelect(weight, 0, safe), kept) : kept;
  return { losses: neg(mul(picked, weights)), weights, kept };
}

/** Reduces per-sample losses; 'mean' divides by the summed sample weights, as PyTorch's nll_loss. */
function reduceWeighted(losses: Tensor, weights: Tensor, reduction: Reduction, shape: readonly number[]): Tensor {
  if (reduction === 'none') return reshape(losses, shape);
  const total = sum(losses);
  return reduction === 'sum' ? total : div(total, sum(weights));
}

/**
 * Negative log-likelihood of class-index targets given log-probabilities
 * `input` [N, C] (or [N, C, d...], or [C] with a 0-d target).
 */
export function nllLoss(input: Tensor, target: Tensor, options: NllLossOptions = {}): Tensor {
  const reduction = options.reduction ?? 'mean';
  const ignoreIndex = options.ignoreIndex ?? -100;
  checkReduction('nllLoss', reduction);
  checkIndexTarget('nllLoss', input, target, false);
  return tidy(() => {
    const flat = flattenClasses('nllLoss', input, target);
    checkClassWeight('nllLoss', options.weight, flat.classes);
    checkTargets('nllLoss', target, flat.classes, ignoreIndex, input);
    const { losses, weights } = nllRows(flat.scores, flat.target, options.weight ?? null, ignoreIndex);
    return reduceWeighted(losses, weights, reduction, flat.shape);
  });
}

/** Soft targets: class probabilities of the input's shape. */
function crossEntropyProbs(input: Tensor, target: Tensor, options: CrossEntropyOptions, reduction: Reduction): Tensor {
  if (!shapesEqual(input.shape, target.shape)) {
    throw new Error(`crossEntropy: float class-probability target must have the input's shape ${formatShape(input.shape)}, got ${formatShape(target.shape)} (class indices must be int32)`);
  }
  const classDim = input.ndim === 1 ? 0 : 1;
  const classes = input.shape[classDim]!;
  checkClassWeight('crossEntropy', options.weight, classes);
  const ls = options.labelSmoothing ?? 0;
  let logp = logSoftmax(input, classDim);
  if (options.weight) logp = mul(logp, reshape(options.weight, input.shape.map((s, i) => (i === classDim ? s : 1))));
  const t = ls > 0 ? add(mul(target, 1 - ls), ls / classes) : target;
  const losses = neg(sum(mul(logp, t), classDim));
  return reduction === 'mean' ? div(sum(losses), input.numel() / Math.max(classes, 1)) : reduce(losses, reduction);
}

/**
 * Cross entropy between logits `input` [N, C] (or [N, C, d...], or [C]) and
 * int32 class indices `target` [N] (or [N, d...], or []), via the fused stable
 * logSoftmax. Float targets of the input's shape are class probabilities.
 * `ignoreIndex` targets count neither in the sum nor in the 'mean' divisor;
 * `labelSmoothing` ls gives (1 - ls) * nll + ls/C * sum_c(-w_c log p_c), as PyTorch.
 * Targets outside [0, C) throw on cpu; on WebGPU they are not checked (that
 * would need a GPU sync) and give a meaningless loss.
 *
 * @example
 * const loss = torch.nn.functional.crossEntropy(logits, labels); // logits [64, 10], labels int32 [64]
 */
export function crossEntropy(input: Tensor, target: Tensor, options: CrossEntropyOptions = {}): Tensor {
  const reduction = options.reduction ?? 'mean';
  const ignoreIndex = options.ignoreIndex ?? -100;
  const ls = options.labelSmoothing ?? 0;
  checkReduction('crossEntropy', reduction);
  if (!(ls >= 0 && ls <= 1)) throw new RangeError(`crossEntropy: labelSmoothing must be in [0, 1], got ${ls}`);
  assertTensor('crossEntropy', input);
  assertTensor('crossEntropy', target, 'target');
  const soft = target.dtype === 'float32' && shapesEqual(target.shape, input.shape);
  checkIndexTarget('crossEntropy', input, target, soft);
  return tidy(() => {
    if (soft) return crossEntropyProbs(input, target, options, reduction);
    const flat = flattenClasses('crossEntropy', input, target);
    const weight = options.weight ?? null;
    checkClassWeight('crossEntropy', weight, flat.classes);
    checkTargets('crossEntropy', target, flat.classes, ignoreIndex, input);
    const logp = logSoftmax(flat.scores, 1);
    const { losses, weights, kept } = nllRows(logp, flat.target, weight, ignoreIndex);
    const nll = reduceWeighted(losses, weights, reduction, flat.shape);
    if (ls === 0) return nll;
    const weighted = weight ? mul(logp, unsqueeze(weight, 0)) : logp;
    const smooth = mul(neg(sum(weighted, 1)), kept);
    // NOTE: PyTorch divides the smoothing term's mean by the same summed target weights as the nll term.
    const smoothReduced = reduceWeighted(smooth, weights, reduction, flat.shape);
    return add(mul(nll, 1 - ls), mul(smoothReduced, ls / flat.classes));
  });
}

function checkPair(op: string, input: Tensor, target: Tensor): void {
  assertTensor(op, input);
  assertTensor(op, target, 'target');
  checkFloat(op, input);
  checkFloat(op, target, 'target');
  backendOf(op, input, target);
  if (!shapesEqual(input.shape, target.shape)) {
    broadcastShapes(op, input.shape, target.shape);
    // PyTorch broadcasts here with a UserWarning; an [N, 1] vs [N] mix-up is a classic silent bug.
    console.warn(`${op}: using a target size ${formatShape(target.shape)} that is different to the input size ${formatShape(input.shape)}; they will be broadcast, which is likely not what you want`);
  }
}

/** Mean squared error, (input - target)^2 reduced. */
export function mseLoss(input: Tensor, target: Tensor, options: { reduction?: Reduction } = {}): Tensor {
  const reduction = options.reduction ?? 'mean';
  checkReduction('mseLoss', reduction);
  checkPair('mseLoss', input, target);
  return tidy(() => reduce(square(sub(input, target)), reduction));
}

/**
 * -log(sigmoid(x)) = max(-x, 0) + log1p(exp(-|x|)), stable for any x. Its own
 * op so the gradient is sigmoid(x) - 1 everywhere (the composed form would
 * take the relu/abs conventions at x = 0 and get 0 there).
 */
function negLogSigmoid(x: Tensor): Tensor {
  const out = tidy(() => noGrad(() => add(relu(neg(x)), log1p(exp(neg(abs(x)))))));
  return recordOp('negLogSigmoid', [x], out, [x], (g, [sx]) => [mul(g, sub(sigmoid(sx!), 1))]);
}

/**
 * Binary cross entropy on logits, stable for large |x|:
 * (1 - t) x + (1 + (posWeight - 1) t) (-log sigmoid(x)), times `weight`, reduced.
 */
export function binaryCrossEntropyWithLogits(input: Tensor, target: Tensor, options: BceWithLogitsOptions = {}): Tensor {
  const op = 'binaryCrossEntropyWithLogits';
  const reduction = options.reduction ?? 'mean';
  checkReduction(op, reduction);
  assertTensor(op, input);
  assertTensor(op, target, 'target');
  if (!shapesEqual(input.shape, target.shape)) {
    throw new Error(`${op}: target size ${formatShape(target.shape)} must be the same as input size ${formatShape(input.shape)}`);
  }
  checkFloat(op, input);
  checkFloat(op, target, 'target');
  for (const [name, t] of [['weight', options.weight], ['posWeight', options.posWeight]] as const) {
    if (t === null || t === undefined) continue;
    assertTensor(op, t, name);
    checkFloat(op, t, name);
    backendOf(op, input, t);
    broadcastShapes(op, t.shape, input.shape);
  }
  backendOf(op, input, target);
  return tidy(() => {
    const nls = negLogSigmoid(input);
    const logWeight = options.posWeight ? add(mul(sub(options.posWeight, 1), target), 1) : null;
    let loss = add(mul(sub(1, target), input), logWeight ? mul(logWeight, nls) : nls);
    if (options.weight) loss = mul(loss, options.weight);
    return reduce(loss, reduction);
  });
}

/** Alias of binaryCrossEntropyWithLogits (nn.BCEWithLogitsLoss's functional twin). */
export const bceWithLogits = binaryCrossEntropyWithLogits;
