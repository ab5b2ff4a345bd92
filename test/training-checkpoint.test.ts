// Training checkpoints: a run interrupted and resumed from its checkpoint ends
// with bit-identical parameters to an uninterrupted run (same seed, same data
// order, dropout and shuffling RNG restored), on every device.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch } from './support/setup-torch.js';
import type { Tensor } from '../src/node.js';
import { defaultGenerator } from '../src/random.js';

const { nn, optim, data } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

class Net extends nn.Module {
  fc1: torch.nn.Linear;
  bn: torch.nn.BatchNorm1d;
  drop = new nn.Dropout(0.25);
  fc2: torch.nn.Linear;

  constructor(device: string) {
    super();
    this.fc1 = new nn.Linear(4, 6, { device });
    this.bn = new nn.BatchNorm1d(6, { device });
    this.fc2 = new nn.Linear(6, 3, { device });
  }

  forward(x: Tensor): Tensor {
    return this.fc2.forward(this.drop.forward(this.bn.forward(this.fc1.forward(x)).relu()));
  }
}

function setup(device: string, adam: boolean) {
  const net = new Net(device);
  const optimizer = adam ? new optim.Adam(net.parameters(), { lr: 0.01 }) : new optim.SGD(net.parameters(), { lr: 0.1, momentum: 0.9 });
  const scheduler = new optim.lrScheduler.StepLR(optimizer, { stepSize: 1, gamma: 0.5 });
  return { net, optimizer, scheduler };
}

async function dataset(device: string) {
  const g = new torch.Generator(7);
  const x = torch.randn([16, 4], { device, generator: g });
  const y = torch.randint(0, 3, [16], { device, generator: g });
  return new data.TensorDataset(x, y);
}

async function trainEpochs(run: ReturnType<typeof setup>, loader: torch.data.DataLoader, epochs: number): Promise<number> {
  const criterion = new nn.CrossEntropyLoss();
  let steps = 0;
  for (let e = 0; e < epochs; e++) {
    run.net.train();
    for await (const [x, y] of loader) {
      torch.tidy(() => {
        run.optimizer.zeroGrad();
        criterion.forward(run.net.forward(x!), y!).backward();
        run.optimizer.step();
      });
      steps++;
    }
    run.scheduler.step();
  }
  return steps;
}

async function snapshot(net: Net): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const [k, t] of Object.entries(net.stateDict())) out[k] = [...new Uint32Array((await t.data()).buffer)];
  return out;
}

describe.each(plannedDevices())('training checkpoint [%s]', (device) => {
  for (const adam of [false, true]) {
    it(`resumes to bit-identical parameters (${adam ? 'Adam' : 'SGD momentum'}, StepLR, dropout, shuffle)`, async () => {
      const ds = await dataset(device);

      torch.manualSeed(1);
      const full = setup(device, adam);
      const fullLoader = new data.DataLoader(ds, { batchSize: 4, shuffle: true, seed: 3 });
      await trainEpochs(full, fullLoader, 4);
      const expected = await snapshot(full.net);

      torch.manualSeed(1);
      const first = setup(device, adam);
      const firstLoader = new data.DataLoader(ds, { batchSize: 4, shuffle: true, seed: 3 });
      const steps = await trainEpochs(first, firstLoader, 2);
      const bytes = await torch.saveTrainingCheckpoint(undefined, { ...first, model: first.net, dataLoader: firstLoader, epoch: 2, step: steps, extra: { note: 'half way' } });

      // A fresh process: other seeds, freshly initialised model, then the checkpoint.
      torch.manualSeed(999);
      const resumed = setup(device, adam);
      const resumedLoader = new data.DataLoader(ds, { batchSize: 4, shuffle: true, seed: 3 });
      const progress = await torch.loadTrainingCheckpoint(bytes, { ...resumed, model: resumed.net, dataLoader: resumedLoader });
      expect(progress).toEqual({ epoch: 2, step: 8, extra: { note: 'half way' } });
      expect(resumed.optimizer.paramGroups[0]!.lr).toBe(first.optimizer.paramGroups[0]!.lr);
      await trainEpochs(resumed, resumedLoader, 2);
      expect(await snapshot(resumed.net)).toEqual(expected);
      ds.dispose();
    });
  }

  it('stores the model under model.* with PyTorch keys and the optimizer state under optimizer.state.*', async () => {
    const run = setup(device, false);
    const loader = new data.DataLoader(await dataset(device), { batchSize: 8 });
    await trainEpochs(run, loader, 1);
    const bytes = await torch.saveTrainingCheckpoint(undefined, { model: run.net, optimizer: run.optimizer, epoch: 1, step: 2 });
    const { tensors, metadata } = torch.safetensors.parse(bytes);
    expect([...tensors.keys()].sort()).toEqual(
      [
        'model.fc1.weight', 'model.fc1.bias', 'model.bn.weight', 'model.bn.bias', 'model.bn.running_mean', 'model.bn.running_var',
        'model.bn.num_batches_tracked', 'model.fc2.weight', 'model.fc2.bias',
        ...[0, 1, 2, 3, 4, 5].map((i) => `optimizer.state.${i}.momentum_buffer`),
      ].sort(),
    );
    expect(metadata.format).toBe('pt');
    const training = JSON.parse(metadata['webtorch.training']!) as { epoch: number; optimizer: { param_groups: { lr: number; momentum: number; params: number[] }[] } };
    expect(training.epoch).toBe(1);
    expect(training.optimizer.param_groups[0]).toMatchObject({ lr: 0.05, initial_lr: 0.1, momentum: 0.9, params: [0, 1, 2, 3, 4, 5] });
  });

  it('rejects a checkpoint that does not fit, leaving the model, optimizer and RNG unchanged', async () => {
    const run = setup(device, false);
    const loader = new data.DataLoader(await dataset(device), { batchSize: 8 });
    await trainEpochs(run, loader, 1);
    const bytes = await torch.saveTrainingCheckpoint(undefined, { model: run.net, optimizer: run.optimizer, epoch: 1, step: 2 });

    const other = setup(device, false);
    const before = await snapshot(other.net);
    class Wider extends Net {
      constructor() {
        super(device);
        this.fc2 = new nn.Linear(6, 4, { device });
      }
    }
    const wider = new Wider();
    const widerBefore = await snapshot(wider);
    torch.manualSeed(0);
    const rng = defaultGenerator.getState();
    // Same model, but an optimizer over fewer parameters: fails before the model is touched.
    const small = new optim.SGD([...other.net.parameters()].slice(0, 2), { lr: 0.1, momentum: 0.9 });
    await expect(torch.loadTrainingCheckpoint(bytes, { model: other.net, optimizer: small })).rejects.toThrow(/parameter group 0 has 6 parameters in the checkpoint, 2 here/);
    // A model of another shape: the model's own checks fail, and nothing changes.
    await expect(torch.loadTrainingCheckpoint(bytes, { model: wider })).rejects.toThrow(/size mismatch for fc2.weight/);
    expect(await snapshot(wider)).toEqual(widerBefore);
    // A plain state dict is not a training checkpoint.
    await expect(torch.loadTrainingCheckpoint(await torch.save(other.net.stateDict()), { model: other.net })).rejects.toThrow(/not a training checkpoint/);
    expect(await snapshot(other.net)).toEqual(before);
    expect(other.optimizer.state.size).toBe(0);
    expect(defaultGenerator.getState()).toEqual(rng);
  });
});
