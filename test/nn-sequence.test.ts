// Attention, transformer and recurrent layers: PyTorch's state-dict keys and
// shapes (listed from PyTorch 2.x), and single LSTM/GRU steps worked out by
// hand from PyTorch's documented equations. Full forward/backward values are
// checked against numpy in llm-ops.test.ts.
import { afterAll, describe, expect, it } from 'vitest';
import { plannedDevices, torch } from './support/setup-torch.js';

const { nn } = torch;

afterAll(() => torch.shutdown());

function shapes(m: torch.nn.AnyModule): Record<string, number[]> {
  return Object.fromEntries(Object.entries(m.stateDict()).map(([k, v]) => [k, [...v.shape]]));
}

describe('state-dict keys and shapes match PyTorch', () => {
  it('MultiheadAttention', () => {
    expect(shapes(new nn.MultiheadAttention(8, 2))).toEqual({
      in_proj_weight: [24, 8],
      in_proj_bias: [24],
      'out_proj.weight': [8, 8],
      'out_proj.bias': [8],
    });
    expect(Object.keys(new nn.MultiheadAttention(8, 2, { kdim: 4, vdim: 6 }).stateDict())).toEqual([
      'q_proj_weight', 'k_proj_weight', 'v_proj_weight', 'in_proj_bias', 'out_proj.weight', 'out_proj.bias',
    ]);
    expect(shapes(new nn.MultiheadAttention(8, 2, { kdim: 4, vdim: 6 })).k_proj_weight).toEqual([8, 4]);
    expect(shapes(new nn.MultiheadAttention(8, 2, { bias: false }))).toEqual({ in_proj_weight: [24, 8], 'out_proj.weight': [8, 8] });
  });

  it('MultiheadAttention initialisation: biases zero, in_proj xavier-uniform', async () => {
    const m = new nn.MultiheadAttention(8, 2);
    expect([...(await m.inProjBias!.data())].every((v) => v === 0)).toBe(true);
    expect([...(await m.outProj.bias!.data())].every((v) => v === 0)).toBe(true);
    const bound = Math.sqrt(6 / (8 + 24));
    expect([...(await m.inProjWeight!.data())].every((v) => Math.abs(v) <= bound)).toBe(true);
  });

  it('TransformerEncoderLayer and TransformerDecoderLayer', () => {
    const mha = (p: string): Record<string, number[]> => ({
      [`${p}.in_proj_weight`]: [24, 8], [`${p}.in_proj_bias`]: [24], [`${p}.out_proj.weight`]: [8, 8], [`${p}.out_proj.bias`]: [8],
    });
    const tail = { 'linear1.weight': [16, 8], 'linear1.bias': [16], 'linear2.weight': [8, 16], 'linear2.bias': [8] };
    const norms = (n: number): Record<string, number[]> =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [[`norm${i + 1}.weight`, [8]], [`norm${i + 1}.bias`, [8]]]).flat());
    const enc = new nn.TransformerEncoderLayer(8, 2, { dimFeedforward: 16 });
    expect(Object.keys(enc.stateDict())).toEqual(Object.keys({ ...mha('self_attn'), ...tail, ...norms(2) }));
    expect(shapes(enc)).toEqual({ ...mha('self_attn'), ...tail, ...norms(2) });
    const dec = new nn.TransformerDecoderLayer(8, 2, { dimFeedforward: 16 });
    expect(Object.keys(dec.stateDict())).toEqual(Object.keys({ ...mha('self_attn'), ...mha('multihead_attn'), ...tail, ...norms(3) }));
    expect([...enc.namedChildren()].map(([n]) => n)).toEqual(['self_attn', 'linear1', 'dropout', 'linear2', 'norm1', 'norm2', 'dropout1', 'dropout2']);
  });

  it('TransformerEncoder / TransformerDecoder stack copies of the layer', async () => {
    const layer = new nn.TransformerEncoderLayer(8, 2, { dimFeedforward: 16, dropout: 0 });
    const enc = new nn.TransformerEncoder(layer, 2, { norm: new nn.LayerNorm(8) });
    const keys = Object.keys(enc.stateDict());
    expect(keys.slice(0, 2)).toEqual(['layers.0.self_attn.in_proj_weight', 'layers.0.self_attn.in_proj_bias']);
    expect(keys).toContain('layers.1.norm2.bias');
    expect(keys.slice(-2)).toEqual(['norm.weight', 'norm.bias']);
    expect(keys.length).toBe(2 * 12 + 2);
    const state = enc.stateDict();
    expect(await state['layers.1.linear1.weight']!.tolist()).toEqual(await layer.linear1.weight.tolist());
    expect(state['layers.0.linear1.weight']).not.toBe(state['layers.1.linear1.weight']);
    const x = torch.randn([3, 2, 8]);
    const manual = enc.norm!.forward((enc.layers.at(1) as unknown as torch.nn.TransformerEncoderLayer).forward(layer.forward(x)));
    expect([...(await enc.forward(x).data())].map((v) => v.toFixed(4))).toEqual([...(await manual.data())].map((v) => v.toFixed(4)));
    const dec = new nn.TransformerDecoder(new nn.TransformerDecoderLayer(8, 2, { dimFeedforward: 16 }), 3);
    expect(Object.keys(dec.stateDict())).toContain('layers.2.multihead_attn.out_proj.bias');
    dec.eval();
    expect(dec.forward(x, torch.randn([5, 2, 8])).shape).toEqual([3, 2, 8]);
  });

  it('LSTM / GRU / RNN weight names and layouts', () => {
    const lstm = new nn.LSTM(3, 4, { numLayers: 2, bidirectional: true });
    const expected: Record<string, number[]> = {};
    for (const l of [0, 1]) {
      for (const s of ['', '_reverse']) {
        expected[`weight_ih_l${l}${s}`] = [16, l === 0 ? 3 : 8];
        expected[`weight_hh_l${l}${s}`] = [16, 4];
        expected[`bias_ih_l${l}${s}`] = [16];
        expected[`bias_hh_l${l}${s}`] = [16];
      }
    }
    expect(Object.keys(lstm.stateDict())).toEqual(Object.keys(expected));
    expect(shapes(lstm)).toEqual(expected);
    expect(shapes(new nn.GRU(3, 4))).toEqual({ weight_ih_l0: [12, 3], weight_hh_l0: [12, 4], bias_ih_l0: [12], bias_hh_l0: [12] });
    expect(shapes(new nn.RNN(3, 4, { bias: false }))).toEqual({ weight_ih_l0: [4, 3], weight_hh_l0: [4, 4] });
  });
});

