import type { Case, HostTensor } from '../case.js';
import { jaxOp, op } from '../case.js';

const R = 1024;
const C = 1024;
const N = R * C;

function colSum(a: HostTensor, j: number): number {
  let s = 0;
  for (let i = 0; i < R; i++) s += a.data[i * C + j]!;
  return s;
}

function rowSum(a: HostTensor, i: number): number {
  let s = 0;
  for (let j = 0; j < C; j++) s += a.data[i * C + j]!;
  return s;
}

export const reduceCases: Case[] = [
  {
    name: 'sum dim 0 [1024,1024]',
    family: 'reduce',
    inputs: [{ shape: [R, C] }],
    bytes: 4 * N + 4 * C,
    reference: ([a], j) => colSum(a!, j),
    ours: op((torch, [a]) => torch.sum(a!, 0)),
    tfjs: op((tf, [a]) => tf.sum(a!, 0)),
    jax: jaxOp((jax, [a]) => jax.numpy.sum(a!, 0)),
  },
  {
    name: 'sum dim 1 [1024,1024]',
    family: 'reduce',
    inputs: [{ shape: [R, C] }],
    bytes: 4 * N + 4 * R,
    reference: ([a], i) => rowSum(a!, i),
    ours: op((torch, [a]) => torch.sum(a!, 1)),
    tfjs: op((tf, [a]) => tf.sum(a!, 1)),
    jax: jaxOp((jax, [a]) => jax.numpy.sum(a!, 1)),
  },
];
