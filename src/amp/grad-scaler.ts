import { noGrad } from '../autograd/grad-mode.js';
import { tidy } from '../memory.js';
import { abs, cast, logicalNot, lt, mul, stack, sum } from '../ops/index.js';
import type { BaseOptions, Optimizer } from '../optim/optimizer.js';
import type { Tensor } from '../tensor.js';

export interface GradScalerOptions {
  initScale?: number;
  growthFactor?: number;
  backoffFactor?: number;
  growthInterval?: number;
  enabled?: boolean;
}

export interface GradScalerStateDict {
  scale: number;
  growth_factor: number;
  backoff_factor: number;
  growth_interval: number;
  _growth_tracker: number;
}

type AnyOptimizer = Optimizer<BaseOptions>;

/** Per-optimizer progress within one iteration: unscaled yet, and whether a gradient was inf/NaN. */
interface Stage {
  unscaled: boolean;
  foundInf: boolean;
  stepped: boolean;
}

/**
 * Dynamic loss scaling (PyTorch's `torch.amp.GradScaler`): multiply the loss
 * by `scale` so small float16 gradients do not underflow, divide the
 * gradients by it before the step, skip steps whose gradients hold inf or
 * NaN, and adapt the scale (halve on overflow, double after
 * `growthInterval` clean steps). Works in float32 too (autocast's fallback),
 * where it only costs the check.
 * NOTE: `step` reads one number back to decide whether to skip (PyTorch's
 * `.item()` there syncs too), so it returns a Promise.
 *
 * @example
 * const scaler = new torch.amp.GradScaler();
 * scaler.scale(loss).backward();
 * await scaler.step(optimizer);
 * scaler.update();
 */
export class GradScaler {
  private scaleValue: number;
  private growthTracker = 0;
  readonly growthFactor: number;
  readonly backoffFactor: number;
  readonly growthInterval: number;
  readonly enabled: boolean;
  private stages = new Map<AnyOptimizer, Stage>();

  constructor(options: GradScalerOptions = {}) {
    this.scaleValue = options.initScale ?? 2 ** 16;
    this.growthFactor = options.growthFactor ?? 2;
    this.backoffFactor = options.backoffFactor ?? 0.5;
    this.growthInterval = options.growthInterval ?? 2000;
    this.enabled = options.enabled ?? true;
    if (!(this.growthFactor > 1)) throw new RangeError(`GradScaler: growthFactor should be > 1, got ${this.growthFactor}`);
    if (!(this.backoffFactor > 0 && this.backoffFactor < 1)) throw new RangeError(`GradScaler: backoffFactor should be in (0, 1), got ${this.backoffFactor}`);
    if (!(this.scaleValue > 0)) throw new RangeError(`GradScaler: initScale should be > 0, got ${this.scaleValue}`);
  }

  getScale(): number {
    return this.enabled ? this.scaleValue : 1;
  }

  /** `loss * scale` (the loss itself when disabled). */
  scale(loss: Tensor): Tensor {
    return this.enabled ? mul(loss, this.scaleValue) : loss;
  }

  /**
   * Divides the optimizer's gradients by the scale in place and records
   * whether any is inf or NaN. Call it before clipping gradients; `step`
   * calls it when you have not.
   */
  async unscale_(optimizer: AnyOptimizer): Promise<void> {
    if (!this.enabled) return;
    const stage = this.stageOf(optimizer);
    if (stage.unscaled) throw new Error('GradScaler.unscale_: unscale_() has already been called on this optimizer since the last update()');
    const grads = optimizer.paramGroups.flatMap((g) => g.params).map((p) => p.grad).filter((g): g is Tensor => g !== null);
    const inv = 1 / this.scaleValue;
    const bad = noGrad(() =>
      tidy(() => {
        const perDevice = new Map<string, Tensor[]>();
        for (const g of grads) {
          // |g| < inf is false exactly for inf and NaN.
          const nonFinite = sum(cast(logicalNot(lt(abs(g), Infinity)), 'int32'));
          perDevice.set(g.device, [...(perDevice.get(g.device) ?? []), nonFinite]);
          g.assign_(mul(g, inv));
        }
        return [...perDevice.values()].map((counts) => sum(stack(counts)));
      }),
    );
    let found = false;
    for (const t of bad) {
      if (Number(await t.item()) > 0) found = true;
      t.dispose();
    }
    stage.unscaled = true;
    stage.foundInf = found;
  }

  /** Unscales (if needed) and runs `optimizer.step()` unless a gradient was inf/NaN. Returns whether it stepped. */
  async step(optimizer: AnyOptimizer): Promise<boolean> {
    if (!this.enabled) {
      await optimizer.step();
      return true;
    }
    const stage = this.stageOf(optimizer);
    if (stage.stepped) throw new Error('GradScaler.step: step() has already been called since the last update()');
    if (!stage.unscaled) await this.unscale_(optimizer);
    stage.stepped = true;
    if (stage.foundInf) return false;
    await optimizer.step();
    return true;
  }

  /**
   * Adapts the scale from this iteration's checks (or sets `newScale`) and
   * starts the next iteration.
   */
  update(newScale?: number): void {
    if (!this.enabled) return;
    if (newScale !== undefined) {
      if (!(newScale > 0)) throw new RangeError(`GradScaler.update: newScale must be > 0, got ${newScale}`);
      this.scaleValue = newScale;
    } else if (this.stages.size > 0) {
      const overflow = [...this.stages.values()].some((s) => s.foundInf);
      if (overflow) {
        this.scaleValue *= this.backoffFactor;
        this.growthTracker = 0;
      } else if (++this.growthTracker === this.growthInterval) {
        this.scaleValue *= this.growthFactor;
        this.growthTracker = 0;
      }
    }
    this.stages.clear();
  }

  stateDict(): GradScalerStateDict {
    return {
      scale: this.scaleValue,
      growth_factor: this.growthFactor,
      backoff_factor: this.backoffFactor,
      growth_interval: this.growthInterval,
      _growth_tracker: this.growthTracker,
    };
  }

  loadStateDict(state: GradScalerStateDict): void {
    this.scaleValue = state.scale;
    this.growthTracker = state._growth_tracker;
  }

  private stageOf(optimizer: AnyOptimizer): Stage {
    let s = this.stages.get(optimizer);
    if (!s) {
      s = { unscaled: false, foundInf: false, stepped: false };
      this.stages.set(optimizer, s);
    }
    return s;
  }
}