const sig = (v: number): number => 1 / (1 + Math.exp(-v));

for (const device of plannedDevices()) {
  describe(`[${device}] recurrent single steps by hand`, () => {
    // input_size 2, hidden_size 1: each gate is one row of weight_ih [G, 2] and weight_hh [G, 1].
    const x = [0.5, -1];
    const h0 = 0.3;
    const c0 = -0.2;
    const wIh = [[0.1, 0.2], [-0.3, 0.4], [0.5, -0.6], [0.7, 0.8]];
    const wHh = [[0.9], [-0.1], [0.2], [-0.4]];
    const bIh = [0.05, -0.05, 0.1, 0.0];
    const bHh = [0.01, 0.02, -0.03, 0.04];
    const pre = (g: number): number => wIh[g]![0]! * x[0]! + wIh[g]![1]! * x[1]! + bIh[g]! + wHh[g]![0]! * h0 + bHh[g]!;

    function load(m: torch.nn.AnyModule, gates: number): void {
      m.loadStateDict({
        weight_ih_l0: torch.tensor(wIh.slice(0, gates), { device }),
        weight_hh_l0: torch.tensor(wHh.slice(0, gates), { device }),
        bias_ih_l0: torch.tensor(bIh.slice(0, gates), { device }),
        bias_hh_l0: torch.tensor(bHh.slice(0, gates), { device }),
      });
    }

    it('LSTM: gates i, f, g, o; c1 = f c0 + i g; h1 = o tanh(c1)', async () => {
      const lstm = new nn.LSTM(2, 1, { device });
      load(lstm, 4);
      const [i, f, g, o] = [sig(pre(0)), sig(pre(1)), Math.tanh(pre(2)), sig(pre(3))];
      const c1 = f * c0 + i * g;
      const h1 = o * Math.tanh(c1);
      const [out, [hn, cn]] = lstm.forward(torch.tensor([[[x[0]!, x[1]!]]], { device }), [
        torch.tensor([[[h0]]], { device }),
        torch.tensor([[[c0]]], { device }),
      ]);
      expect(out.shape).toEqual([1, 1, 1]);
      expect((await out.data())[0]).toBeCloseTo(h1, 5);
      expect((await hn.data())[0]).toBeCloseTo(h1, 5);
      expect((await cn.data())[0]).toBeCloseTo(c1, 5);
    });

    it('GRU: gates r, z, n; n = tanh(x_n + r (W_hn h + b_hn)); h1 = (1 - z) n + z h0', async () => {
      const gru = new nn.GRU(2, 1, { device });
      load(gru, 3);
      const r = sig(pre(0));
      const z = sig(pre(1));
      const xn = wIh[2]![0]! * x[0]! + wIh[2]![1]! * x[1]! + bIh[2]!;
      const hn = wHh[2]![0]! * h0 + bHh[2]!;
      const n = Math.tanh(xn + r * hn);
      const h1 = (1 - z) * n + z * h0;
      const [out, hN] = gru.forward(torch.tensor([[x[0]!, x[1]!]], { device }), torch.tensor([[h0]], { device }));
      expect(out.shape).toEqual([1, 1]); // unbatched input [L, in]
      expect((await out.data())[0]).toBeCloseTo(h1, 5);
      expect((await hN.data())[0]).toBeCloseTo(h1, 5);
    });

    it('batchFirst keeps [N, L, H] outputs and [layers, N, H] states', () => {
      const lstm = new nn.LSTM(3, 4, { batchFirst: true, numLayers: 2, device });
      const [out, [h, c]] = lstm.forward(torch.randn([2, 5, 3], { device }));
      expect(out.shape).toEqual([2, 5, 4]);
      expect(h.shape).toEqual([2, 2, 4]);
      expect(c.shape).toEqual([2, 2, 4]);
    });

    it('MultiheadAttention returns [output, weights] with PyTorch shapes', async () => {
      const mha = new nn.MultiheadAttention(8, 2, { device });
      const q = torch.randn([3, 2, 8], { device });
      const k = torch.randn([5, 2, 8], { device });
      const [y, w] = mha.forward(q, k, k);
      expect(y.shape).toEqual([3, 2, 8]);
      expect(w!.shape).toEqual([2, 3, 5]);
      const rows = (await w!.sum(-1).data()) as Float32Array;
      for (const v of rows) expect(v).toBeCloseTo(1, 5);
      const [, none] = mha.forward(q, k, k, { needWeights: false });
      expect(none).toBeNull();
      const [, perHead] = mha.forward(q, k, k, { averageAttnWeights: false });
      expect(perHead!.shape).toEqual([2, 2, 3, 5]);
    });
  });
}

describe('errors name the layer and shapes', () => {
  it('MultiheadAttention', () => {
    expect(() => new nn.MultiheadAttention(10, 3)).toThrow(/MultiheadAttention: embedDim \(10\) must be divisible by numHeads \(3\)/);
    const m = new nn.MultiheadAttention(4, 2);
    const x = torch.randn([3, 2, 4]);
    expect(() => m.forward(x, x, x, { attnMask: torch.zeros([2, 2]) })).toThrow(/2D attnMask is \[2, 2\], but should be \[3, 3\]/);
    expect(() => m.forward(x, x, x, { isCausal: true })).toThrow(/need attnMask if specifying the isCausal hint/);
  });
  it('LSTM', () => {
    const lstm = new nn.LSTM(3, 4);
    expect(() => lstm.forward(torch.randn([5, 2, 6]))).toThrow(/LSTM: input.size\(-1\) must be equal to input_size. Expected 3, got 6/);
    expect(() => lstm.forward(torch.randn([5, 2, 3]), [torch.zeros([1, 3, 4]), torch.zeros([1, 3, 4])])).toThrow(/LSTM: expected hidden size \[1, 2, 4\], got \[1, 3, 4\]/);
  });
});
