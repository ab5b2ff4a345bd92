import type { Case, JaxArray, TfTensor } from '../case.js';
import { jaxOp, op } from '../case.js';

// 1M floats: large enough to leave the caches on this machine, so GB/s
// measures memory traffic (bytes = inputs read + output written).
const R = 1024;
const C = 1024;
const N = R * C;

export const elementwiseCases: Case[] = [
  {
    name: 'relu 1M',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }],
    bytes: 8 * N,
    reference: ([a], i) => Math.max(0, a!.data[i]!),
    ours: op((torch, [a]) => torch.relu(a!)),
    tfjs: op((tf, [a]) => tf.relu(a!)),
    jax: jaxOp((jax, [a]) => jax.nn.relu(a!)),
  },
  {
    // Forward and relu's gradient (the backend's relu_backward): reads x, writes y; reads g and y, writes dx.
    name: 'relu fwd+bwd 1M',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }, { shape: [R, C] }],
    bytes: 20 * N,
    reference: ([a, g], i) => (a!.data[i]! > 0 ? g!.data[i]! : 0),
    ours: (torch, [a, g]) => ({
      run: () => {
        const leaf = a!.detach().requiresGrad_();
        torch.relu(leaf).backward(g!);
        const dx = leaf.grad!;
        leaf.grad = null;
        return [dx];
      },
    }),
    tfjs: (tf, [a, g]) => {
      const grad = tf.grad((x: TfTensor) => tf.relu(x));
      return { run: () => [grad(a!, g!)] };
    },
    jax: jaxOp((jax, [a, g]) => jax.grad((x: JaxArray) => jax.numpy.sum(jax.numpy.multiply(jax.nn.relu(x), g!)))(a!)),
  },
  {
    name: 'exp 1M',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }],
    bytes: 8 * N,
    reference: ([a], i) => Math.exp(a!.data[i]!),
    ours: op((torch, [a]) => torch.exp(a!)),
    tfjs: op((tf, [a]) => tf.exp(a!)),
    jax: jaxOp((jax, [a]) => jax.numpy.exp(a!)),
  },
  {
    name: 'add 1M',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }, { shape: [R, C] }],
    bytes: 12 * N,
    reference: ([a, b], i) => a!.data[i]! + b!.data[i]!,
    ours: op((torch, [a, b]) => torch.add(a!, b!)),
    tfjs: op((tf, [a, b]) => tf.add(a!, b!)),
    jax: jaxOp((jax, [a, b]) => jax.numpy.add(a!, b!)),
  },
  {
    // 256 floats: the op's fixed cost (dispatch, bookkeeping, a WebGPU bind
    // group and submit share) sets the time, not memory; no rate is reported.
    // NOTE: tfjs-webgpu runs an op whose inputs are all under 1000 elements and
    // not yet on the GPU on its CPU backend (WEBGPU_CPU_HANDOFF_SIZE_THRESHOLD),
    // so its figure here is a CPU add, not a dispatch.
    name: 'add 256 (per-op overhead)',
    family: 'elementwise',
    inputs: [{ shape: [256] }, { shape: [256] }],
    reference: ([a, b], i) => a!.data[i]! + b!.data[i]!,
    ours: op((torch, [a, b]) => torch.add(a!, b!)),
    tfjs: op((tf, [a, b]) => tf.add(a!, b!)),
    jax: jaxOp((jax, [a, b]) => jax.numpy.add(a!, b!)),
  },
  {
    name: 'add row-bcast [1024,1024]+[1024]',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }, { shape: [C] }],
    bytes: 8 * N + 4 * C,
    reference: ([a, b], i) => a!.data[i]! + b!.data[i % C]!,
    ours: op((torch, [a, b]) => torch.add(a!, b!)),
    tfjs: op((tf, [a, b]) => tf.add(a!, b!)),
    jax: jaxOp((jax, [a, b]) => jax.numpy.add(a!, b!)),
  },
  {
    name: 'mul col-bcast [1024,1024]*[1024,1]',
    family: 'elementwise',
    inputs: [{ shape: [R, C] }, { shape: [R, 1] }],
    bytes: 8 * N + 4 * R,
    reference: ([a, b], i) => a!.data[i]! * b!.data[Math.floor(i / C)]!,
    ours: op((torch, [a, b]) => torch.mul(a!, b!)),
    tfjs: op((tf, [a, b]) => tf.mul(a!, b!)),
    jax: jaxOp((jax, [a, b]) => jax.numpy.multiply(a!, b!)),
  },
];
