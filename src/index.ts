/**
 * webtorch: PyTorch-style deep learning for the web.
 *
 * @example
 * import * as torch from 'webtorch';
 * await torch.init();
 * const w = torch.tensor([[1, 2], [3, 4]], { requiresGrad: true });
 * w.mul(w).sum().backward();
 * console.log(await w.grad!.tolist()); // [[2, 4], [6, 8]]
 */
import { setWebGPUProvider } from './device.js';

export { Tensor } from './tensor.js';
export type { NestedNumbers } from './tensor.js';
export type { DType } from './dtype.js';
export { init, devices, deviceInfo, setDefaultDevice, getDefaultDevice, shutdown, webgpuUnavailableReason } from './device.js';
export type { InitOptions, DeviceInfo, WebGPUProvider } from './device.js';
export { manualSeed, Generator } from './random.js';
export { setNumThreads, getNumThreads, cpuThreadsUnavailableReason } from './threads.js';
export { getCpuCapability, type CpuCapability } from './backend/cpu/capability.js';
export { noGrad, enableGrad, isGradEnabled } from './autograd/grad-mode.js';
export { tidy, keep } from './memory.js';
export { memory } from './memory-report.js';
export { sync } from './sync.js';
export {
  tensor, zeros, ones, full, arange, linspace, eye, rand, randn, randint,
  zerosLike, onesLike, fullLike, randLike, randnLike,
  add, sub, mul, div, pow, neg, abs, exp, log, sqrt, rsqrt, sin, cos, tanh, sigmoid, relu, gelu, silu,
  square, erf, sign, reciprocal, log1p, expm1, floor, ceil, round, logicalNot, logicalAnd, logicalOr,
  clamp, where, maximum, minimum, eq, ne, lt, le, gt, ge, maskedFill,
  matmul, bmm,
  sum, mean, prod, max, min, argmax, argmin, variance as var, std, logsumexp, softmax, logSoftmax,
  reshape, view, transpose, t, permute, flatten, squeeze, unsqueeze, expand, narrow, slice, contiguous, clone,
  cat, stack, split, chunk,
  indexSelect, indexAdd, gather, scatterAdd,
  cast,
} from './ops/index.js';
export type { TensorOptions, RandomOptions, TensorLike, Scalar } from './ops/index.js';

// Browsers: WebGPU comes from navigator.gpu (the Node entry replaces this provider).
setWebGPUProvider({
  gpu: () => (typeof navigator !== 'undefined' && 'gpu' in navigator ? (navigator as Navigator & { gpu?: GPU }).gpu : undefined),
});
export * as nn from './nn/index.js';
export * as optim from './optim/index.js';
export * as data from './data/index.js';
export * as parallel from './parallel/index.js';
export { tril, triu, cumsum, topk, multinomial, scaledDotProductAttention } from './ops/index.js';
export type { TopkResult, MultinomialOptions, AttentionOptions } from './ops/index.js';
// io: torch.save / torch.load in safetensors format (file paths come with the Node entry).
export { save, load, loadWithMetadata } from './io/checkpoint.js';
export type { SaveOptions, LoadOptions, LoadSource, TensorDict } from './io/checkpoint.js';
export { saveTrainingCheckpoint, loadTrainingCheckpoint } from './io/training-checkpoint.js';
export type { TrainingState, TrainingTarget, TrainingProgress } from './io/training-checkpoint.js';
export * as safetensors from './io/safetensors.js';
export * as models from './models/index.js';
export * as amp from './amp/index.js';
export { autocast } from './amp/index.js';
export * as utils from './utils/index.js';
