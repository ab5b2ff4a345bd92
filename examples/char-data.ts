/**
 * Character-level language-model data for examples/char-gpt.ts (and its test):
 * the vocabulary, encoding, random (input, target) batches and the unigram
 * baseline a model has to beat.
 */
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';

export class CharCorpus {
  readonly chars: string[];
  readonly ids: Int32Array;
  private readonly index: Map<string, number>;

  constructor(readonly text: string) {
    this.chars = [...new Set(text)].sort();
    this.index = new Map(this.chars.map((c, i) => [c, i]));
    this.ids = this.encode(text);
  }

  get vocabSize(): number {
    return this.chars.length;
  }

  encode(s: string): Int32Array {
    return Int32Array.from([...s], (c) => {
      const id = this.index.get(c);
      if (id === undefined) throw new Error(`char-data: character ${JSON.stringify(c)} is not in the vocabulary`);
      return id;
    });
  }

  decode(ids: ArrayLike<number>): string {
    return Array.from(ids, (i) => this.chars[i] ?? '?').join('');
  }

  /** The first `fraction` of the ids for training, the rest for validation. */
  split(fraction: number): { train: Int32Array; val: Int32Array } {
    const n = Math.floor(this.ids.length * fraction);
    return { train: this.ids.subarray(0, n), val: this.ids.subarray(n) };
  }
}

/**
 * `batchSize` windows of `blockSize` tokens at random offsets of `ids`: x is
 * the window, y the same window shifted by one (the next-token targets).
 */
export function getBatch(ids: Int32Array, batchSize: number, blockSize: number, g: torch.Generator, device: string): { x: Tensor; y: Tensor } {
  if (ids.length <= blockSize) throw new Error(`char-data: the text (${ids.length} tokens) must be longer than blockSize (${blockSize})`);
  const xs = new Int32Array(batchSize * blockSize);
  const ys = new Int32Array(batchSize * blockSize);
  for (let b = 0; b < batchSize; b++) {
    const start = g.integer(0, ids.length - blockSize);
    xs.set(ids.subarray(start, start + blockSize), b * blockSize);
    ys.set(ids.subarray(start + 1, start + blockSize + 1), b * blockSize);
  }
  // tidy: the flat tensors behind the reshaped views are released with the views.
  return torch.tidy(() => ({
    x: torch.tensor(xs, { dtype: 'int32', device }).reshape([batchSize, blockSize]),
    y: torch.tensor(ys, { dtype: 'int32', device }).reshape([batchSize, blockSize]),
  }));
}

/**
 * Cross-entropy (nats per character) of `val` under the character frequencies
 * of `train` (add-one smoothed): what a model that ignores context scores.
 */
export function unigramLoss(train: Int32Array, val: Int32Array, vocabSize: number): number {
  const counts = new Float64Array(vocabSize).fill(1);
  for (const id of train) counts[id]!++;
  const total = counts.reduce((a, b) => a + b, 0);
  let nll = 0;
  for (const id of val) nll -= Math.log(counts[id]! / total);
  return nll / val.length;
}

/** Mean next-character cross-entropy of `model` on `x` -> `y` (logits flattened to [B*T, V]). */
export function lmLoss(model: torch.models.GPT, x: Tensor, y: Tensor): Tensor {
  return torch.tidy(() => {
    const logits = model.forward(x);
    return torch.nn.functional.crossEntropy(logits.reshape([-1, logits.shape[2]!]), y.reshape([-1]));
  });
}
