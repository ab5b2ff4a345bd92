import { dropout, linear } from '../functional.js';
import { tidy } from '../../memory.js';
import { scaledDotProductAttention } from '../../ops/attention.js';
import { cast } from '../../ops/copy.js';
import { add, mul, where } from '../../ops/elementwise.js';
import { matmul } from '../../ops/matmul.js';
import { mean } from '../../ops/reduce.js';
import { softmax } from '../../ops/softmax.js';
import { narrow, permute, reshape, transpose, unsqueeze, squeeze } from '../../ops/views.js';
import { formatShape } from '../../shape.js';
import type { Tensor } from '../../tensor.js';
import { constant_, xavierUniform_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { Linear } from './linear.js';
import { checkPositiveInt, newParameter, type DeviceOptions } from './util.js';

export interface MultiheadAttentionOptions extends DeviceOptions {
  /** Dropout on the attention weights in train mode (default 0). */
  dropout?: number;
  /** Biases on the input and output projections (default true). */
  bias?: boolean;
  /** Inputs and output are [N, L, E] instead of [L, N, E] (default false). */
  batchFirst?: boolean;
  /** Feature size of key (default embedDim). */
  kdim?: number;
  /** Feature size of value (default embedDim). */
  vdim?: number;
}

export interface MultiheadAttentionForwardOptions {
  /** [N, S]; bool: true marks keys to ignore; float: added to the scores. */
  keyPaddingMask?: Tensor | null;
  /** Return the attention weights (default true, as PyTorch). */
  needWeights?: boolean;
  /** [L, S] or [N * numHeads, L, S]; bool: true marks pairs NOT allowed to attend; float: added. */
  attnMask?: Tensor | null;
  /** Average the returned weights over heads (default true). */
  averageAttnWeights?: boolean;
  /** Hint that attnMask is the causal mask (PyTorch requires the mask as well). */
  isCausal?: boolean;
}

/**
 * PyTorch's mask conventions (true = masked out, or an additive float) as one
 * additive float mask that broadcasts to [N, H, L, S], or null.
 */
function additiveMask(op: string, mask: Tensor | null | undefined, what: string): Tensor | null {
  if (!mask) return null;
  if (mask.dtype === 'bool') return where(mask, -Infinity, 0);
  if (mask.dtype !== 'float32') throw new TypeError(`${op}: only bool and float ${what} are supported, got ${mask.dtype}`);
  return mask;
}

/**
 * Multi-head attention with PyTorch's parameters and state-dict keys:
 * `in_proj_weight` [3E, E] and `in_proj_bias` [3E] (or `q_proj_weight`,
 * `k_proj_weight`, `v_proj_weight` when kdim/vdim differ from E), and
 * `out_proj.weight`/`out_proj.bias`. forward returns [output, weights | null].
 *
 * @example
 * const mha = new nn.MultiheadAttention(64, 8, { batchFirst: true });
 * const [y] = mha.forward(x, x, x, { needWeights: false }); // x: [B, T, 64]
 */
export class MultiheadAttention extends Module<[Tensor, Tensor, Tensor, MultiheadAttentionForwardOptions?], [Tensor, Tensor | null]> {
  readonly inProjWeight: Parameter | null = null;
  readonly qProjWeight: Parameter | null = null;
  readonly kProjWeight: Parameter | null = null;
  readonly vProjWeight: Parameter | null = null;
  readonly inProjBias: Parameter | null;
  readonly outProj: Linear;
  readonly headDim: number;
  readonly dropout: number;
  readonly batchFirst: boolean;
  readonly kdim: number;
  readonly vdim: number;

  constructor(
    readonly embedDim: number,
    readonly numHeads: number,
    options: MultiheadAttentionOptions = {},
  ) {
    super();
    checkPositiveInt('MultiheadAttention', 'embedDim', embedDim);
    checkPositiveInt('MultiheadAttention', 'numHeads', numHeads);
    if (embedDim % numHeads !== 0) throw new Error(`MultiheadAttention: embedDim (${embedDim}) must be divisible by numHeads (${numHeads})`);
    this.headDim = embedDim / numHeads;
    this.dropout = options.dropout ?? 0;
    this.batchFirst = options.batchFirst ?? false;
    this.kdim = options.kdim ?? embedDim;
    this.vdim = options.vdim ?? embedDim;
    const device = options.device;
    // NOTE: PyTorch registers exactly one of the two layouts; the other names stay absent from the state dict.
    if (this.kdim === embedDim && this.vdim === embedDim) {
      this.inProjWeight = xavierUniform_(newParameter([3 * embedDim, embedDim], device)) as Parameter;
    } else {
      this.qProjWeight = xavierUniform_(newParameter([embedDim, embedDim], device)) as Parameter;
      this.kProjWeight = xavierUniform_(newParameter([embedDim, this.kdim], device)) as Parameter;
      this.vProjWeight = xavierUniform_(newParameter([embedDim, this.vdim], device)) as Parameter;
    }
    this.inProjBias = options.bias === false ? null : newParameter([3 * embedDim], device);
    this.outProj = new Linear(embedDim, embedDim, { bias: options.bias !== false, device });
    if (this.outProj.bias) constant_(this.outProj.bias, 0);
  }

  /** The q, k or v projection (index 0, 1, 2) of `x` [..., in]. */
  private project(x: Tensor, index: number): Tensor {
    const E = this.embedDim;
    const w = this.inProjWeight ? narrow(this.inProjWeight, 0, index * E, E) : [this.qProjWeight, this.kProjWeight, this.vProjWeight][index]!;
    const b = this.inProjBias ? narrow(this.inProjBias, 0, index * E, E) : null;
    return linear(x, w!, b);
  }

  forward(query: Tensor, key: Tensor, value: Tensor, options: MultiheadAttentionForwardOptions = {}): [Tensor, Tensor | null] {
    const op = 'MultiheadAttention';
    const batched = query.ndim === 3;
    if (!batched && query.ndim !== 2) throw new Error(`${op}: query should be 2-D (unbatched) or 3-D (batched), got ${formatShape(query.shape)}`);
    if (key.ndim !== query.ndim || value.ndim !== query.ndim) {
      throw new Error(`${op}: query ${formatShape(query.shape)}, key ${formatShape(key.shape)} and value ${formatShape(value.shape)} must have the same number of dims`);
    }
    if (options.isCausal && !options.attnMask) {
      throw new Error(`${op}: need attnMask if specifying the isCausal hint (pass the causal mask too)`);
    }
    const needWeights = options.needWeights ?? true;
    return tidy(() => {
      // Work in [N, L, E].
      const toNLE = (t: Tensor): Tensor => (!batched ? unsqueeze(t, 0) : this.batchFirst ? t : transpose(t, 0, 1));
      const q0 = toNLE(query);
      const k0 = toNLE(key);
      const v0 = toNLE(value);
      const [N, L, E] = q0.shape as [number, number, number];
      const S = k0.shape[1]!;
      if (E !== this.embedDim) throw new Error(`${op}: expected query features ${this.embedDim}, got ${formatShape(query.shape)}`);
      if (k0.shape[0] !== N || v0.shape[0] !== N || v0.shape[1] !== S) {
        throw new Error(`${op}: key ${formatShape(key.shape)} and value ${formatShape(value.shape)} do not match query ${formatShape(query.shape)} in batch or source length`);
      }
      const H = this.numHeads;
      const hd = this.headDim;
      const heads = (t: Tensor, len: number): Tensor => permute(reshape(t, [N, len, H, hd]), [0, 2, 1, 3]);
      const q = heads(this.project(q0, 0), L);
      const k = heads(this.project(k0, 1), S);
      const v = heads(this.project(v0, 2), S);
      let mask = this.combinedMask(options, N, L, S, batched);
      const p = this.training ? this.dropout : 0;
      let out: Tensor;
      let weights: Tensor | null = null;
      if (needWeights) {
        let scores = mul(matmul(q, transpose(k, -2, -1)), 1 / Math.sqrt(hd));
        if (mask) scores = add(scores, mask);
        let w = softmax(scores, -1);
        if (p > 0) w = dropout(w, { p });
        out = matmul(w, v);
        weights = options.averageAttnWeights === false ? w : mean(w, 1);
        if (!batched) weights = squeeze(weights, 0);
      } else {
        const causalOnly = options.isCausal === true && !options.keyPaddingMask;
        if (causalOnly) mask = null;
        out = scaledDotProductAttention(q, k, v, { attnMask: mask, isCausal: causalOnly, dropoutP: p });
      }
      const merged = reshape(permute(out, [0, 2, 1, 3]), [N, L, E]);
      let y = this.outProj.forward(merged);
      y = !batched ? squeeze(y, 0) : this.batchFirst ? y : transpose(y, 0, 1);
      return [y, weights] as [Tensor, Tensor | null];
    });
  }

  /** attnMask and keyPaddingMask as one additive float mask broadcasting to [N, H, L, S]. */
  private combinedMask(options: MultiheadAttentionForwardOptions, N: number, L: number, S: number, batched: boolean): Tensor | null {
    const op = 'MultiheadAttention';
    let mask = additiveMask(op, options.attnMask, 'attnMask');
    if (mask) {
      if (mask.ndim === 2) {
        if (mask.shape[0] !== L || mask.shape[1] !== S) throw new Error(`${op}: the shape of the 2D attnMask is ${formatShape(mask.shape)}, but should be [${L}, ${S}]`);
      } else if (mask.ndim === 3) {
        if (mask.shape[0] !== N * this.numHeads || mask.shape[1] !== L || mask.shape[2] !== S) {
          throw new Error(`${op}: the shape of the 3D attnMask is ${formatShape(mask.shape)}, but should be [${N * this.numHeads}, ${L}, ${S}]`);
        }
        mask = reshape(mask, [N, this.numHeads, L, S]);
      } else {
        throw new Error(`${op}: attnMask's dimension ${mask.ndim} is not supported (2 or 3)`);
      }
    }
    let pad = additiveMask(op, options.keyPaddingMask, 'keyPaddingMask');
    if (pad) {
      const expected = batched ? [N, S] : [S];
      if (pad.shape.join() !== expected.join()) throw new Error(`${op}: expected keyPaddingMask of shape ${formatShape(expected)}, got ${formatShape(pad.shape)}`);
      pad = reshape(pad, [N, 1, 1, S]);
      mask = mask ? add(mask, pad) : pad;
    }
    return mask ? cast(mask, 'float32') : null;
  }

  override extraRepr(): string {
    return `embed_dim=${this.embedDim}, num_heads=${this.numHeads}, batch_first=${this.batchFirst}`;
  }
}
