import { noGrad } from '../autograd/grad-mode.js';
import { tidy } from '../memory.js';
import { defaultGenerator, type Generator } from '../random.js';
import { formatShape, normalizeDim } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { cast, contiguous } from './copy.js';
import { arange, fromHost, full } from './creation.js';
import { cumsum } from './cumulative.js';
import { clamp, div, eq, gt, le, logicalNot, logicalOr, mul, neg, where } from './elementwise.js';
import { gather } from './indexing.js';
import { cat } from './join.js';
import { argmax, sum } from './reduce.js';
import { reshape, transpose, unsqueeze } from './views.js';
import { assertTensor, checkDType } from './util.js';

export interface TopkResult {
  values: Tensor;
  indices: Tensor;
}

/**
 * Indices (int32, [..., k] along the last dim) of the k largest entries of a
 * float32 `x`, in descending order, by k rounds of argmax + mask: every
 * backend runs it from existing kernels without reading data back.
 */
function topkIndicesLast(x: Tensor, k: number): Tensor {
  return tidy(() => {
    const n = x.shape[x.ndim - 1]!;
    const positions = arange(0, n, 1, { device: x.device, dtype: 'int32' });
    let taken = full(x.shape, false, { device: x.device, dtype: 'bool' });
    const picks: Tensor[] = [];
    for (let i = 0; i < k; i++) {
      let idx = argmax(where(taken, -Infinity, x), -1, true);
      // NOTE: when every remaining value is -inf, argmax may land on an already
      // taken -inf; the first untaken position has the same value, so use it.
      const firstFree = argmax(cast(logicalNot(taken), 'int32'), -1, true);
      idx = where(gather(taken, -1, idx), firstFree, idx);
      picks.push(idx);
      taken = logicalOr(taken, eq(positions, idx));
    }
    return cat(picks, -1);
  });
}

/**
 * The k largest (or smallest) elements along `dim` and their int32 indices,
 * as PyTorch's `torch.topk`. NaN counts as larger than every number. `values`
 * carries the gradient (it is a gather of `x`); results are always sorted,
 * which PyTorch allows for `sorted: false` too.
 *
 * @example
 * const { values, indices } = torch.topk(logits, 5, -1);
 */
export function topk(x: Tensor, k: number, dim = -1, largest = true, sorted = true): TopkResult {
  assertTensor('topk', x);
  checkDType('topk', x, ['float32', 'int32']);
  void sorted;
  const d = normalizeDim('topk', dim, x.ndim);
  const size = x.ndim === 0 ? 1 : x.shape[d]!;
  if (!Number.isInteger(k) || k < 0 || k > size) {
    throw new RangeError(`topk: k (${k}) is out of range for dimension ${d} of size ${size} (input shape ${formatShape(x.shape)})`);
  }
  return tidy(() => {
    const input = x.ndim === 0 ? reshape(x, [1]) : x;
    const last = input.ndim - 1;
    const indices = noGrad(() => {
      const moved = d === last ? input : transpose(input, d, last);
      const keyed = cast(largest ? moved : neg(moved), 'float32');
      const idx = topkIndicesLast(keyed, k);
      return d === last ? idx : contiguous(transpose(idx, d, last));
    });
    const values = gather(input, x.ndim === 0 ? 0 : d, indices);
    if (x.ndim === 0) return { values: reshape(values, []), indices: reshape(indices, []) };
    return { values, indices };
  });
}

export interface MultinomialOptions {
  /** Draw with replacement (default false, as PyTorch). */
  replacement?: boolean;
  generator?: Generator;
}

/** Host-drawn random numbers uploaded as a float32 tensor of `shape`. */
function hostDraws(shape: readonly number[], g: Generator, draw: (g: Generator) => number, device: string): Tensor {
  const n = shape.reduce((a, b) => a * b, 1);
  const values = new Float32Array(n);
  for (let i = 0; i < n; i++) values[i] = draw(g);
  return fromHost('multinomial', values, shape, { device }, 'float32');
}

