/**
 * A GPT-2-style decoder whose state-dict keys are Hugging Face's
 * GPT2LMHeadModel keys (`transformer.wte.weight`,
 * `transformer.h.0.attn.c_attn.weight`, ..., `lm_head.weight`), with the
 * Conv1D layout [in, out] for the projection weights, so a converted
 * checkpoint of the same size loads with `loadStateDict`.
 */
import { noGrad } from '../autograd/grad-mode.js';
import { tidy, keep } from '../memory.js';
import { scaledDotProductAttention } from '../ops/attention.js';
import { arange } from '../ops/creation.js';
import { add, div, gelu, lt, matmul, where } from '../ops/index.js';
import { cat } from '../ops/join.js';
import { multinomial, topk } from '../ops/sampling.js';
import { softmax } from '../ops/softmax.js';
import { narrow, permute, reshape, squeeze, transpose } from '../ops/views.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { embedding, linear } from '../nn/functional.js';
import { normal_ } from '../nn/init.js';
import { Module } from '../nn/module.js';
import type { Parameter } from '../nn/parameter.js';
import { Sequential } from '../nn/layers/container.js';
import { Dropout } from '../nn/layers/dropout.js';
import { Embedding } from '../nn/layers/embedding.js';
import { LayerNorm } from '../nn/layers/layernorm.js';
import { newParameter } from '../nn/layers/util.js';
import type { Generator } from '../random.js';
import { checkpoint } from '../utils/checkpoint.js';

/** The config with defaults filled in (device stays optional: the default device). */
export type ResolvedGPTConfig = Required<Omit<GPTConfig, 'device'>> & { device?: string };

export interface GPTConfig {
  /** Tokens in the vocabulary (GPT-2: 50257). */
  vocabSize: number;
  /** Longest context (GPT-2: 1024). */
  nPositions: number;
  /** Width (GPT-2 small: 768). */
  nEmbd: number;
  nLayer: number;
  nHead: number;
  /** Dropout on embeddings, residual branches and attention weights (GPT-2: 0.1). */
  dropout?: number;
  layerNormEpsilon?: number;
  device?: string;
}

/** Hugging Face's Conv1D: y = x W + b with W stored [in, out] (transposed from nn.Linear). */
export class Conv1D extends Module<[Tensor], Tensor> {
  readonly weight: Parameter;
  readonly bias: Parameter;

  constructor(inFeatures: number, outFeatures: number, std: number, device?: string) {
    super();
    this.weight = normal_(newParameter([inFeatures, outFeatures], device), 0, std) as Parameter;
    this.bias = newParameter([outFeatures], device);
  }

  forward(x: Tensor): Tensor {
    return tidy(() => add(matmul(x, this.weight), this.bias));
  }
}

class CausalSelfAttention extends Module<[Tensor], Tensor> {
  readonly cAttn: Conv1D;
  readonly cProj: Conv1D;
  readonly residDropout: Dropout;

  constructor(
    private readonly config: ResolvedGPTConfig,
    std: number,
  ) {
    super();
    const { nEmbd, nLayer, device } = config;
    this.cAttn = new Conv1D(nEmbd, 3 * nEmbd, std, device);
    // GPT-2 scales the residual projections by 1/sqrt(2 * nLayer).
    this.cProj = new Conv1D(nEmbd, nEmbd, std / Math.sqrt(2 * nLayer), device);
    this.residDropout = new Dropout(config.dropout);
  }

  forward(x: Tensor): Tensor {
    return tidy(() => {
      const [B, T, C] = x.shape as [number, number, number];
      const H = this.config.nHead;
      const qkv = this.cAttn.forward(x);
      const heads = (i: number): Tensor => permute(reshape(narrow(qkv, 2, i * C, C), [B, T, H, C / H]), [0, 2, 1, 3]);
      const y = scaledDotProductAttention(heads(0), heads(1), heads(2), { isCausal: true, dropoutP: this.training ? this.config.dropout : 0 });
      return this.residDropout.forward(this.cProj.forward(reshape(transpose(y, 1, 2), [B, T, C])));
    });
  }
}

