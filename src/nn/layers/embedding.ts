import { embedding } from '../functional.js';
import { tidy } from '../../memory.js';
import { fromHost } from '../../ops/creation.js';
import type { Tensor } from '../../tensor.js';
import { normal_ } from '../init.js';
import { Module } from '../module.js';
import type { Parameter } from '../parameter.js';
import { checkPositiveInt, newParameter, type DeviceOptions } from './util.js';

export interface EmbeddingOptions extends DeviceOptions {
  /** A row that stays zero and gets no gradient (e.g. padding tokens). */
  paddingIdx?: number;
}

/**
 * A lookup table of `numEmbeddings` vectors, initialised N(0, 1).
 *
 * @example
 * const emb = new nn.Embedding(100, 16);
 * emb.forward(torch.tensor([[1, 2, 3]], { dtype: 'int32' })).shape; // [1, 3, 16]
 */
export class Embedding extends Module<[Tensor], Tensor> {
  readonly weight: Parameter;
  readonly paddingIdx: number | undefined;

  constructor(
    readonly numEmbeddings: number,
    readonly embeddingDim: number,
    options: EmbeddingOptions = {},
  ) {
    super();
    checkPositiveInt('Embedding', 'numEmbeddings', numEmbeddings);
    checkPositiveInt('Embedding', 'embeddingDim', embeddingDim);
    let pad = options.paddingIdx;
    if (pad !== undefined) {
      if (!Number.isInteger(pad) || pad >= numEmbeddings || pad < -numEmbeddings) {
        throw new RangeError(`Embedding: paddingIdx must be within the number of embeddings (${numEmbeddings}), got ${pad}`);
      }
      if (pad < 0) pad += numEmbeddings;
    }
    this.paddingIdx = pad;
    this.weight = normal_(newParameter([numEmbeddings, embeddingDim], options.device)) as Parameter;
    if (pad !== undefined) {
      const mask = this.rowMask();
      tidy(() => void this.weight.assign_(this.weight.mul(mask)));
      mask.dispose();
    }
  }

  /** [numEmbeddings, 1] with 0 at the padding row, 1 elsewhere. */
  private rowMask(): Tensor {
    const values = new Float32Array(this.numEmbeddings).fill(1);
    values[this.paddingIdx!] = 0;
    return fromHost('Embedding', values, [this.numEmbeddings, 1], { device: this.weight.device }, 'float32');
  }

  forward(indices: Tensor): Tensor {
    if (this.paddingIdx === undefined) return embedding(indices, this.weight);
    // NOTE: masking the table keeps the padding row's gradient at zero, as PyTorch's padding_idx does.
    return tidy(() => embedding(indices, this.weight.mul(this.rowMask())));
  }

  override extraRepr(): string {
    return `${this.numEmbeddings}, ${this.embeddingDim}${this.paddingIdx !== undefined ? `, padding_idx=${this.paddingIdx}` : ''}`;
  }
}
