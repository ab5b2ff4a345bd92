import { batchNorm } from '../functional.js';
import { noGrad } from '../../autograd/grad-mode.js';
import { tidy } from '../../memory.js';
import { ones, zeros } from '../../ops/creation.js';
import { formatShape } from '../../shape.js';
import type { Tensor } from '../../tensor.js';
import { ones_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { checkPositiveInt, newParameter, type DeviceOptions } from './util.js';

export interface BatchNormOptions extends DeviceOptions {
  eps?: number;
  /** Weight of the current batch in the running statistics (default 0.1). */
  momentum?: number;
  /** Learnable per-channel scale and shift (default true). */
  affine?: boolean;
  /** Keep running mean/var for eval mode (default true); without them eval uses batch statistics. */
  trackRunningStats?: boolean;
}

/**
 * Shared by BatchNorm1d/2d. Buffers: running_mean, running_var and
 * num_batches_tracked (int32; PyTorch stores int64), updated in train mode.
 */
abstract class BatchNormBase extends Module<[Tensor], Tensor> {
  readonly weight: Parameter | null;
  readonly bias: Parameter | null;
  declare runningMean: Tensor | null;
  declare runningVar: Tensor | null;
  declare numBatchesTracked: Tensor | null;
  readonly eps: number;
  readonly momentum: number;
  readonly affine: boolean;
  readonly trackRunningStats: boolean;

  constructor(
    readonly numFeatures: number,
    options: BatchNormOptions,
  ) {
    super();
    checkPositiveInt(this.constructor.name, 'numFeatures', numFeatures);
    this.eps = options.eps ?? 1e-5;
    this.momentum = options.momentum ?? 0.1;
    this.affine = options.affine ?? true;
    this.trackRunningStats = options.trackRunningStats ?? true;
    const device = options.device;
    this.weight = this.affine ? (ones_(newParameter([numFeatures], device)) as Parameter) : null;
    this.bias = this.affine ? newParameter([numFeatures], device) : null;
    const on = device === undefined ? {} : { device };
    const track = this.trackRunningStats;
    this.registerBuffer('runningMean', track ? zeros([numFeatures], on) : null);
    this.registerBuffer('runningVar', track ? ones([numFeatures], on) : null);
    this.registerBuffer('numBatchesTracked', track ? zeros([], { ...on, dtype: 'int32' }) : null);
  }

  /** Input ranks this layer accepts, for the error message. */
  protected abstract checkInput(x: Tensor): void;

  forward(x: Tensor): Tensor {
    this.checkInput(x);
    if (x.shape[1] !== this.numFeatures) {
      throw new Error(`${this.constructor.name}: expected input with ${this.numFeatures} channels (dim 1), got shape ${formatShape(x.shape)}`);
    }
    if (this.training && this.numBatchesTracked) {
      const counter = this.numBatchesTracked;
      noGrad(() => tidy(() => void counter.assign_(counter.add(1))));
    }
    // Eval without running statistics falls back to batch statistics, as in PyTorch.
    const useBatchStats = this.training || this.runningMean === null;
    const track = !this.training || this.trackRunningStats;
    return batchNorm(x, track ? this.runningMean : null, track ? this.runningVar : null, this.weight, this.bias, {
      training: useBatchStats,
      momentum: this.momentum,
      eps: this.eps,
    });
  }

  override extraRepr(): string {
    return `${this.numFeatures}, eps=${this.eps}, momentum=${this.momentum}, affine=${this.affine}, track_running_stats=${this.trackRunningStats}`;
  }
}

/**
 * Batch normalisation over [N, C] or [N, C, L] input.
 *
 * @example
 * const bn = new nn.BatchNorm1d(120);
 * bn.forward(torch.randn([32, 120]));
 */
export class BatchNorm1d extends BatchNormBase {
  constructor(numFeatures: number, options: BatchNormOptions = {}) {
    super(numFeatures, options);
  }

  protected checkInput(x: Tensor): void {
    if (x.ndim !== 2 && x.ndim !== 3) throw new Error(`BatchNorm1d: expected 2D or 3D input (got ${x.ndim}D input of shape ${formatShape(x.shape)})`);
  }
}

/**
 * Batch normalisation over [N, C, H, W] input, per channel.
 *
 * @example
 * const bn1 = new nn.BatchNorm2d(6);
 * bn1.forward(torch.randn([8, 6, 28, 28]));
 * Object.keys(bn1.stateDict()); // weight, bias, running_mean, running_var, num_batches_tracked
 */
export class BatchNorm2d extends BatchNormBase {
  constructor(numFeatures: number, options: BatchNormOptions = {}) {
    super(numFeatures, options);
  }

  protected checkInput(x: Tensor): void {
    if (x.ndim !== 4) throw new Error(`BatchNorm2d: expected 4D input (got ${x.ndim}D input of shape ${formatShape(x.shape)})`);
  }
}