class MLP extends Module<[Tensor], Tensor> {
  readonly cFc: Conv1D;
  readonly cProj: Conv1D;
  readonly dropout: Dropout;

  constructor(config: ResolvedGPTConfig, std: number) {
    super();
    this.cFc = new Conv1D(config.nEmbd, 4 * config.nEmbd, std, config.device);
    this.cProj = new Conv1D(4 * config.nEmbd, config.nEmbd, std / Math.sqrt(2 * config.nLayer), config.device);
    this.dropout = new Dropout(config.dropout);
  }

  forward(x: Tensor): Tensor {
    // GPT-2's "gelu_new" is the tanh approximation.
    return tidy(() => this.dropout.forward(this.cProj.forward(gelu(this.cFc.forward(x), { approximate: 'tanh' }))));
  }
}

/** Pre-norm block: x + attn(ln_1(x)), then + mlp(ln_2(x)). */
class Block extends Module<[Tensor], Tensor> {
  // NOTE: snake_case properties: Hugging Face's keys are ln_1/ln_2, which camelCase would not give.
  readonly ln_1: LayerNorm;
  readonly attn: CausalSelfAttention;
  readonly ln_2: LayerNorm;
  readonly mlp: MLP;

  constructor(config: ResolvedGPTConfig, std: number) {
    super();
    const ln = { eps: config.layerNormEpsilon, device: config.device };
    this.ln_1 = new LayerNorm(config.nEmbd, ln);
    this.attn = new CausalSelfAttention(config, std);
    this.ln_2 = new LayerNorm(config.nEmbd, ln);
    this.mlp = new MLP(config, std);
  }

  forward(x: Tensor): Tensor {
    return tidy(() => {
      const h = add(x, this.attn.forward(this.ln_1.forward(x)));
      return add(h, this.mlp.forward(this.ln_2.forward(h)));
    });
  }
}

class GPTTransformer extends Module<[Tensor], Tensor> {
  readonly wte: Embedding;
  readonly wpe: Embedding;
  readonly drop: Dropout;
  readonly h: Sequential;
  readonly lnF: LayerNorm;
  /** Recompute each block's forward in backward (see GPT.gradientCheckpointingEnable). */
  gradientCheckpointing = false;

  constructor(config: ResolvedGPTConfig, std: number) {
    super();
    const { vocabSize, nPositions, nEmbd, device } = config;
    this.wte = new Embedding(vocabSize, nEmbd, { device });
    this.wpe = new Embedding(nPositions, nEmbd, { device });
    normal_(this.wte.weight, 0, std);
    normal_(this.wpe.weight, 0, std);
    this.drop = new Dropout(config.dropout);
    this.h = new Sequential(...Array.from({ length: config.nLayer }, () => new Block(config, std)));
    this.lnF = new LayerNorm(nEmbd, { eps: config.layerNormEpsilon, device });
  }

  /** Hidden states [B, T, nEmbd] after ln_f. */
  forward(idx: Tensor): Tensor {
    return tidy(() => {
      const T = idx.shape[1]!;
      const pos = arange(0, T, 1, { device: idx.device, dtype: 'int32' });
      let x = this.drop.forward(add(embedding(idx, this.wte.weight), embedding(pos, this.wpe.weight)));
      if (this.gradientCheckpointing && this.training) {
        for (let i = 0; i < this.h.length; i++) {
          const block = this.h.at(i);
          x = checkpoint((t) => block.forward(t), x);
        }
      } else {
        x = this.h.forward(x);
      }
      return this.lnF.forward(x);
    });
  }
}

/** The output head: logits = x wteᵀ with the token-embedding matrix (tied, as GPT-2). */
class TiedHead extends Module<[Tensor], Tensor> {
  constructor(readonly weight: Parameter) {
    super();
  }

  forward(x: Tensor): Tensor {
    return linear(x, this.weight);
  }
}

export interface GenerateOptions {
  /** Divides the logits before sampling (default 1). */
  temperature?: number;
  /** Sample only among the k most likely tokens. */
  topK?: number | null;
  generator?: Generator;
}

