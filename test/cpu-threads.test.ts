// Intra-op threads on the cpu device: every split kernel gives bitwise the
// same result on 1, 2 and 3 threads, and that result matches a plain JS
// (float64) reference computed here. Splitting is forced on small problems
// (minWorkPerThread = 1) so each test crosses thread boundaries.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';
import { getBackend } from '../src/device.js';
import { CpuBackend, createCpuBackend } from '../src/backend/cpu/cpu-backend.js';
import { MIN_WORK_PER_THREAD, splitRange, THREAD_KERNELS } from '../src/backend/cpu/cpu-threads.js';
import type { ThreadPool } from '../src/backend/cpu/thread-pool.js';
import { threadsUnavailable } from '../src/backend/cpu/open-kernels.js';
import { getThreadSupport, setThreadSupport } from '../src/backend/cpu/thread-support.js';
import { instantiateKernels } from '../src/backend/cpu/wasm.js';

const F = torch.nn.functional;
const COUNTS = [1, 2, 3];
let cpu: CpuBackend;
let defaultThreads = 1;

beforeAll(async () => {
  await torch.init({ webgpu: false });
  cpu = getBackend('cpu') as CpuBackend;
  defaultThreads = torch.getNumThreads();
  cpu.threads.minWorkPerThread = 1;
});

afterAll(() => {
  cpu.threads.minWorkPerThread = MIN_WORK_PER_THREAD;
  torch.setNumThreads(defaultThreads);
});

/** Deterministic values in [-1, 1) with a few exact zeros (relu/max ties). */
function values(n: number, seed: number): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = i % 17 === 0 ? 0 : (s / 2 ** 32) * 2 - 1;
  }
  return out;
}

function input(shape: number[], seed: number, requiresGrad = false): Tensor {
  return leaf(values(shape.reduce((a, b) => a * b, 1), seed), shape, requiresGrad);
}

/** A tensor of `shape` holding `data`: a leaf, so it gets a .grad when `requiresGrad`. */
function leaf(data: Float32Array, shape: number[], requiresGrad = false): Tensor {
  const t = torch.tensor(data).reshape(shape);
  return requiresGrad ? t.detach().requiresGrad_() : t;
}

/** Runs `fn` on every thread count; returns the outputs per count (all tensors read back). */
function perThreads(fn: () => Tensor[]): Float32Array[][] {
  return COUNTS.map((n) => {
    torch.setNumThreads(n);
    expect(cpu.threads.running).toBe(n);
    let read: Float32Array[] = [];
    torch.tidy(() => {
      read = fn().map((t) => new Float32Array(t.dataSync() as Float32Array));
    });
    return read;
  });
}

function expectBitwiseEqual(runs: Float32Array[][]): void {
  const [first, ...rest] = runs;
  for (const r of rest) {
    r.forEach((out, i) => {
      const a = new Uint32Array(first![i]!.buffer);
      const b = new Uint32Array(out.buffer);
      expect(b.length).toBe(a.length);
      const diff = a.findIndex((x, j) => x !== b[j]);
      expect(diff, `output ${i} differs at ${diff}`).toBe(-1);
    });
  }
}

function expectClose(got: Float32Array, want: Float64Array, tol = 1e-4): void {
  expect(got.length).toBe(want.length);
  let worst = 0;
  for (let i = 0; i < got.length; i++) worst = Math.max(worst, Math.abs(got[i]! - want[i]!) / (1 + Math.abs(want[i]!)));
  expect(worst).toBeLessThan(tol);
}

/** out[b][i][j] = sum_k A(b, i, k) B(b, k, j) with element getters. */
function refMatmul(batch: number, m: number, k: number, n: number,
  a: (b: number, i: number, p: number) => number, b: (bb: number, p: number, j: number) => number): Float64Array {
  const out = new Float64Array(batch * m * n);
  for (let bb = 0; bb < batch; bb++) {
    for (let i = 0; i < m; i++) {
      for (let j = 0; j < n; j++) {
        let s = 0;
        for (let p = 0; p < k; p++) s += a(bb, i, p) * b(bb, p, j);
        out[(bb * m + i) * n + j] = s;
      }
    }
  }
  return out;
}

