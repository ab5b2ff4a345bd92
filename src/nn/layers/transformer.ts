import { gelu, relu } from '../functional.js';
import { tidy } from '../../memory.js';
import { add } from '../../ops/elementwise.js';
import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';
import { MultiheadAttention } from './attention.js';
import { Dropout } from './dropout.js';
import { LayerNorm } from './layernorm.js';
import { Linear } from './linear.js';
import type { DeviceOptions } from './util.js';

export type TransformerActivation = 'relu' | 'gelu' | ((x: Tensor) => Tensor);

export interface TransformerLayerOptions extends DeviceOptions {
  dimFeedforward?: number;
  dropout?: number;
  activation?: TransformerActivation;
  layerNormEps?: number;
  batchFirst?: boolean;
  /** Pre-norm (LayerNorm before attention and feed-forward) instead of post-norm. */
  normFirst?: boolean;
  bias?: boolean;
}

export interface EncoderLayerForwardOptions {
  srcMask?: Tensor | null;
  srcKeyPaddingMask?: Tensor | null;
  /** Hint that srcMask is causal. */
  isCausal?: boolean;
}

export interface DecoderLayerForwardOptions {
  tgtMask?: Tensor | null;
  memoryMask?: Tensor | null;
  tgtKeyPaddingMask?: Tensor | null;
  memoryKeyPaddingMask?: Tensor | null;
  tgtIsCausal?: boolean;
  memoryIsCausal?: boolean;
}

function activationFn(a: TransformerActivation): (x: Tensor) => Tensor {
  if (typeof a === 'function') return a;
  if (a === 'relu') return relu;
  if (a === 'gelu') return (x) => gelu(x);
  throw new Error(`Transformer layer: activation should be relu/gelu, not ${String(a)}`);
}

/** The settings both layers share, with PyTorch's defaults. */
function settings(options: TransformerLayerOptions): Required<Omit<TransformerLayerOptions, 'device'>> {
  return {
    dimFeedforward: options.dimFeedforward ?? 2048,
    dropout: options.dropout ?? 0.1,
    activation: options.activation ?? 'relu',
    layerNormEps: options.layerNormEps ?? 1e-5,
    batchFirst: options.batchFirst ?? false,
    normFirst: options.normFirst ?? false,
    bias: options.bias ?? true,
  };
}

/**
 * Self-attention + feed-forward block with PyTorch's submodule names
 * (`self_attn`, `linear1`, `dropout`, `linear2`, `norm1`, `norm2`, `dropout1`,
 * `dropout2`), so state dicts move across. Post-norm by default; `normFirst`
 * gives the pre-norm form.
 *
 * @example
 * const layer = new nn.TransformerEncoderLayer(64, 4, { dimFeedforward: 256, batchFirst: true });
 * layer.forward(torch.randn([2, 10, 64])).shape; // [2, 10, 64]
 */
export class TransformerEncoderLayer extends Module<[Tensor, EncoderLayerForwardOptions?], Tensor> {
  readonly selfAttn: MultiheadAttention;
  readonly linear1: Linear;
  readonly dropout: Dropout;
  readonly linear2: Linear;
  readonly normFirst: boolean;
  readonly norm1: LayerNorm;
  readonly norm2: LayerNorm;
  readonly dropout1: Dropout;
  readonly dropout2: Dropout;
  private readonly act: (x: Tensor) => Tensor;

  constructor(dModel: number, nhead: number, options: TransformerLayerOptions = {}) {
    super();
    const s = settings(options);
    const device = options.device;
    this.selfAttn = new MultiheadAttention(dModel, nhead, { dropout: s.dropout, bias: s.bias, batchFirst: s.batchFirst, device });
    this.linear1 = new Linear(dModel, s.dimFeedforward, { bias: s.bias, device });
    this.dropout = new Dropout(s.dropout);
    this.linear2 = new Linear(s.dimFeedforward, dModel, { bias: s.bias, device });
    this.normFirst = s.normFirst;
    this.norm1 = new LayerNorm(dModel, { eps: s.layerNormEps, bias: s.bias, device });
    this.norm2 = new LayerNorm(dModel, { eps: s.layerNormEps, bias: s.bias, device });
    this.dropout1 = new Dropout(s.dropout);
    this.dropout2 = new Dropout(s.dropout);
    this.act = activationFn(s.activation);
  }