/** On the cpu, where reading is free, PyTorch's argument checks on the weights. */
function checkWeights(probs: Tensor, numSamples: number, replacement: boolean): void {
  const backend = probs.storage.backend;
  if (!backend.readSync) return;
  const c = contiguous(probs);
  const values = new Float32Array(backend.readSync(c.storage.buffer, c.offset * 4, c.numel() * 4));
  if (c !== probs) c.dispose();
  const n = probs.shape[probs.ndim - 1]!;
  for (let r = 0; r < values.length / n; r++) {
    let total = 0;
    let positive = 0;
    for (let j = 0; j < n; j++) {
      const v = values[r * n + j]!;
      if (!(v >= 0) || !Number.isFinite(v)) throw new Error('multinomial: probability tensor contains either inf, nan or element < 0');
      total += v;
      if (v > 0) positive++;
    }
    if (total <= 0) throw new Error('multinomial: invalid multinomial distribution (sum of probabilities <= 0)');
    if (!replacement && numSamples > positive) {
      throw new Error(`multinomial: cannot sample n_sample (${numSamples}) > prob_dist.size(-1) non-zero entries (${positive}) without replacement`);
    }
  }
}

/**
 * Draws `numSamples` category indices (int32) from each row of non-negative
 * weights `probs` ([n] or [rows, n]; rows need not sum to 1), as PyTorch's
 * `torch.multinomial`. Random numbers come from the seeded generator on the
 * host, so a seed gives the same draws on every backend; the selection runs
 * on the device (no read back):
 * - with replacement: inverse CDF, index = #{j : cdf_j <= u * total};
 * - without: the exponential race, the top `numSamples` of p_j / E_j with
 *   E_j ~ Exp(1), which samples without replacement in proportion to p.
 *
 * @example
 * torch.manualSeed(0);
 * const next = torch.multinomial(torch.softmax(logits, -1), 1); // [B, 1]
 */
export function multinomial(probs: Tensor, numSamples: number, options: MultinomialOptions = {}): Tensor {
  assertTensor('multinomial', probs);
  checkDType('multinomial', probs, ['float32']);
  const replacement = options.replacement ?? false;
  const g = options.generator ?? defaultGenerator;
  if (probs.ndim !== 1 && probs.ndim !== 2) throw new Error(`multinomial: prob_dist must be 1 or 2 dim, got shape ${formatShape(probs.shape)}`);
  const n = probs.shape[probs.ndim - 1]!;
  if (!Number.isInteger(numSamples) || numSamples <= 0) throw new Error(`multinomial: cannot sample n_sample <= 0 samples (got ${numSamples})`);
  if (!replacement && numSamples > n) {
    throw new Error(`multinomial: cannot sample n_sample > prob_dist.size(-1) samples without replacement (${numSamples} > ${n})`);
  }
  checkWeights(probs, numSamples, replacement);
  return noGrad(() =>
    tidy(() => {
      const rows = probs.ndim === 1 ? reshape(probs, [1, n]) : probs;
      const r = rows.shape[0]!;
      let out: Tensor;
      if (replacement) {
        const cdf = cumsum(rows, 1); // [r, n]
        const total = gather(cdf, 1, fromHost('multinomial', new Int32Array(r).fill(n - 1), [r, 1], { device: probs.device }, 'int32'));
        const u = hostDraws([r, numSamples], g, (gen) => gen.uniform(), probs.device);
        const target = unsqueeze(mul(u, total), 2); // [r, s, 1]
        const below = le(unsqueeze(cdf, 1), target); // [r, s, n]
        // Float rounding may put u * total at or past the last cdf entry.
        out = clamp(sum(below, 2), 0, n - 1);
      } else {
        const e = hostDraws([r, n], g, (gen) => -Math.log(1 - gen.uniform()), probs.device);
        const keys = where(gt(rows, 0), div(rows, e), -1);
        out = topk(keys, numSamples, 1).indices;
      }
      return probs.ndim === 1 ? reshape(out, [numSamples]) : out;
    }),
  );
}