describe('splitRange', () => {
  it('covers the range once, balanced, starting on the alignment', () => {
    for (const [total, parts, align] of [[10, 3, 1], [1001, 2, 4], [7, 4, 4], [64, 3, 8], [3, 5, 1]] as const) {
      const r = splitRange(total, parts, align);
      expect(r.reduce((s, x) => s + x.count, 0)).toBe(total);
      r.forEach((x, i) => {
        expect(x.start % align).toBe(0);
        if (i > 0) expect(x.start).toBe(r[i - 1]!.start + r[i - 1]!.count);
      });
      expect(r.length).toBeLessThanOrEqual(parts);
    }
    expect(splitRange(1001, 2, 4)).toEqual([{ start: 0, count: 504 }, { start: 504, count: 497 }]);
  });
});

describe('cpu threads', () => {
  it('are available in Node and reported by deviceInfo', () => {
    expect(torch.cpuThreadsUnavailableReason()).toBeUndefined();
    torch.setNumThreads(2);
    expect(torch.getNumThreads()).toBe(2);
    expect(torch.deviceInfo().find((d) => d.name === 'cpu')!.description).toContain('2 threads');
    expect(() => torch.setNumThreads(0)).toThrow(/setNumThreads/);
  });

  it('split a matmul across threads (not just run it on one)', () => {
    torch.setNumThreads(2);
    const parts: number[] = [];
    const run = cpu.threads.run.bind(cpu.threads);
    cpu.threads.run = (kernel, lists) => {
      parts.push(lists.length);
      run(kernel, lists);
    };
    try {
      torch.tidy(() => {
        input([33, 40], 1).matmul(input([40, 20], 2)).dataSync();
      });
    } finally {
      cpu.threads.run = run;
    }
    expect(parts).toContain(2);
  });

  it('run parts on a helper at the same time as the caller', () => {
    torch.setNumThreads(2);
    const pool = (cpu.threads as unknown as { pool: ThreadPool }).pool;
    const rows = 4, cols = 8;
    const src = cpu.alloc(rows * cols * 4), a = cpu.alloc(rows * cols * 4), b = cpu.alloc(rows * cols * 4);
    cpu.write(src, new Float32Array(rows * cols).fill(1));
    const softmax = THREAD_KERNELS.indexOf('softmax_f32');
    // The caller takes a part, then waits (up to 5 s) for the other part's output to appear: only a helper can write it.
    // On a loaded machine the helper may claim both parts before the caller claims one: then try again.
    let callerRan = false, helperDoneFirst = false;
    for (let attempt = 0; attempt < 10 && !callerRan; attempt++) {
      cpu.fill(a, rows * cols, 0, 'float32');
      cpu.fill(b, rows * cols, 0, 'float32');
      pool.run(softmax, [[a.ptr, src.ptr, rows, cols, 0], [b.ptr, src.ptr, rows, cols, 0]], (args) => {
        callerRan = true;
        const other = args[0] === a.ptr ? b : a;
        const deadline = Date.now() + 5000;
        while (Date.now() < deadline && !helperDoneFirst) helperDoneFirst = new Float32Array(cpu.readSync(other, 0, 4))[0] !== 0;
        (cpu as unknown as { k: { softmax_f32(...x: readonly number[]): void } }).k.softmax_f32(...args);
      });
    }
    expect(callerRan).toBe(true);
    expect(helperDoneFirst).toBe(true);
    for (const buf of [a, b]) expect(Array.from(new Float32Array(cpu.readSync(buf, 0, rows * cols * 4)))).toEqual(new Array(rows * cols).fill(1 / cols));
    for (const buf of [src, a, b]) cpu.free(buf);
  });

  const matmuls: [string, number, number, number, number][] = [
    ['odd M', 1, 37, 53, 29],
    ['wide N', 1, 12, 64, 200],
    ['batched', 3, 17, 33, 19],
    ['batched, batch > threads', 8, 9, 10, 11],
  ];
  for (const [label, batch, m, k, n] of matmuls) {
    it(`matmul ${label} [${batch}, ${m}, ${k}] @ [${batch}, ${k}, ${n}]`, () => {
      const av = values(batch * m * k, 3), bv = values(batch * k * n, 4);
      const runs = perThreads(() => [
        torch.tensor(av).reshape([batch, m, k]).matmul(torch.tensor(bv).reshape([batch, k, n])),
      ]);
      expectBitwiseEqual(runs);
      const want = refMatmul(batch, m, k, n, (b, i, p) => av[(b * m + i) * k + p]!, (b, p, j) => bv[(b * k + p) * n + j]!);
      expectClose(runs[0]![0]!, want);
    });
  }

  it('matmul of transposed views (column-major A, row-contiguous Bᵀ: the dot-product path)', () => {
    const [m, k, n] = [21, 70, 45];
    const av = values(k * m, 5), bv = values(n * k, 6);
    const runs = perThreads(() => [
      torch.tensor(av).reshape([k, m]).t().matmul(torch.tensor(bv).reshape([n, k]).t()),
      torch.tensor(values(16 * 100, 7)).reshape([16, 100]).matmul(torch.tensor(values(150 * 100, 8)).reshape([150, 100]).t()),
    ]);
    expectBitwiseEqual(runs);
    expectClose(runs[0]![0]!, refMatmul(1, m, k, n, (_, i, p) => av[p * m + i]!, (_, p, j) => bv[j * k + p]!));
  });

  it('the gradient of a weight broadcast over a batch (summed batch product)', () => {
    const [batch, m, k, n] = [6, 13, 24, 36];
    const xv = values(batch * m * k, 9), gv = values(batch * m * n, 10);
    const runs = perThreads(() => {
      const w = input([k, n], 11, true);
      const y = torch.tensor(xv).reshape([batch, m, k]).matmul(w);
      y.backward(torch.tensor(gv).reshape([batch, m, n]));
      return [w.grad!];
    });
    expectBitwiseEqual(runs);
    // dW = Σ_b x[b]ᵀ g[b]
    const want = new Float64Array(k * n);
    for (let b = 0; b < batch; b++) for (let i = 0; i < m; i++) for (let p = 0; p < k; p++) for (let j = 0; j < n; j++) {
      want[p * n + j] += xv[(b * m + i) * k + p]! * gv[(b * m + i) * n + j]!;
    }
    expectClose(runs[0]![0]!, want);
  });

  /** Reference conv forward (stride s, padding p) and the gradients of Σ y·gy. */
  function refConv(x: Float32Array, w: Float32Array, gy: Float32Array, [N, C, H, W]: number[], [O, , KH, KW]: number[], s: number, p: number) {
    const OH = Math.floor((H + 2 * p - KH) / s) + 1, OW = Math.floor((W + 2 * p - KW) / s) + 1;
    const y = new Float64Array(N * O * OH * OW), dx = new Float64Array(x.length), dw = new Float64Array(w.length);
    for (let n = 0; n < N; n++) for (let o = 0; o < O; o++) for (let oh = 0; oh < OH; oh++) for (let ow = 0; ow < OW; ow++) {
      const yi = ((n * O + o) * OH + oh) * OW + ow;
      for (let c = 0; c < C; c++) for (let i = 0; i < KH; i++) for (let j = 0; j < KW; j++) {
        const ih = oh * s - p + i, iw = ow * s - p + j;
        if (ih < 0 || ih >= H || iw < 0 || iw >= W) continue;
        const xi = ((n * C + c) * H + ih) * W + iw, wi = ((o * C + c) * KH + i) * KW + j;
        y[yi] += x[xi]! * w[wi]!;
        dx[xi] += gy[yi]! * w[wi]!;
        dw[wi] += gy[yi]! * x[xi]!;
      }
    }
    return { y, dx, dw, OH, OW };
  }

  const convs: [string, number[], number[], number, number][] = [
    ['LeNet conv1 (direct kernel)', [5, 1, 12, 12], [6, 1, 5, 5], 1, 2],
    ['LeNet conv2 (direct kernel)', [4, 6, 9, 9], [16, 6, 5, 5], 1, 0],
    ['direct, 3->5 channels, 3x5 kernel, padding 1, batch 11', [11, 3, 7, 9], [5, 3, 3, 5], 1, 1],
    ['direct, 6->7 channels, padding k-1, batch 16', [16, 6, 6, 7], [7, 6, 5, 5], 1, 4],
    ['ResNet 3x3 (im2col + GEMM)', [3, 32, 7, 7], [16, 32, 3, 3], 1, 1],
    ['ResNet 3x3 stride 2', [5, 8, 9, 9], [12, 8, 3, 3], 2, 1],
  ];
  for (const [label, xs, ws, stride, padding] of convs) {
    it(`conv2d forward and backward: ${label}`, () => {
      const xv = values(xs.reduce((a, b) => a * b), 12), wv = values(ws.reduce((a, b) => a * b), 13);
      const ref0 = refConv(xv, wv, new Float32Array(0), xs, ws, stride, padding);
      const gv = values(ref0.y.length, 14);
      const runs = perThreads(() => {
        const x = leaf(xv, xs, true);
        const w = leaf(wv, ws, true);
        const y = F.conv2d(x, w, null, { stride, padding });
        y.backward(torch.tensor(gv).reshape(y.shape));
        return [y, x.grad!, w.grad!];
      });
      expectBitwiseEqual(runs);
      const ref = refConv(xv, wv, gv, xs, ws, stride, padding);
      expectClose(runs[0]![0]!, ref.y);
      expectClose(runs[0]![1]!, ref.dx);
      expectClose(runs[0]![2]!, ref.dw);
    });
  }

  // The direct weight gradient packs split over 8-image blocks, then sums split over
  // (4 output channels, 2 taps) units: LeNet's shapes at a batch off a multiple of 8
  // (a block with empty lanes), outC 6 (a half-empty channel block), 25 and 150 taps (odd).
  const weightGrads: [string, number[], number[], number][] = [
    ['LeNet conv1, batch 13', [13, 1, 28, 28], [6, 1, 5, 5], 2],
    ['LeNet conv2, batch 13', [13, 6, 14, 14], [16, 6, 5, 5], 0],
  ];
  for (const [label, xs, ws, padding] of weightGrads) {
    it(`conv2d weight gradient (direct kernel): ${label}`, () => {
      const xv = values(xs.reduce((a, b) => a * b), 32), wv = values(ws.reduce((a, b) => a * b), 33);
      const ref0 = refConv(xv, wv, new Float32Array(0), xs, ws, 1, padding);
      const gv = values(ref0.y.length, 34);
      const spy = vi.spyOn(cpu, 'conv2dWeightGrad');
      let runs: Float32Array[][] = [];
      try {
        runs = perThreads(() => {
          const w = leaf(wv, ws, true);
          const y = F.conv2d(leaf(xv, xs), w, null, { padding });
          y.backward(torch.tensor(gv).reshape(y.shape));
          return [w.grad!];
        });
        expect(spy.mock.results.map((r) => r.value), 'the direct kernel took the weight gradient').toEqual(COUNTS.map(() => true));
      } finally {
        spy.mockRestore();
      }
      expectBitwiseEqual(runs);
      expectClose(runs[0]![0]!, refConv(xv, wv, gv, xs, ws, 1, padding).dw);
    });
  }

  // Weight frozen: the direct forward kernels (batched over 8 images, or along
  // rows for small batches) and the direct input gradient; odd sizes, channel
  // counts off multiples of 4, non-square kernels, padding up to k - 1, batch tails.
  const frozen: [string, number[], number[], number][] = [
    ['batched, 3->5 channels, 3x5 kernel, padding 1, batch 20 (tail)', [20, 3, 7, 9], [5, 3, 3, 5], 1],
    ['batched, LeNet conv1 shape, padding 2', [24, 1, 12, 12], [6, 1, 5, 5], 2],
    ['batched, LeNet conv2 shape, padding k-1', [16, 6, 6, 7], [16, 6, 5, 5], 4],
    ['batched, 1 output channel, 2x2 kernel', [8, 3, 5, 6], [1, 3, 2, 2], 0],
    ['batched, 1 output channel, 3x5 kernel, padding 1 (four columns a step)', [8, 3, 7, 9], [1, 3, 3, 5], 1],
    ['along rows (batch 3), composed input gradient', [3, 2, 6, 11], [6, 2, 3, 3], 1],
    // one input channel: the batched kernel's one-channel steps (batch 9 fills too few of its lanes)
    ['one input channel, LeNet conv1 at batch 64', [64, 1, 28, 28], [6, 1, 5, 5], 2],
    ['one input channel, batch 15 (tail), width 11 (row tail), 3x5 kernel', [15, 1, 9, 11], [4, 1, 3, 5], 1],
    ['one input channel, batch 7, 3x3 kernel, padding 2', [7, 1, 6, 10], [5, 1, 3, 3], 2],
    ['one input channel, batch 9 (column path)', [9, 1, 12, 12], [6, 1, 5, 5], 2],
    // input channels past a multiple of 4: a last block of one or two runs two channels x two columns a step, of three four channels
    ['6 input channels, LeNet conv2 at batch 64', [64, 6, 14, 14], [16, 6, 5, 5], 0],
    ['6 input channels, batch 15 (tail), width 11 (odd: a column alone), padding 2', [15, 6, 9, 11], [16, 6, 5, 5], 2],
    ['5 input channels, batch 16, 3x5 kernel, padding 1', [16, 5, 7, 9], [8, 5, 3, 5], 1],
    ['7 input channels, batch 15 (tail), padding 0', [15, 7, 8, 7], [4, 7, 3, 3], 0],
    ['2 input channels, batch 8, width 5, 3x5 kernel, padding 2', [8, 2, 6, 5], [3, 2, 3, 5], 2],
  ];
  for (const [label, xs, ws, padding] of frozen) {
    it(`conv2d with a frozen weight, forward and input gradient: ${label}`, () => {
      const xv = values(xs.reduce((a, b) => a * b), 22), wv = values(ws.reduce((a, b) => a * b), 23);
      const ref0 = refConv(xv, wv, new Float32Array(0), xs, ws, 1, padding);
      const gv = values(ref0.y.length, 24);
      const runs = perThreads(() => {
        const x = leaf(xv, xs, true);
        const w = leaf(wv, ws, false);
        const y = F.conv2d(x, w, null, { padding });
        y.backward(torch.tensor(gv).reshape(y.shape));
        return [y, x.grad!];
      });
      expectBitwiseEqual(runs);
      const ref = refConv(xv, wv, gv, xs, ws, 1, padding);
      expectClose(runs[0]![0]!, ref.y);
      expectClose(runs[0]![1]!, ref.dx);
    });
  }

  // Central differences of L(x) = Σ conv2d(x, w) · gy: L is linear in x and
  // only the outputs a pixel reaches change, so the float32 error is tiny.
  const fdCases: [number[], number[], number][] = [
    [[64, 1, 28, 28], [6, 1, 5, 5], 2], [[15, 1, 9, 11], [4, 1, 3, 5], 1],
    [[64, 6, 14, 14], [16, 6, 5, 5], 0], [[15, 5, 9, 11], [3, 5, 3, 5], 1],
  ];
  for (const [xs, ws, padding] of fdCases) {
    it(`conv2d input gradient matches finite differences: [${xs.join(', ')}], padding ${padding}`, () => {
      const [N, C, H, W] = xs as [number, number, number, number];
      const [O, , KH, KW] = ws as [number, number, number, number];
      const xv = values(N * C * H * W, 25), wv = values(O * C * KH * KW, 26);
      const gy = values(N * O * (H + 2 * padding - KH + 1) * (W + 2 * padding - KW + 1), 27);
      const loss = (data: Float32Array): number => {
        let sum = 0;
        torch.tidy(() => {
          const y = F.conv2d(leaf(data, xs), leaf(wv, ws), null, { padding }).dataSync() as Float32Array;
          y.forEach((v, i) => { sum += v * gy[i]!; });
        });
        return sum;
      };
      const spy = vi.spyOn(cpu, 'conv2dInputGrad');
      let grad = new Float32Array(0);
      try {
        torch.tidy(() => {
          const x = leaf(xv, xs, true);
          const y = F.conv2d(x, leaf(wv, ws), null, { padding });
          y.backward(torch.tensor(gy).reshape(y.shape));
          grad = new Float32Array(x.grad!.dataSync() as Float32Array);
        });
        expect(spy.mock.results.map((r) => r.value), 'the direct kernel took the input gradient').toEqual([true]);
      } finally {
        spy.mockRestore();
      }
      const h = 1e-2;
      // corners and edges (windows reaching into the padding), inner pixels in each of a step's four columns,
      // the last image, the first and last channel (the last in a partial block when C is not a multiple of 4);
      // columns 1 and 3: a step's second column, whose window row starts one tap left of the first's
      const last = C - 1;
      const pixels = [[0, 0, 0, 0], [0, last, 0, W - 1], [1, last, H - 1, 0], [N - 1, last, H - 1, W - 1],
        [N - 1, 0, H >> 1, 4], [N - 2, last, 2, 5], [N >> 1, last, 1, 6], [N - 1, 0, 2, 7], [1, last, H - 2, 1], [N - 1, last, 3, 3]];
      for (const [n, c, r, col] of pixels) {
        const k = ((n! * C + c!) * H + r!) * W + col!;
        const plus = new Float32Array(xv), minus = new Float32Array(xv);
        plus[k] = xv[k]! + h;
        minus[k] = xv[k]! - h;
        const fd = (loss(plus) - loss(minus)) / (plus[k]! - minus[k]!);
        expect(Math.abs(grad[k]! - fd), `pixel [${n}, ${c}, ${r}, ${col}]`).toBeLessThan(1e-3 * (1 + Math.abs(fd)));
      }
    });
  }

  it('max / average pooling forward and backward', () => {
    const shape = [5, 3, 8, 8];
    const xv = values(5 * 3 * 64, 15);
    const runs = perThreads(() => {
      const x = leaf(xv, shape, true);
      const y = F.maxPool2d(x, 2).add(F.avgPool2d(x, 3, { stride: 1, padding: 1 }).sum());
      y.sum().backward();
      return [F.maxPool2d(x, 2), F.avgPool2d(x, 3, { stride: 1, padding: 1 }), x.grad!];
    });
    expectBitwiseEqual(runs);
    const want = new Float64Array(5 * 3 * 16);
    for (let p = 0; p < 15; p++) for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      let m = -Infinity;
      for (let a = 0; a < 2; a++) for (let b = 0; b < 2; b++) m = Math.max(m, xv[p * 64 + (2 * i + a) * 8 + 2 * j + b]!);
      want[p * 16 + i * 4 + j] = m;
    }
    expectClose(runs[0]![0]!, want);
  });

  it('softmax, sums and elementwise ops (broadcast, odd rank-1 length, scalars, where, clamp)', () => {
    const rows = 37, cols = 29, n = 1001;
    const sv = values(rows * cols, 16), ev = values(n, 17), bv = values(cols, 18);
    const runs = perThreads(() => {
      const s = torch.tensor(sv).reshape([rows, cols]);
      const e = torch.tensor(ev);
      return [
        s.softmax(-1), s.sum(1), s.add(torch.tensor(bv)), e.exp(), e.mul(3).sub(1),
        torch.where(e.gt(0), e, torch.tensor(2)), e.clamp(-0.5, 0.25), s.t().contiguous(),
      ];
    });
    expectBitwiseEqual(runs);
    const [soft, sums, added, exps] = runs[0]!;
    const wantSoft = new Float64Array(rows * cols), wantSum = new Float64Array(rows), wantAdd = new Float64Array(rows * cols);
    for (let r = 0; r < rows; r++) {
      let mx = -Infinity, z = 0;
      for (let c = 0; c < cols; c++) mx = Math.max(mx, sv[r * cols + c]!);
      for (let c = 0; c < cols; c++) z += Math.exp(sv[r * cols + c]! - mx);
      for (let c = 0; c < cols; c++) {
        wantSoft[r * cols + c] = Math.exp(sv[r * cols + c]! - mx) / z;
        wantSum[r] += sv[r * cols + c]!;
        wantAdd[r * cols + c] = sv[r * cols + c]! + bv[c]!;
      }
    }
    expectClose(soft!, wantSoft);
    expectClose(sums!, wantSum);
    expectClose(added!, wantAdd);
    expectClose(exps!, Float64Array.from(ev, Math.exp));
  });

  it('reductions over dim 0 split by bands of columns (sum, max, argmax; a band of 1 column at the end)', () => {
    // 9 and 37 columns: bands of 4 leave a last band of 1; one outer row, so the split is by columns.
    // One thread sums 37 columns 16 at a time, narrower bands 4 at a time: bitwise equal means both
    // paths add in the same order (600 rows: across three blocks of 256, where the compensation first counts).
    for (const [rows, cols] of [[23, 9], [50, 37], [600, 37]] as const) {
      const v = values(rows * cols, 40 + cols);
      const spy = vi.spyOn(cpu.threads, 'run');
      let runs: Float32Array[][] = [];
      try {
        runs = perThreads(() => {
          const t = torch.tensor(v).reshape([rows, cols]);
          return [t.sum(0), t.max(0).values, t.argmax(0).float()];
        });
        const split = spy.mock.calls.filter(([k, parts]) => k === 'reduce_f32' && parts.length > 1);
        expect(split.length, 'a reduction ran in more than one band').toBeGreaterThan(0);
      } finally {
        spy.mockRestore();
      }
      expectBitwiseEqual(runs);
      const [sums, maxes, args] = runs[0]!;
      const wantSum = new Float64Array(cols), wantMax = new Float64Array(cols).fill(-Infinity), wantArg = new Float64Array(cols);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const x = v[r * cols + c]!;
          wantSum[c] += x;
          if (x > wantMax[c]!) { wantMax[c] = x; wantArg[c] = r; }
        }
      }
      expectClose(sums!, wantSum);
      expect(Array.from(maxes!)).toEqual(Array.from(wantMax, Math.fround));
      expect(Array.from(args!)).toEqual(Array.from(wantArg));
    }
  });

  it('a LeNet training step gives bitwise the same parameters on 1 and 2 threads', async () => {
    const params: Float32Array[][] = [];
    for (const n of [1, 2]) {
      torch.setNumThreads(n);
      torch.manualSeed(0);
      const net = new torch.models.LeNet();
      const opt = new torch.optim.SGD(net.parameters(), { lr: 0.05, momentum: 0.9 });
      const x = input([16, 1, 28, 28], 19);
      const labels = torch.tensor(Int32Array.from({ length: 16 }, (_, i) => (i * 7) % 10));
      for (let step = 0; step < 2; step++) {
        torch.tidy(() => {
          opt.zeroGrad();
          torch.nn.functional.crossEntropy(net.forward(x), labels).backward();
        });
        await opt.step();
      }
      params.push([...net.parameters()].map((p) => new Float32Array(p.dataSync() as Float32Array)));
    }
    expectBitwiseEqual(params.map((p) => p));
    // The step did change the weights (a no-op would compare equal too).
    torch.manualSeed(0);
    const fresh = [...new torch.models.LeNet().parameters()][0]!.dataSync();
    expect(Array.from(params[0]![0]!)).not.toEqual(Array.from(fresh));
  });
});

describe('one-thread fallback', () => {
  it('names cross-origin isolation when shared memory is missing', () => {
    expect(threadsUnavailable({ SharedArrayBuffer: undefined, crossOriginIsolated: false, Atomics })).toMatch(/cross-origin isolated/);
    expect(threadsUnavailable({ SharedArrayBuffer, crossOriginIsolated: false, Atomics })).toMatch(/Cross-Origin-Embedder-Policy/);
    expect(threadsUnavailable({ SharedArrayBuffer, crossOriginIsolated: true, Atomics })).toBeUndefined();
  });

  it('runs on one thread and says why without worker threads', async () => {
    const support = getThreadSupport();
    setThreadSupport(undefined);
    try {
      const b = await createCpuBackend();
      expect(b.threads.numThreads).toBe(1);
      expect(b.threads.unavailableReason).toMatch(/no worker threads/);
      expect(b.describe()).toMatch(/1 thread \(no worker threads/);
      b.destroy();
    } finally {
      setThreadSupport(support);
    }
    const plain = new CpuBackend(await instantiateKernels());
    expect(plain.threads.numThreads).toBe(1);
    plain.threads.setNumThreads(4);
    expect(plain.threads.running).toBe(1);
    plain.destroy();
  });
});
