/**
 * Learning-rate schedulers (`optim.lrScheduler`), using PyTorch's closed forms
 * of each schedule. Call `scheduler.step()` once per epoch, after `optimizer.step()`.
 *
 * @example
 * const scheduler = new optim.lrScheduler.StepLR(optimizer, { stepSize: 10, gamma: 0.1 });
 * for (let epoch = 0; epoch < 30; epoch++) { train(); scheduler.step(); }
 */
import type { BaseOptions, Optimizer } from './optimizer.js';

/** A group's lr as a function of its initial lr and the epoch. */
export type Schedule = (baseLr: number, epoch: number) => number;

export abstract class LRScheduler {
  /** Epochs stepped so far (PyTorch's `last_epoch`). */
  lastEpoch = 0;
  readonly baseLrs: number[];
  private lastLr: number[];

  constructor(
    readonly optimizer: Optimizer<BaseOptions>,
    private readonly schedule: Schedule,
  ) {
    // NOTE: a second scheduler on the same optimizer starts from the original lr, as PyTorch's initial_lr.
    const groups = optimizer.paramGroups as Array<BaseOptions & { initialLr?: number }>;
    for (const g of groups) g.initialLr ??= g.lr;
    this.baseLrs = groups.map((g) => g.initialLr!);
    this.lastLr = this.apply();
  }

  private apply(): number[] {
    const lrs = this.baseLrs.map((base) => this.schedule(base, this.lastEpoch));
    this.optimizer.paramGroups.forEach((g, i) => (g.lr = lrs[i]!));
    return lrs;
  }

  step(): void {
    this.lastEpoch++;
    this.lastLr = this.apply();
  }

  /** The learning rates last set, one per parameter group. */
  getLastLr(): number[] {
    return [...this.lastLr];
  }

  stateDict(): { last_epoch: number; base_lrs: number[]; _last_lr: number[] } {
    return { last_epoch: this.lastEpoch, base_lrs: [...this.baseLrs], _last_lr: [...this.lastLr] };
  }

  loadStateDict(state: { last_epoch: number }): void {
    this.lastEpoch = state.last_epoch;
    this.lastLr = this.apply();
  }
}

function positiveInt(name: string, option: string, v: number): void {
  if (!(Number.isInteger(v) && v > 0)) throw new RangeError(`${name}: ${option} must be a positive integer, got ${v}`);
}

/** lr = base · gamma^⌊epoch / stepSize⌋ (gamma defaults to 0.1). */
export class StepLR extends LRScheduler {
  constructor(optimizer: Optimizer<BaseOptions>, options: { stepSize: number; gamma?: number }) {
    positiveInt('StepLR', 'stepSize', options.stepSize);
    const { stepSize, gamma = 0.1 } = options;
    super(optimizer, (base, epoch) => base * gamma ** Math.floor(epoch / stepSize));
  }
}

/** lr = etaMin + (base - etaMin)·(1 + cos(π·epoch / tMax)) / 2. */
export class CosineAnnealingLR extends LRScheduler {
  constructor(optimizer: Optimizer<BaseOptions>, options: { tMax: number; etaMin?: number }) {
    positiveInt('CosineAnnealingLR', 'tMax', options.tMax);
    const { tMax, etaMin = 0 } = options;
    super(optimizer, (base, epoch) => etaMin + ((base - etaMin) * (1 + Math.cos((Math.PI * epoch) / tMax))) / 2);
  }
}

/**
 * Scales lr linearly from startFactor to endFactor over totalIters epochs,
 * then holds it (defaults 1/3, 1, 5 as in PyTorch).
 */
export class LinearLR extends LRScheduler {
  constructor(optimizer: Optimizer<BaseOptions>, options: { startFactor?: number; endFactor?: number; totalIters?: number } = {}) {
    const { startFactor = 1 / 3, endFactor = 1, totalIters = 5 } = options;
    if (!(startFactor > 0 && startFactor <= 1)) throw new RangeError(`LinearLR: startFactor must be in (0, 1], got ${startFactor}`);
    if (!(endFactor >= 0 && endFactor <= 1)) throw new RangeError(`LinearLR: endFactor must be in [0, 1], got ${endFactor}`);
    positiveInt('LinearLR', 'totalIters', totalIters);
    super(optimizer, (base, epoch) => base * (startFactor + ((endFactor - startFactor) * Math.min(totalIters, epoch)) / totalIters));
  }
}
