// The founding CNN and PyTorch's loop, one step at a time so the page can
// yield to the browser between steps. No DOM here.
import * as torch from '../../src/index.js';
import type { Tensor } from '../../src/index.js';
import { toFloats, type DigitSplit, type MnistAsset } from './mnist-asset.js';
import type { Settings } from './settings.js';

const { nn, optim, data, models } = torch;

export interface Evaluation {
  accuracy: number;
  /** Predicted class of each evaluation digit, in `evalIndices` order. */
  predictions: Int32Array;
}

/** `count` indices spread evenly over `n` (the test digits are sorted by class, so every class appears). */
export function spreadIndices(n: number, count: number): Int32Array {
  const k = Math.min(n, count);
  return Int32Array.from({ length: k }, (_, i) => Math.floor((i * n) / k));
}

function pick(split: DigitSplit, indices: Int32Array, side: number): { pixels: Uint8Array; labels: Uint8Array } {
  const size = side * side;
  const pixels = new Uint8Array(indices.length * size);
  const labels = new Uint8Array(indices.length);
  indices.forEach((i, k) => {
    pixels.set(split.pixels.subarray(i * size, (i + 1) * size), k * size);
    labels[k] = split.labels[i]!;
  });
  return { pixels, labels };
}

export class Trainer {
  readonly net: InstanceType<typeof models.LeNet>;
  private optimizer: InstanceType<typeof optim.SGD>;
  private readonly criterion = new nn.CrossEntropyLoss();
  private readonly train: InstanceType<typeof data.TensorDataset>;
  private readonly loader: InstanceType<typeof data.DataLoader>;
  private batches: Iterator<Tensor[]> | undefined;
  /** Loss summed on the device since the last read: reading it is a GPU sync, so it happens every few steps only. */
  private lossSum: Tensor | undefined;
  private lossCount = 0;
  private readonly evalImages: Tensor;
  /** Host copies of the evaluation digits, for the grid and the accuracy. */
  readonly evalPixels: Uint8Array;
  readonly evalLabels: Uint8Array;
  readonly stepsPerEpoch: number;
  step = 0;

  constructor(readonly device: string, asset: MnistAsset, readonly settings: Settings) {
    const side = asset.side;
    torch.manualSeed(settings.seed);
    this.net = new models.LeNet({ device });
    this.optimizer = this.makeOptimizer();
    this.train = new data.TensorDataset(
      torch.tensor(toFloats(asset.train.pixels), { device }).reshape([asset.train.n, 1, side, side]),
      torch.tensor(Int32Array.from(asset.train.labels), { device, dtype: 'int32' }),
    );
    this.loader = new data.DataLoader(this.train, { batchSize: settings.batchSize, shuffle: true, seed: settings.seed });
    this.stepsPerEpoch = this.loader.length;
    const chosen = pick(asset.test, spreadIndices(asset.test.n, settings.evalSize), side);
    this.evalPixels = chosen.pixels;
    this.evalLabels = chosen.labels;
    this.evalImages = torch.tensor(toFloats(chosen.pixels), { device }).reshape([chosen.labels.length, 1, side, side]);
  }

  private makeOptimizer(): InstanceType<typeof optim.SGD> {
    return new optim.SGD(this.net.parameters(), { lr: this.settings.lr, momentum: 0.9 });
  }

  get epoch(): number {
    return Math.floor(this.step / this.stepsPerEpoch);
  }

  /** One optimizer step (queued: on WebGPU this returns before the GPU has run it). */
  trainStep(): void {
    let next = this.batches?.next();
    if (!next || next.done) {
      this.batches = this.loader[Symbol.iterator]();
      next = this.batches.next();
    }
    const [inputs, labels] = next.value as [Tensor, Tensor];
    const sum = torch.tidy(() => {
      this.net.train();
      this.optimizer.zeroGrad();
      const loss = this.criterion.forward(this.net.forward(inputs), labels);
      loss.backward();
      this.optimizer.step();
      return this.lossSum ? this.lossSum.add(loss.detach()) : loss.detach();
    });
    this.lossSum?.dispose();
    this.lossSum = sum;
    this.lossCount++;
    this.step++;
  }

  /** Mean loss of the steps since the last call (undefined when none ran). */
  async readLoss(): Promise<number | undefined> {
    const sum = this.lossSum;
    if (!sum) return undefined;
    const count = this.lossCount;
    this.lossSum = undefined;
    this.lossCount = 0;
    const total = Number(await sum.item());
    sum.dispose();
    return total / count;
  }

  /** Accuracy on the evaluation digits; forwards in chunks so a GPU never holds one huge batch. */
  async evaluate(): Promise<Evaluation> {
    const n = this.evalLabels.length;
    const chunk = 250;
    const predictions = new Int32Array(n);
    for (let start = 0; start < n; start += chunk) {
      const length = Math.min(chunk, n - start);
      const predicted = torch.noGrad(() => torch.tidy(() => {
        this.net.eval();
        return this.net.forward(this.evalImages.narrow(0, start, length)).argmax(1);
      }));
      predictions.set(await predicted.data() as Int32Array, start);
      predicted.dispose();
    }
    let correct = 0;
    predictions.forEach((p, i) => { if (p === this.evalLabels[i]) correct++; });
    return { accuracy: correct / n, predictions };
  }

  /** Class probabilities for one 28x28 image (floats in [0, 1]). */
  async classify(image: Float32Array): Promise<Float32Array> {
    const probs = torch.noGrad(() => torch.tidy(() => {
      this.net.eval();
      const x = torch.tensor(image, { device: this.device }).reshape([1, 1, 28, 28]);
      return this.net.forward(x).softmax(1);
    }));
    const values = await probs.data() as Float32Array;
    probs.dispose();
    return values;
  }

  /** The weights as a safetensors Blob (PyTorch's LeNet keys: conv1.weight, ...). */
  save(): Promise<Blob> {
    return torch.save(this.net.stateDict(), { as: 'blob', metadata: { producer: 'webtorch browser demo', step: String(this.step) } });
  }

  /** Loads safetensors weights; the optimizer restarts, since its momentum belongs to the old weights. */
  async load(file: Blob, name: string): Promise<void> {
    const state = await torch.load(file, { device: this.device, name });
    try {
      this.net.loadStateDict(state);
    } finally {
      for (const t of Object.values(state)) t.dispose();
    }
    this.disposeOptimizerState();
    this.optimizer = this.makeOptimizer();
  }

  /** Frees the momentum buffers (an optimizer has no dispose of its own). */
  private disposeOptimizerState(): void {
    for (const state of this.optimizer.state.values()) {
      for (const v of Object.values(state)) if (v instanceof torch.Tensor) v.dispose();
    }
  }

  dispose(): void {
    this.disposeOptimizerState();
    this.batches?.return?.();
    this.lossSum?.dispose();
    this.train.dispose();
    this.evalImages.dispose();
    for (const t of Object.values(this.net.stateDict())) t.dispose();
  }
}
