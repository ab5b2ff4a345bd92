// nn.Module bookkeeping: PyTorch's state-dict keys, loadStateDict checks,
// modes, gradients, devices, hooks and the default initialisations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch, collectGarbage } from './support/setup-torch.js';
import type { Tensor } from '../src/node.js';

const { nn } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

/** A ResNet-like basic block: conv1/bn1/conv2/bn2 plus a camelCase property. */
class Block extends nn.Module {
  conv1: torch.nn.Conv2d;
  bn1: torch.nn.BatchNorm2d;
  conv2: torch.nn.Conv2d;
  bn2: torch.nn.BatchNorm2d;
  downSample: torch.nn.Sequential;

  constructor(c: number, device: string) {
    super();
    this.conv1 = new nn.Conv2d(c, c, 3, { padding: 1, bias: false, device });
    this.bn1 = new nn.BatchNorm2d(c, { device });
    this.conv2 = new nn.Conv2d(c, c, 3, { padding: 1, bias: false, device });
    this.bn2 = new nn.BatchNorm2d(c, { device });
    this.downSample = new nn.Sequential(new nn.Identity());
  }

  forward(x: Tensor): Tensor {
    const h = this.bn1.forward(this.conv1.forward(x)).relu();
    return this.bn2.forward(this.conv2.forward(h)).add(this.downSample.forward(x)).relu();
  }
}

class Model extends nn.Module {
  features: torch.nn.Sequential;
  layer1: torch.nn.Sequential;
  headNorm: torch.nn.LayerNorm;
  fc: torch.nn.Linear;

  constructor(device: string) {
    super();
    this.features = new nn.Sequential(new nn.Conv2d(1, 4, 3, { padding: 1, device }), new nn.BatchNorm2d(4, { device }), new nn.ReLU(), new nn.MaxPool2d(2));
    this.layer1 = new nn.Sequential(new Block(4, device));
    this.headNorm = new nn.LayerNorm(16, { device });
    this.fc = new nn.Linear(16, 3, { device });
  }

  forward(x: Tensor): Tensor {
    const h = this.layer1.forward(this.features.forward(x));
    return this.fc.forward(this.headNorm.forward(nn.functional.adaptiveAvgPool2d(h, 2).flatten(1)));
  }
}

const EXPECTED_KEYS = [
  'features.0.weight', 'features.0.bias',
  'features.1.weight', 'features.1.bias', 'features.1.running_mean', 'features.1.running_var', 'features.1.num_batches_tracked',
  'layer1.0.conv1.weight',
  'layer1.0.bn1.weight', 'layer1.0.bn1.bias', 'layer1.0.bn1.running_mean', 'layer1.0.bn1.running_var', 'layer1.0.bn1.num_batches_tracked',
  'layer1.0.conv2.weight',
  'layer1.0.bn2.weight', 'layer1.0.bn2.bias', 'layer1.0.bn2.running_mean', 'layer1.0.bn2.running_var', 'layer1.0.bn2.num_batches_tracked',
  'head_norm.weight', 'head_norm.bias',
  'fc.weight', 'fc.bias',
];

async function snapshot(m: torch.nn.Module): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const [k, t] of Object.entries(m.stateDict())) out[k] = Array.from(await t.data());
  return out;
}

