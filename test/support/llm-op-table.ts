// How each case of test/fixtures/llm-cases.json (numpy, scripts/gen-expected-llm.py)
// is run through webtorch: the large-model ops (tril/triu, cumsum, topk,
// attention, 4-D matmul).
import type * as WebTorch from '../../src/index.js';
import type { Kwargs, OpMap } from './op-table.js';

type T = WebTorch.Tensor;

const num = (k: Kwargs, key: string): number => k[key] as number;
const flag = (k: Kwargs, key: string): boolean | undefined => k[key] as boolean | undefined;

function attentionOptions(k: Kwargs, mask?: T): WebTorch.AttentionOptions {
  return { isCausal: flag(k, 'isCausal'), scale: k.scale as number | undefined, attnMask: mask ?? null };
}

export const LLM_OPS: OpMap = {
  tril: (t, { x }, k) => t.tril(x!, num(k, 'diagonal')),
  triu: (t, { x }, k) => t.triu(x!, num(k, 'diagonal')),
  cumsum: (t, { x }, k) => t.cumsum(x!, num(k, 'dim')),
  topk_values: (t, { x }, k) => t.topk(x!, num(k, 'k'), num(k, 'dim'), flag(k, 'largest') ?? true).values,
  topk_indices: (t, { x }, k) => t.topk(x!, num(k, 'k'), num(k, 'dim'), flag(k, 'largest') ?? true).indices,
  sdpa: (t, { q, k: key, v }, k) => t.scaledDotProductAttention(q!, key!, v!, attentionOptions(k)),
  sdpa_mask: (t, { q, k: key, v, m }, k) => t.scaledDotProductAttention(q!, key!, v!, attentionOptions(k, m)),
  matmul: (t, { a, b }) => t.matmul(a!, b!),
  matmul_kt: (t, { a, b }) => t.matmul(a!, b!.transpose(-1, -2)),
};