/**
 * GPT-2 language model (Hugging Face's GPT2LMHeadModel layout): token and
 * position embeddings, pre-norm blocks with causal self-attention and a tanh
 * GELU MLP, a final LayerNorm, and an output head tied to the token embedding.
 * NOTE: `stateDict()` lists the tied matrix under both `transformer.wte.weight`
 * and `lm_head.weight`, as Hugging Face's `state_dict()` does; `parameters()`
 * lists it once.
 *
 * @example
 * const model = new models.GPT({ vocabSize: 65, nPositions: 64, nEmbd: 64, nLayer: 2, nHead: 4 });
 * const logits = model.forward(idx);                       // idx int32 [B, T] -> [B, T, 65]
 * const text = model.generate(prompt, 100, { topK: 10 });  // [1, T + 100]
 */
export class GPT extends Module<[Tensor], Tensor> {
  readonly config: ResolvedGPTConfig;
  readonly transformer: GPTTransformer;
  readonly lmHead: TiedHead;

  constructor(config: GPTConfig) {
    super();
    const { nEmbd, nHead } = config;
    if (nEmbd % nHead !== 0) throw new Error(`GPT: nEmbd (${nEmbd}) must be divisible by nHead (${nHead})`);
    this.config = { dropout: 0.1, layerNormEpsilon: 1e-5, ...config };
    const std = 0.02;
    this.transformer = new GPTTransformer(this.config, std);
    this.lmHead = new TiedHead(this.transformer.wte.weight);
  }

  /**
   * Keeps only each block's input during training and recomputes the block in
   * backward (Hugging Face's `gradient_checkpointing_enable`): activation
   * memory per block instead of per layer, for one extra forward.
   */
  gradientCheckpointingEnable(enable = true): this {
    this.transformer.gradientCheckpointing = enable;
    return this;
  }

  /** Logits [B, T, vocabSize] for int32 token ids `idx` [B, T] (T <= nPositions). */
  forward(idx: Tensor): Tensor {
    if (idx.ndim !== 2 || idx.dtype !== 'int32') throw new Error(`GPT: expected int32 token ids [B, T], got ${idx.dtype} ${formatShape(idx.shape)}`);
    if (idx.shape[1]! > this.config.nPositions) {
      throw new Error(`GPT: cannot forward a sequence of length ${idx.shape[1]}, the context is only ${this.config.nPositions} (input ${formatShape(idx.shape)})`);
    }
    return tidy(() => this.lmHead.forward(this.transformer.forward(idx)));
  }

  /**
   * Appends `maxNewTokens` sampled tokens to `idx` [B, T] (the context is
   * cropped to the last nPositions tokens), without gradients. Runs on the
   * model's device without reading data back; call `eval()` first to turn
   * dropout off.
   */
  generate(idx: Tensor, maxNewTokens: number, options: GenerateOptions = {}): Tensor {
    const temperature = options.temperature ?? 1;
    if (!(temperature > 0)) throw new RangeError(`GPT.generate: temperature must be > 0, got ${temperature}`);
    const topK = options.topK ?? null;
    let seq = idx;
    noGrad(() => {
      for (let i = 0; i < maxNewTokens; i++) {
        const next: Tensor = tidy(() => {
          const T = seq.shape[1]!;
          const ctx = T > this.config.nPositions ? narrow(seq, 1, T - this.config.nPositions, this.config.nPositions) : seq;
          const logits = this.forward(ctx);
          let last = div(squeeze(narrow(logits, 1, ctx.shape[1]! - 1, 1), 1), temperature); // [B, V]
          if (topK !== null) {
            const k = Math.min(topK, last.shape[1]!);
            const kth = narrow(topk(last, k, -1).values, 1, k - 1, 1);
            last = where(lt(last, kth), -Infinity, last);
          }
          return cat([seq, multinomial(softmax(last, -1), 1, { replacement: true, generator: options.generator })], 1);
        });
        if (seq !== idx) seq.dispose();
        seq = keep(next);
      }
    });
    return seq;
  }
}
