import { tidy } from '../memory.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { add } from './elementwise.js';
import { indexSelect } from './indexing.js';
import { matmul } from './matmul.js';
import { reshape, t } from './views.js';
import { assertTensor, backendOf, checkFloat } from './util.js';

/**
 * Rows of `weight` [V, D] picked by int32 `indices` of any shape: the result
 * is [...indices.shape, D]. Backward scatter-adds into the picked rows, so a
 * repeated index accumulates its gradient.
 *
 * @example
 * const vectors = torch.nn.functional.embedding(tokenIds, table); // [B, T] -> [B, T, D]
 */
export function embedding(indices: Tensor, weight: Tensor): Tensor {
  assertTensor('embedding', indices, 'indices');
  assertTensor('embedding', weight, 'weight');
  if (indices.dtype !== 'int32') {
    throw new TypeError(`embedding: indices must be an int32 tensor, got ${indices.dtype} (shape ${formatShape(indices.shape)})`);
  }
  if (weight.ndim !== 2) throw new Error(`embedding: weight must be 2-D [numEmbeddings, embeddingDim], got ${formatShape(weight.shape)}`);
  backendOf('embedding', indices, weight);
  return tidy(() => {
    const rows = indexSelect(weight, 0, reshape(indices, [indices.numel()]));
    return reshape(rows, [...indices.shape, weight.shape[1]!]);
  });
}

/**
 * y = x weightᵀ + bias, with weight [out, in] (PyTorch's layout) and x [..., in].
 */
export function linear(x: Tensor, weight: Tensor, bias: Tensor | null = null): Tensor {
  assertTensor('linear', x);
  assertTensor('linear', weight, 'weight');
  checkFloat('linear', x);
  checkFloat('linear', weight, 'weight');
  if (weight.ndim !== 2 && weight.ndim !== 1) throw new Error(`linear: weight must be 2-D [out, in], got ${formatShape(weight.shape)}`);
  const inFeatures = weight.shape[weight.ndim - 1]!;
  if (x.ndim === 0 || x.shape[x.ndim - 1] !== inFeatures) {
    throw new Error(`linear: input ${formatShape(x.shape)} has ${x.ndim === 0 ? 0 : x.shape[x.ndim - 1]} features but weight ${formatShape(weight.shape)} expects ${inFeatures}`);
  }
  if (bias !== null && bias !== undefined) {
    assertTensor('linear', bias, 'bias');
    checkFloat('linear', bias, 'bias');
    const outShape = weight.ndim === 2 ? [weight.shape[0]!] : [];
    if (bias.ndim > 1 || (bias.ndim === 1 && bias.shape[0] !== (outShape[0] ?? 1))) {
      throw new Error(`linear: bias must have shape ${formatShape(outShape)} (weight ${formatShape(weight.shape)}), got ${formatShape(bias.shape)}`);
    }
  }
  return tidy(() => {
    const y = matmul(x, weight.ndim === 2 ? t(weight) : weight);
    return bias ? add(y, bias) : y;
  });
}
