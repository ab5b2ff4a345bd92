import type { Case, HostTensor } from '../case.js';
import { jaxOp, op } from '../case.js';
import { functional } from '../ours.js';

function softmaxAt(a: HostTensor, cols: number, i: number): number {
  const row = Math.floor(i / cols) * cols;
  let m = -Infinity;
  for (let j = 0; j < cols; j++) m = Math.max(m, a.data[row + j]!);
  let s = 0;
  for (let j = 0; j < cols; j++) s += Math.exp(a.data[row + j]! - m);
  return Math.exp(a.data[i]! - m) / s;
}

function crossEntropyRef(logits: HostTensor, labels: HostTensor): number {
  const [rows, cols] = logits.shape as [number, number];
  let total = 0;
  for (let r = 0; r < rows; r++) {
    const target = r * cols + labels.data[r]!;
    total -= Math.log(softmaxAt(logits, cols, target));
  }
  return total / rows;
}

const CE_ROWS = 1024;
const CE_CLASSES = 1000;

export const softmaxCases: Case[] = [
  {
    name: 'softmax [1024,1024] dim -1',
    family: 'softmax',
    inputs: [{ shape: [1024, 1024], scale: 4 }],
    bytes: 8 * 1024 * 1024,
    reference: ([a], i) => softmaxAt(a!, 1024, i),
    ours: op((torch, [a]) => torch.softmax(a!, -1)),
    tfjs: op((tf, [a]) => tf.softmax(a!)),
    jax: jaxOp((jax, [a]) => jax.nn.softmax(a!, -1)),
  },
  {
    name: 'crossEntropy [1024,1000]',
    family: 'crossEntropy',
    inputs: [{ shape: [CE_ROWS, CE_CLASSES], scale: 4 }, { shape: [CE_ROWS], kind: 'labels', classes: CE_CLASSES }],
    bytes: 4 * CE_ROWS * CE_CLASSES,
    reference: ([logits, labels]) => crossEntropyRef(logits!, labels!),
    ours: (torch, [logits, labels]) => {
      const F = functional('crossEntropy');
      return { run: () => [F.crossEntropy(logits!, labels!)] };
    },
    // tfjs takes one-hot targets; building them once is setup, not part of the loss.
    tfjs: (tf, [logits, labels]) => {
      const onehot = tf.oneHot(labels! as Parameters<typeof tf.oneHot>[0], CE_CLASSES);
      return { run: () => [tf.losses.softmaxCrossEntropy(onehot, logits!)], dispose: () => onehot.dispose() };
    },
    jax: jaxOp((jax, [logits, labels]) => {
      const np = jax.numpy;
      const picked = np.takeAlongAxis(jax.nn.logSoftmax(logits!, -1), np.expandDims(labels!, -1), -1);
      return np.negative(np.mean(picked));
    }),
  },
];