for (const device of plannedDevices()) {
  describe(`[${device}] nn.Module`, () => {
    it("stateDict keys are PyTorch's, in PyTorch's order", () => {
      const model = new Model(device);
      const sd = model.stateDict();
      expect(Object.keys(sd)).toEqual(EXPECTED_KEYS);
      expect(sd['features.1.num_batches_tracked']!.dtype).toBe('int32');
      expect(sd['features.1.num_batches_tracked']!.shape).toEqual([]);
      expect(sd['layer1.0.conv1.weight']!.shape).toEqual([4, 4, 3, 3]);
      const paramKeys = EXPECTED_KEYS.filter((k) => !/running_|num_batches/.test(k));
      expect([...model.namedParameters()].map(([k]) => k)).toEqual(paramKeys);
      expect([...model.parameters()].every((p) => p instanceof nn.Parameter && p.requiresGrad)).toBe(true);
      expect([...model.namedBuffers()].map(([k]) => k)).toEqual(EXPECTED_KEYS.filter((k) => /running_|num_batches/.test(k)));
      expect([...model.namedChildren()].map(([k]) => k)).toEqual(['features', 'layer1', 'head_norm', 'fc']);
      expect([...model.modules()].length).toBe(1 + 5 + 8 + 1 + 1);
      expect(model.toString()).toContain('(fc): Linear(in_features=16, out_features=3, bias=true)');
    });

    it('loadStateDict copies values from another model', async () => {
      const a = new Model(device);
      const b = new Model(device);
      b.loadStateDict(a.stateDict());
      expect(await snapshot(b)).toEqual(await snapshot(a));
      // b owns its values: disposing a leaves b intact.
      const expected = await snapshot(a);
      for (const p of a.parameters()) p.dispose();
      expect(await snapshot(b)).toEqual(expected);
    });

    it('loadStateDict lists every missing, unexpected and mismatched key in one error, and changes nothing', async () => {
      const model = new Model(device);
      const before = await snapshot(model);
      const other = new Model(device);
      const sd: Record<string, Tensor> = { ...other.stateDict() };
      delete sd['fc.bias'];
      delete sd['layer1.0.bn1.running_var'];
      sd['extra.weight'] = torch.zeros([2], { device });
      sd['fc.weight'] = torch.zeros([5, 16], { device });
      sd['features.1.num_batches_tracked'] = torch.zeros([], { device });
      let message = '';
      try {
        model.loadStateDict(sd);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toContain('Missing key(s) in state_dict: "layer1.0.bn1.running_var", "fc.bias".');
      expect(message).toContain('Unexpected key(s) in state_dict: "extra.weight".');
      expect(message).toContain('size mismatch for fc.weight: copying a param with shape [5, 16] from checkpoint, the shape in current model is [3, 16].');
      expect(message).toContain('dtype mismatch for features.1.num_batches_tracked: checkpoint has float32, the model has int32.');
      expect(await snapshot(model)).toEqual(before);

      // strict: false tolerates key differences but not shape mismatches.
      expect(() => model.loadStateDict(sd, { strict: false })).toThrow(/size mismatch for fc.weight/);
      expect(await snapshot(model)).toEqual(before);
      sd['fc.weight'] = other.fc.weight;
      sd['features.1.num_batches_tracked'] = other.features.at(1).stateDict()['num_batches_tracked']!;
      const result = model.loadStateDict(sd, { strict: false });
      expect(result).toEqual({ missingKeys: ['layer1.0.bn1.running_var', 'fc.bias'], unexpectedKeys: ['extra.weight'] });
      expect(Array.from(await model.fc.weight.data())).toEqual(Array.from(await other.fc.weight.data()));
    });

    it('Conv2d with the wrong number of input channels fails clearly', () => {
      const conv = new nn.Conv2d(3, 8, 3, { device });
      const x = torch.zeros([2, 1, 8, 8], { device });
      expect(() => conv.forward(x)).toThrow(/conv2d: expected input \[N, C, H, W\] with C = 3 channels .*got input of shape \[2, 1, 8, 8\]/);
      const bn = new nn.BatchNorm2d(4, { device });
      expect(() => bn.forward(torch.zeros([2, 3, 2, 2], { device }))).toThrow(/BatchNorm2d: expected input with 4 channels/);
      expect(() => bn.forward(torch.zeros([2, 4], { device }))).toThrow(/BatchNorm2d: expected 4D input \(got 2D input/);
    });

    it('zeroGrad drops the gradients of every parameter', () => {
      const model = new Model(device);
      torch.tidy(() => model.forward(torch.randn([2, 1, 8, 8], { device })).sum().backward());
      expect([...model.parameters()].every((p) => p.grad !== null)).toBe(true);
      model.zeroGrad();
      expect([...model.parameters()].every((p) => p.grad === null)).toBe(true);
    });

    it('train/eval set the mode recursively; BatchNorm updates running stats only in train mode', async () => {
      const bn = new nn.BatchNorm1d(2, { device });
      const seq = new nn.Sequential(bn, new nn.Dropout(0.5));
      expect(seq.eval()).toBe(seq);
      expect([...seq.modules()].every((m) => !m.training)).toBe(true);
      seq.train();
      expect([...seq.modules()].every((m) => m.training)).toBe(true);

      const x = torch.tensor([[1, 10], [3, 20], [5, 60]], { device });
      torch.tidy(() => void bn.forward(x));
      // running = 0.9 · initial + 0.1 · batch stat (unbiased variance), as PyTorch.
      const close = (a: ArrayLike<number>, b: number[]): void => b.forEach((v, i) => expect(a[i]).toBeCloseTo(v, 4));
      close(await bn.runningMean!.data(), [0.3, 3]);
      close(await bn.runningVar!.data(), [0.9 + 0.1 * 4, 0.9 + 0.1 * 700]);
      expect(await bn.numBatchesTracked!.item()).toBe(1);
      bn.eval();
      const y = bn.forward(x);
      close(await bn.runningMean!.data(), [0.3, 3]);
      expect(await bn.numBatchesTracked!.item()).toBe(1);
      const mean0 = 0.3;
      const var0 = 1.3;
      close((await y.data()).filter((_, i) => i % 2 === 0), [1, 3, 5].map((v) => (v - mean0) / Math.sqrt(var0 + 1e-5)));
      y.dispose();
    });

    it('forward hooks see inputs and output and can replace the output', async () => {
      const lin = new nn.Linear(2, 2, { device });
      const seen: number[][] = [];
      const handle = lin.registerForwardHook((_m, inputs, output) => {
        seen.push([...(inputs[0] as Tensor).shape, ...(output as Tensor).shape]);
        return (output as Tensor).mul(0);
      });
      const out = torch.tidy(() => lin.forward(torch.ones([3, 2], { device })));
      expect(seen).toEqual([[3, 2, 3, 2]]);
      expect(Array.from(await out.data()).every((v) => v === 0)).toBe(true);
      handle.remove();
      const again = torch.tidy(() => lin.forward(torch.ones([3, 2], { device })));
      expect(seen.length).toBe(1);
      expect(Array.from(await again.data()).some((v) => v !== 0)).toBe(true);
    });

    it("Linear and Conv2d use PyTorch's default init bounds, reproducibly from the seed", async () => {
      torch.manualSeed(7);
      const a = new nn.Linear(400, 120, { device });
      torch.manualSeed(7);
      const b = new nn.Linear(400, 120, { device });
      const wa = await a.weight.data();
      expect(Array.from(wa)).toEqual(Array.from(await b.weight.data()));
      const bound = 1 / Math.sqrt(400); // kaiming_uniform(a=√5) gives 1/√fan_in
      expect(Math.max(...Array.from(wa).map(Math.abs))).toBeLessThanOrEqual(bound);
      expect(Math.max(...Array.from(wa).map(Math.abs))).toBeGreaterThan(bound * 0.99);
      const conv = new nn.Conv2d(6, 16, 5, { device });
      const cb = Array.from(await conv.bias!.data());
      expect(Math.max(...cb.map(Math.abs))).toBeLessThanOrEqual(1 / Math.sqrt(6 * 25));
      const { fanIn, fanOut } = nn.init.calculateFanInAndFanOut(conv.weight);
      expect([fanIn, fanOut]).toEqual([150, 400]);
    });
  });
}

describe('[cpu] nn.Module moves between devices', () => {
  it('to(device) keeps the Parameter objects and memory accounting', async () => {
    const devices = await openDevices();
    const target = devices.find((d) => d.startsWith('webgpu')) ?? 'cpu';
    const model = new Model('cpu');
    const params = [...model.parameters()];
    const before = await snapshot(model);
    await collectGarbage();
    const counts = torch.memory().tensors;
    model.to(target);
    expect([...model.parameters()]).toEqual(params);
    expect(params.every((p) => p.device === target)).toBe(true);
    expect([...model.buffers()].every((b) => b.device === target)).toBe(true);
    expect(await snapshot(model)).toEqual(before);
    if (target !== 'cpu') {
      const moved = params.length + [...model.buffers()].length;
      expect(torch.memory().tensors[target]).toBe((counts[target] ?? 0) + moved);
      await model.toAsync('cpu');
      expect(await snapshot(model)).toEqual(before);
    }
  });
});
