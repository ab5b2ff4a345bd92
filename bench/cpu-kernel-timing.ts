/**
 * Quick timing of the cpu kernels (not a test, not the bench suite):
 *   npx esbuild src/backend/cpu/timing.ts --bundle --platform=node --format=esm --outfile=/tmp/cpu-timing.mjs && node /tmp/cpu-timing.mjs
 */
import type { View } from '../src/backend/backend.js';
import { createCpuBackend, type CpuBuffer } from '../src/backend/cpu/cpu-backend.js';

const be = await createCpuBackend();

function filled(n: number): CpuBuffer {
  const buf = be.alloc(n * 4);
  const data = new Float32Array(n);
  for (let i = 0; i < n; i++) data[i] = Math.sin(i) * 2;
  be.write(buf, data);
  return buf;
}

function view(buffer: CpuBuffer, shape: number[], strides: number[]): View {
  return { buffer, dtype: 'float32', shape, strides, offset: 0 };
}

/** Fastest call over ~0.5 s of repetitions: the minimum is what survives a busy machine. */
function time(fn: () => void): number {
  fn();
  const t0 = performance.now();
  fn();
  const once = Math.max((performance.now() - t0) / 1000, 1e-6);
  const reps = Math.max(5, Math.min(400, Math.round(0.5 / once)));
  const samples: number[] = [];
  for (let i = 0; i < reps; i++) {
    const s = performance.now();
    fn();
    samples.push((performance.now() - s) / 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[0]!;
}

function matmul(batch: number, m: number, k: number, n: number, transB = false): void {
  const a = filled(batch * m * k);
  const b = filled(batch * k * n);
  const out = be.alloc(batch * m * n * 4);
  const av = view(a, [batch, m, k], [m * k, k, 1]);
  const bv = view(b, [batch, k, n], transB ? [k * n, 1, k] : [k * n, n, 1]);
  const s = time(() => be.matmul(out, av, bv));
  const gflops = (2 * batch * m * n * k) / s / 1e9;
  console.log(`matmul ${batch}x${m}x${k} @ ${k}x${n}${transB ? ' (B^T)' : ''}: ${(s * 1e3).toFixed(3)} ms, ${gflops.toFixed(1)} GFLOP/s`);
  be.free(a);
  be.free(b);
  be.free(out);
}

for (const size of [256, 512, 1024]) matmul(1, size, size, size);
matmul(1, 1024, 1024, 1024, true);
matmul(1, 64, 784, 128);
matmul(8, 128, 64, 128);
matmul(1, 100, 300, 37);

const n = 1 << 20;
const x = filled(n);
const y = filled(n);
const out = be.alloc(n * 4);
const flat = view(x, [n], [1]);
const addS = time(() => be.binary('add', out, [n], flat, view(y, [n], [1]), 'float32'));
console.log(`add 1M f32: ${(addS * 1e3).toFixed(3)} ms, ${((3 * 4 * n) / addS / 1e9).toFixed(1)} GB/s`);
for (const op of ['exp', 'log', 'tanh', 'sigmoid', 'erf', 'gelu', 'gelu_tanh', 'sin', 'relu'] as const) {
  const s = time(() => be.unary(op, out, flat));
  console.log(`${op} 1M f32: ${(s * 1e3).toFixed(3)} ms, ${(n / s / 1e9).toFixed(2)} Gelem/s`);
}
const sumOut = be.alloc(4);
const sumS = time(() => be.reduce('sum', sumOut, flat, 1, n, 1));
console.log(`sum 1M f32: ${(sumS * 1e3).toFixed(3)} ms, ${((4 * n) / sumS / 1e9).toFixed(1)} GB/s`);
const tS = time(() => be.copy(out, view(x, [1024, 1024], [1, 1024]), 'float32'));
console.log(`transpose-copy 1024^2: ${(tS * 1e3).toFixed(3)} ms`);