  forward(src: Tensor, options: EncoderLayerForwardOptions = {}): Tensor {
    return tidy(() => {
      const sa = (x: Tensor): Tensor => {
        const [y] = this.selfAttn.forward(x, x, x, { attnMask: options.srcMask, keyPaddingMask: options.srcKeyPaddingMask, needWeights: false, isCausal: options.isCausal });
        return this.dropout1.forward(y);
      };
      const ff = (x: Tensor): Tensor => this.dropout2.forward(this.linear2.forward(this.dropout.forward(this.act(this.linear1.forward(x)))));
      let x = src;
      if (this.normFirst) {
        x = add(x, sa(this.norm1.forward(x)));
        return add(x, ff(this.norm2.forward(x)));
      }
      x = this.norm1.forward(add(x, sa(x)));
      return this.norm2.forward(add(x, ff(x)));
    });
  }
}

/**
 * Self-attention, cross-attention over `memory`, and feed-forward, with
 * PyTorch's submodule names (`self_attn`, `multihead_attn`, `linear1`,
 * `dropout`, `linear2`, `norm1`..`norm3`, `dropout1`..`dropout3`).
 *
 * @example
 * const layer = new nn.TransformerDecoderLayer(32, 4, { dimFeedforward: 64 });
 * layer.forward(tgt, memory, { tgtMask: causal, tgtIsCausal: true });
 */
export class TransformerDecoderLayer extends Module<[Tensor, Tensor, DecoderLayerForwardOptions?], Tensor> {
  readonly selfAttn: MultiheadAttention;
  readonly multiheadAttn: MultiheadAttention;
  readonly linear1: Linear;
  readonly dropout: Dropout;
  readonly linear2: Linear;
  readonly normFirst: boolean;
  readonly norm1: LayerNorm;
  readonly norm2: LayerNorm;
  readonly norm3: LayerNorm;
  readonly dropout1: Dropout;
  readonly dropout2: Dropout;
  readonly dropout3: Dropout;
  private readonly act: (x: Tensor) => Tensor;

  constructor(dModel: number, nhead: number, options: TransformerLayerOptions = {}) {
    super();
    const s = settings(options);
    const device = options.device;
    const mha = (): MultiheadAttention => new MultiheadAttention(dModel, nhead, { dropout: s.dropout, bias: s.bias, batchFirst: s.batchFirst, device });
    this.selfAttn = mha();
    this.multiheadAttn = mha();
    this.linear1 = new Linear(dModel, s.dimFeedforward, { bias: s.bias, device });
    this.dropout = new Dropout(s.dropout);
    this.linear2 = new Linear(s.dimFeedforward, dModel, { bias: s.bias, device });
    this.normFirst = s.normFirst;
    this.norm1 = new LayerNorm(dModel, { eps: s.layerNormEps, bias: s.bias, device });
    this.norm2 = new LayerNorm(dModel, { eps: s.layerNormEps, bias: s.bias, device });
    this.norm3 = new LayerNorm(dModel, { eps: s.layerNormEps, bias: s.bias, device });
    this.dropout1 = new Dropout(s.dropout);
    this.dropout2 = new Dropout(s.dropout);
    this.dropout3 = new Dropout(s.dropout);
    this.act = activationFn(s.activation);
  }

  forward(tgt: Tensor, memory: Tensor, options: DecoderLayerForwardOptions = {}): Tensor {
    return tidy(() => {
      const sa = (x: Tensor): Tensor => {
        const [y] = this.selfAttn.forward(x, x, x, { attnMask: options.tgtMask, keyPaddingMask: options.tgtKeyPaddingMask, needWeights: false, isCausal: options.tgtIsCausal });
        return this.dropout1.forward(y);
      };
      const mha = (x: Tensor): Tensor => {
        const [y] = this.multiheadAttn.forward(x, memory, memory, {
          attnMask: options.memoryMask,
          keyPaddingMask: options.memoryKeyPaddingMask,
          needWeights: false,
          isCausal: options.memoryIsCausal,
        });
        return this.dropout2.forward(y);
      };
      const ff = (x: Tensor): Tensor => this.dropout3.forward(this.linear2.forward(this.dropout.forward(this.act(this.linear1.forward(x)))));
      let x = tgt;
      if (this.normFirst) {
        x = add(x, sa(this.norm1.forward(x)));
        x = add(x, mha(this.norm2.forward(x)));
        return add(x, ff(this.norm3.forward(x)));
      }
      x = this.norm1.forward(add(x, sa(x)));
      x = this.norm2.forward(add(x, mha(x)));
      return this.norm3.forward(add(x, ff(x)));
    });
  }
}
