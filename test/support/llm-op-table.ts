// How each case of test/fixtures/llm-cases.json (numpy, scripts/gen-expected-llm.py)
// is run through webtorch: the large-model ops (tril/triu, cumsum, topk,
// attention, 4-D matmul).
import type * as WebTorch from '../../src/index.js';
import type { Kwargs, OpMap, Torch } from './op-table.js';

type T = WebTorch.Tensor;
type AnyModule = WebTorch.nn.AnyModule;

/** Inputs that are data, not weights; everything else is a state-dict key. */
const DATA_INPUTS = new Set(['x', 'q', 'k', 'v', 'm', 'am', 'kpm', 'mem', 'h0']);

/** Loads the case's weights (inputs named by PyTorch state-dict keys) into `module`, in eval mode. */
function loaded<M extends AnyModule>(module: M, x: Record<string, T>): M {
  const state = Object.fromEntries(Object.entries(x).filter(([name]) => !DATA_INPUTS.has(name)));
  module.loadStateDict(state);
  module.eval();
  return module;
}

function mhaModule(t: Torch, x: Record<string, T>, k: Kwargs): WebTorch.nn.MultiheadAttention {
  return loaded(new t.nn.MultiheadAttention(num(k, 'E'), num(k, 'H'), { batchFirst: flag(k, 'batchFirst'), device: x.q!.device }), x);
}

function layerOptions(k: Kwargs, device: string): WebTorch.nn.TransformerLayerOptions {
  return { dimFeedforward: num(k, 'FF'), dropout: 0, normFirst: flag(k, 'normFirst'), activation: flag(k, 'gelu') ? 'gelu' : 'relu', device };
}

function rnnModule(t: Torch, x: Record<string, T>, k: Kwargs): AnyModule {
  const mode = (k as Record<string, unknown>).mode as 'RNN' | 'LSTM' | 'GRU';
  const options = { numLayers: num(k, 'layers'), bidirectional: flag(k, 'bidir'), device: x.x!.device };
  const Cls = { RNN: t.nn.RNN, LSTM: t.nn.LSTM, GRU: t.nn.GRU }[mode];
  return loaded(new Cls(num(k, 'In'), num(k, 'Hd'), options), x);
}

function runRnn(t: Torch, x: Record<string, T>, k: Kwargs): T {
  const module = rnnModule(t, x, k);
  const pick = (k as Record<string, unknown>).pick as 'output' | 'h' | 'c';
  if (module instanceof t.nn.LSTM) {
    const [out, [h, c]] = module.forward(x.x!);
    return pick === 'output' ? out : pick === 'h' ? h : c;
  }
  const [out, h] = (module as WebTorch.nn.GRU).forward(x.x!);
  return pick === 'output' ? out : h;
}

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
  mha: (t, x, k) => mhaModule(t, x, k).forward(x.q!, x.q!, x.q!, { attnMask: x.am, isCausal: flag(k, 'isCausal'), needWeights: false })[0],
  mha_weights: (t, x, k) => mhaModule(t, x, k).forward(x.q!, x.q!, x.q!)[1]!,
  mha_cross: (t, x, k) => mhaModule(t, x, k).forward(x.q!, x.k!, x.k!, { keyPaddingMask: x.kpm })[0],
  mha_cross_weights: (t, x, k) => mhaModule(t, x, k).forward(x.q!, x.k!, x.k!, { keyPaddingMask: x.kpm })[1]!,
  encoder: (t, x, k) =>
    loaded(new t.nn.TransformerEncoderLayer(num(k, 'E'), num(k, 'H'), layerOptions(k, x.x!.device)), x).forward(x.x!, { srcMask: x.am, isCausal: flag(k, 'isCausal') }),
  decoder: (t, x, k) =>
    loaded(new t.nn.TransformerDecoderLayer(num(k, 'E'), num(k, 'H'), layerOptions(k, x.x!.device)), x).forward(x.x!, x.mem!, { tgtMask: x.am, tgtIsCausal: flag(k, 'isCausal') }),
  rnn: runRnn,
  mha_kv: (t, x, k) =>
    loaded(new t.nn.MultiheadAttention(num(k, 'E'), num(k, 'H'), { kdim: num(k, 'kdim'), vdim: num(k, 'vdim'), device: x.q!.device }), x)
      .forward(x.q!, x.k!, x.v!, { needWeights: false })[0],
  encoder_kpm: (t, x, k) =>
    loaded(new t.nn.TransformerEncoderLayer(num(k, 'E'), num(k, 'H'), layerOptions(k, x.x!.device)), x).forward(x.x!, { srcKeyPaddingMask: x.kpm }),
  rnn_relu_h0: (t, x, k) => {
    const rnn = loaded(new t.nn.RNN(num(k, 'In'), num(k, 'Hd'), { numLayers: num(k, 'layers'), nonlinearity: 'relu', batchFirst: true, device: x.x!.device }), x);
    return rnn.forward(x.x!, x.h0!)[0];
  },
  matmul_kt: (t, { a, b }) => t.matmul(a!, b!.transpose(-1, -2)),
};
