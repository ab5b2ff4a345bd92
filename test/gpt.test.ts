// models.GPT: Hugging Face GPT2LMHeadModel keys and layouts, the tied head,
// the same logits on every backend, generate(), and the char-level example's
// pieces overfitting a tiny text with flat memory.
import { afterAll, describe, expect, it } from 'vitest';
import { CharCorpus, getBatch, lmLoss } from '../examples/char-data.js';
import { plannedDevices, torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

const tiny = { vocabSize: 11, nPositions: 8, nEmbd: 8, nLayer: 2, nHead: 2, dropout: 0 };

describe('GPT state dict follows GPT2LMHeadModel', () => {
  it('keys, order and Conv1D [in, out] shapes', () => {
    const model = new torch.models.GPT(tiny);
    const expected: Record<string, number[]> = { 'transformer.wte.weight': [11, 8], 'transformer.wpe.weight': [8, 8] };
    for (const i of [0, 1]) {
      const p = `transformer.h.${i}`;
      Object.assign(expected, {
        [`${p}.ln_1.weight`]: [8], [`${p}.ln_1.bias`]: [8],
        [`${p}.attn.c_attn.weight`]: [8, 24], [`${p}.attn.c_attn.bias`]: [24],
        [`${p}.attn.c_proj.weight`]: [8, 8], [`${p}.attn.c_proj.bias`]: [8],
        [`${p}.ln_2.weight`]: [8], [`${p}.ln_2.bias`]: [8],
        [`${p}.mlp.c_fc.weight`]: [8, 32], [`${p}.mlp.c_fc.bias`]: [32],
        [`${p}.mlp.c_proj.weight`]: [32, 8], [`${p}.mlp.c_proj.bias`]: [8],
      });
    }
    Object.assign(expected, { 'transformer.ln_f.weight': [8], 'transformer.ln_f.bias': [8], 'lm_head.weight': [11, 8] });
    const state = model.stateDict();
    expect(Object.keys(state)).toEqual(Object.keys(expected));
    expect(Object.fromEntries(Object.entries(state).map(([k, v]) => [k, [...v.shape]]))).toEqual(expected);
  });

  it('the output head is tied to the token embedding and counted once', () => {
    const model = new torch.models.GPT(tiny);
    const state = model.stateDict();
    expect(state['lm_head.weight']).toBe(state['transformer.wte.weight']);
    const names = [...model.namedParameters()].map(([n]) => n);
    expect(names).toContain('transformer.wte.weight');
    expect(names).not.toContain('lm_head.weight');
  });

  it('a state dict from one model loads into another (strict) and gives the same logits', async () => {
    torch.manualSeed(1);
    const a = new torch.models.GPT(tiny);
    torch.manualSeed(2);
    const b = new torch.models.GPT(tiny);
    b.loadStateDict(a.stateDict());
    const idx = torch.tensor([[1, 2, 3, 4]], { dtype: 'int32' });
    expect([...(await b.forward(idx).data())]).toEqual([...(await a.forward(idx).data())]);
  });

  it('gradient checkpointing gives the same loss and gradients', async () => {
    const grads = async (checkpointed: boolean): Promise<number[][]> => {
      torch.manualSeed(6);
      const model = new torch.models.GPT({ ...tiny, dropout: 0.1 }).gradientCheckpointingEnable(checkpointed);
      const idx = torch.tensor([[1, 2, 3, 4, 5, 6], [6, 5, 4, 3, 2, 1]], { dtype: 'int32' });
      torch.manualSeed(7);
      lmLoss(model, idx, idx).backward();
      return Promise.all([...model.parameters()].map(async (p) => [...(await p.grad!.data())]));
    };
    const plain = await grads(false);
    const ckpt = await grads(true);
    plain.forEach((g, i) => g.forEach((v, j) => expect(ckpt[i]![j]).toBeCloseTo(v, 5)));
  });

  it('errors name the model and shapes', () => {
    const model = new torch.models.GPT(tiny);
    expect(() => model.forward(torch.zeros([1, 9], { dtype: 'int32' }))).toThrow(/GPT: cannot forward a sequence of length 9, the context is only 8/);
    expect(() => model.forward(torch.zeros([4]))).toThrow(/GPT: expected int32 token ids \[B, T\], got float32 \[4\]/);
  });
});

describe.runIf(plannedDevices().includes('webgpu:0'))('GPT on webgpu', () => {
  it('gives the cpu logits and gradients for the same weights', async () => {
    torch.manualSeed(3);
    const cpu = new torch.models.GPT(tiny);
    const gpu = new torch.models.GPT({ ...tiny, device: 'webgpu:0' });
    gpu.loadStateDict(cpu.stateDict());
    const ids = [[1, 5, 2, 9, 0, 3], [4, 4, 7, 10, 1, 2]];
    const lossOn = (m: torch.models.GPT, device: string): torch.Tensor =>
      lmLoss(m, torch.tensor(ids, { dtype: 'int32', device }), torch.tensor(ids.map((r) => [...r.slice(1), 0]), { dtype: 'int32', device }));
    const lc = lossOn(cpu, 'cpu');
    const lg = lossOn(gpu, 'webgpu:0');
    expect(Number(await lg.item())).toBeCloseTo(Number(await lc.item()), 4);
    lc.backward();
    lg.backward();
    const gc = await cpu.transformer.wte.weight.grad!.data();
    const gg = await gpu.transformer.wte.weight.grad!.data();
    for (let i = 0; i < gc.length; i++) expect(gg[i]).toBeCloseTo(gc[i]!, 4);
  });
});

for (const device of plannedDevices()) {
  describe(`[${device}] GPT.generate`, () => {
    it('appends sampled tokens, reproducibly, cropping to the context', async () => {
      torch.manualSeed(4);
      const model = new torch.models.GPT({ ...tiny, device }).eval();
      const prompt = torch.tensor([[3, 1]], { dtype: 'int32', device });
      const a = model.generate(prompt, 10, { topK: 3, generator: new torch.Generator(7) });
      const b = model.generate(prompt, 10, { topK: 3, generator: new torch.Generator(7) });
      expect(a.shape).toEqual([1, 12]);
      const va = [...(await a.data())];
      expect(va.slice(0, 2)).toEqual([3, 1]);
      expect(va.every((v) => v >= 0 && v < 11)).toBe(true);
      expect([...(await b.data())]).toEqual(va);
    });

    it('topK = 1 is greedy decoding', async () => {
      torch.manualSeed(5);
      const model = new torch.models.GPT({ ...tiny, device }).eval();
      const prompt = torch.tensor([[2]], { dtype: 'int32', device });
      const out = [...(await model.generate(prompt, 3, { topK: 1 }).data())];
      const logits = model.forward(torch.tensor([out.slice(0, 3)], { dtype: 'int32', device }));
      expect([...(await logits.argmax(-1).data())]).toEqual(out.slice(1, 4));
    });
  });
}

describe.runIf(plannedDevices().includes('webgpu:0'))('[webgpu] GPT training step', () => {
  it('keeps live tensors and bytes flat across steps', async () => {
    torch.manualSeed(0);
    const device = 'webgpu:0';
    const model = new torch.models.GPT({ ...tiny, device });
    const optimizer = new torch.optim.AdamW(model.parameters(), { lr: 1e-2 });
    const ids = torch.randint(0, 11, [2, 8], { device });
    const counts: number[] = [];
    const bytes: number[] = [];
    for (let step = 0; step < 4; step++) {
      const l = lmLoss(model, ids, ids);
      l.backward();
      await optimizer.step();
      optimizer.zeroGrad();
      await l.item();
      l.dispose();
      counts.push(torch.memory().tensors[device] ?? 0);
      bytes.push(torch.memory().bytes[device] ?? 0);
    }
    // NOTE: "never grows", not "equal": the finalizer may free earlier tests' garbage mid-loop.
    expect(Math.max(...counts.slice(1))).toBe(counts[1]);
    expect(Math.max(...bytes.slice(1))).toBe(bytes[1]);
  });
});

describe('[cpu] char-level GPT training', () => {
  it('overfits a tiny text to near-zero loss with flat memory', async () => {
    torch.manualSeed(0);
    const corpus = new CharCorpus('hello world, webtorch! '.repeat(8));
    const model = new torch.models.GPT({ vocabSize: corpus.vocabSize, nPositions: 16, nEmbd: 32, nLayer: 1, nHead: 2, dropout: 0 });
    const optimizer = new torch.optim.Adam(model.parameters(), { lr: 1e-2 });
    const g = new torch.Generator(0);
    let loss = Infinity;
    const live: number[] = [];
    const bytes: number[] = [];
    for (let step = 0; step < 200; step++) {
      const { x, y } = getBatch(corpus.ids, 8, 16, g, 'cpu');
      const l = lmLoss(model, x, y);
      l.backward();
      await optimizer.step();
      optimizer.zeroGrad();
      loss = Number(await l.item());
      for (const t of [x, y, l]) t.dispose();
      if (step >= 5) {
        live.push(torch.memory().numTensors);
        bytes.push(torch.memory().bytes.cpu ?? 0);
      }
    }
    // The floor is not 0: a window's first characters ('l', 'o') have several continuations.
    expect(loss).toBeLessThan(0.1);
    model.eval();
    const prompt = torch.tensor(corpus.encode('hello w'), { dtype: 'int32' }).reshape([1, -1]);
    expect(corpus.decode(await model.generate(prompt, 20, { topK: 1 }).data())).toBe('hello world, webtorch! hell');
    // NOTE: "never grows", not "equal": the finalizer may free earlier tests' garbage mid-loop.
    expect(Math.max(...live)).toBe(live[0]);
    expect(Math.max(...bytes)).toBe(bytes[0]);
  }, 120_000);
});
