import type { Case, HostTensor, TfTensor, TfTensor4D } from '../case.js';
import { functional } from '../ours.js';

function maxPoolAt(x: HostTensor, i: number): number {
  const [n, c, h, w] = x.shape as [number, number, number, number];
  const oh = h >> 1;
  const ow = w >> 1;
  const ox = i % ow;
  const oy = Math.floor(i / ow) % oh;
  const plane = Math.floor(i / (ow * oh));
  void n; void c;
  let m = -Infinity;
  for (let dy = 0; dy < 2; dy++) for (let dx = 0; dx < 2; dx++) m = Math.max(m, x.data[(plane * h + 2 * oy + dy) * w + 2 * ox + dx]!);
  return m;
}

type T4 = TfTensor4D;

function poolCase(label: string, shape: [number, number, number, number]): Case {
  const inElems = shape.reduce((a, b) => a * b, 1);
  return {
    name: `maxPool2d 2x2 ${label}`,
    family: 'pool',
    inputs: [{ shape }],
    bytes: 4 * inElems * 1.25,
    reference: ([x], i) => maxPoolAt(x!, i),
    ours: (torch, [x]) => {
      const F = functional('maxPool2d');
      return { run: () => [F.maxPool2d(x!, 2)] };
    },
    tfjs: (tf, [x]) => {
      const xt = tf.transpose(x!, [0, 2, 3, 1]) as T4;
      return {
        run: () => [tf.maxPool(xt, 2, 2, 'valid')],
        toOurLayout: ([y]) => [tf.transpose(y as TfTensor, [0, 3, 1, 2])],
        dispose: () => xt.dispose(),
      };
    },
    jax: 'jax-js has no pooling op (only lax.reduceWindow, not used here)',
  };
}

export const poolCases: Case[] = [
  poolCase('[64,6,28,28] (LeNet pool1)', [64, 6, 28, 28]),
  poolCase('[8,64,56,56]', [8, 64, 56, 56]),
];
