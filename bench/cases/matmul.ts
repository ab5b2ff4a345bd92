import type { Case, HostTensor } from '../case.js';
import { jaxOp, op } from '../case.js';

/** Reference out[b, i, j] for row-major a [B, M, K] and b [B, K, N]. */
function matmulAt(a: HostTensor, b: HostTensor, m: number, k: number, n: number, idx: number): number {
  const batch = Math.floor(idx / (m * n));
  const i = Math.floor(idx / n) % m;
  const j = idx % n;
  let s = 0;
  for (let p = 0; p < k; p++) s += a.data[batch * m * k + i * k + p]! * b.data[batch * k * n + p * n + j]!;
  return s;
}

function matmulCase(name: string, batch: number, m: number, k: number, n: number): Case {
  const batched = batch > 1;
  return {
    name,
    family: 'matmul',
    inputs: batched ? [{ shape: [batch, m, k] }, { shape: [batch, k, n] }] : [{ shape: [m, k] }, { shape: [k, n] }],
    flops: 2 * batch * m * k * n,
    reference: ([a, b], i) => matmulAt(a!, b!, m, k, n, i),
    ours: op((torch, [a, b]) => torch.matmul(a!, b!)),
    tfjs: op((tf, [a, b]) => tf.matMul(a!, b!)),
    jax: jaxOp((jax, [a, b]) => jax.numpy.matmul(a!, b!)),
  };
}

export const matmulCases: Case[] = [
  ...[64, 128, 256, 512, 1024].map((s) => matmulCase(`matmul ${s}x${s}`, 1, s, s, s)),
  matmulCase('matmul MLP 64x784@784x128', 1, 64, 784, 128),
  matmulCase('bmm 8x128x64@64x128', 8, 128, 64, 128),
];
