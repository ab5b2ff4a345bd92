import { gelu, relu } from '../functional.js';
import { tidy } from '../../memory.js';
import { add } from '../../ops/elementwise.js';
import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';
import { MultiheadAttention } from './attention.js';
import { Sequential, type TensorModule } from './container.js';
import { Dropout } from './dropout.js';
import { LayerNorm } from './layernorm.js';
import { Linear } from './linear.js';
import { checkPositiveInt, type DeviceOptions } from './util.js';

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

  constructor(
    private readonly dModel: number,
    private readonly nhead: number,
    private readonly options: TransformerLayerOptions = {},
  ) {
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

  /** A new layer with the same settings and a copy of the weights (PyTorch's deepcopy in TransformerEncoder). */
  clone(): TransformerEncoderLayer {
    const copy = new TransformerEncoderLayer(this.dModel, this.nhead, { ...this.options, device: this.selfAttn.outProj.weight.device });
    copy.loadStateDict(this.stateDict());
    return copy;
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

  constructor(
    private readonly dModel: number,
    private readonly nhead: number,
    private readonly options: TransformerLayerOptions = {},
  ) {
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

  /** A new layer with the same settings and a copy of the weights (PyTorch's deepcopy in TransformerDecoder). */
  clone(): TransformerDecoderLayer {
    const copy = new TransformerDecoderLayer(this.dModel, this.nhead, { ...this.options, device: this.selfAttn.outProj.weight.device });
    copy.loadStateDict(this.stateDict());
    return copy;
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

/**
 * A stack of `numLayers` copies of `encoderLayer` (same initial weights, as
 * PyTorch deep-copies it), then an optional final norm. Keys:
 * `layers.0.self_attn.in_proj_weight`, ..., `norm.weight`.
 *
 * @example
 * const enc = new nn.TransformerEncoder(new nn.TransformerEncoderLayer(64, 4, { batchFirst: true }), 3);
 * enc.forward(x, { mask: torch.ones([T, T], { dtype: 'bool' }).triu(1), isCausal: true });
 */
export class TransformerEncoder extends Module<[Tensor, TransformerEncoderForwardOptions?], Tensor> {
  readonly layers: Sequential;
  readonly norm: LayerNorm | null;

  constructor(encoderLayer: TransformerEncoderLayer, readonly numLayers: number, options: { norm?: LayerNorm | null } = {}) {
    super();
    checkPositiveInt('TransformerEncoder', 'numLayers', numLayers);
    this.layers = new Sequential(...Array.from({ length: numLayers }, () => encoderLayer.clone() as unknown as TensorModule));
    this.norm = options.norm ?? null;
  }

  forward(src: Tensor, options: TransformerEncoderForwardOptions = {}): Tensor {
    return tidy(() => {
      let x = src;
      for (let i = 0; i < this.numLayers; i++) {
        x = (this.layers.at(i) as unknown as TransformerEncoderLayer).forward(x, { srcMask: options.mask, srcKeyPaddingMask: options.srcKeyPaddingMask, isCausal: options.isCausal });
      }
      return this.norm ? this.norm.forward(x) : x;
    });
  }
}

/** A stack of `numLayers` copies of `decoderLayer`, then an optional final norm (`layers.N.*`, `norm.*`). */
export class TransformerDecoder extends Module<[Tensor, Tensor, DecoderLayerForwardOptions?], Tensor> {
  readonly layers: Sequential;
  readonly norm: LayerNorm | null;

  constructor(decoderLayer: TransformerDecoderLayer, readonly numLayers: number, options: { norm?: LayerNorm | null } = {}) {
    super();
    checkPositiveInt('TransformerDecoder', 'numLayers', numLayers);
    this.layers = new Sequential(...Array.from({ length: numLayers }, () => decoderLayer.clone() as unknown as TensorModule));
    this.norm = options.norm ?? null;
  }

  forward(tgt: Tensor, memory: Tensor, options: DecoderLayerForwardOptions = {}): Tensor {
    return tidy(() => {
      let x = tgt;
      for (let i = 0; i < this.numLayers; i++) x = (this.layers.at(i) as unknown as TransformerDecoderLayer).forward(x, memory, options);
      return this.norm ? this.norm.forward(x) : x;
    });
  }
}

export interface TransformerEncoderForwardOptions {
  mask?: Tensor | null;
  srcKeyPaddingMask?: Tensor | null;
  isCausal?: boolean;
}
