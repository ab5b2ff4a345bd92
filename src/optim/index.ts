/**
 * `optim`: optimizers and learning-rate schedulers.
 *
 * @example
 * const optimizer = new optim.SGD(net.parameters(), { lr: 0.01, momentum: 0.9 });
 * const scheduler = new optim.lrScheduler.CosineAnnealingLR(optimizer, { tMax: 10 });
 */
export { Optimizer } from './optimizer.js';
export type { BaseOptions, ParamGroup, ParamState, ParamsInput, OptimizerStateDict } from './optimizer.js';
export { SGD } from './sgd.js';
export type { SGDOptions } from './sgd.js';
export { Adam, AdamW } from './adam.js';
export type { AdamOptions } from './adam.js';
export { RMSprop } from './rmsprop.js';
export type { RMSpropOptions } from './rmsprop.js';
export * as lrScheduler from './lr-scheduler.js';
