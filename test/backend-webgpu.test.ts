import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create, globals } from 'webgpu';
import type { BackendBuffer, BinaryOp, Conv2dGeometry, DType, ReduceOp, UnaryOp, View } from '../src/backend/backend.js';
import { preprocess } from '../src/backend/webgpu/preprocess.js';
import { sizeClass } from '../src/backend/webgpu/buffers.js';
import { collapseDims } from '../src/backend/layout.js';
import { SHADER_SOURCES } from '../src/backend/webgpu/shaders.gen.js';
import { openWebGPUBackends, type WebGPUBackend } from '../src/backend/webgpu/webgpu-backend.js';
import { matmul, type MatmulKernel } from '../src/backend/webgpu/kernels/matmul.js';

// ---------------------------------------------------------------- setup

Object.assign(globalThis, globals);
let gpu: GPU | null = create([]);
const hasAdapter = (await gpu.requestAdapter().catch(() => null)) !== null;
if (!hasAdapter && process.env.WEBTORCH_REQUIRE_WEBGPU === '1') {
  throw new Error('WEBTORCH_REQUIRE_WEBGPU=1 but no WebGPU adapter was found (set VK_ICD_FILENAMES to a Vulkan driver)');
}

let be: WebGPUBackend;
/** A second backend that folds dispatches of more than 16 workgroups into a 2-D grid. */
let folded: WebGPUBackend;
const extra: WebGPUBackend[] = [];

beforeAll(async () => {
  if (!hasAdapter || !gpu) return;
  [be] = await openWebGPUBackends(gpu, { devices: 1 });
  [folded] = await openWebGPUBackends(gpu, { devices: 1, firstIndex: 1, maxWorkgroupsPerDimension: 16 });
});

afterAll(() => {
  be?.destroy();
  folded?.destroy();
  for (const b of extra) b.destroy();
  // NOTE: Node does not exit while the `webgpu` instance is referenced.
  gpu = null;
});

// ---------------------------------------------------------------- helpers

function upload(b: WebGPUBackend, data: readonly number[], dtype: DType = 'float32'): BackendBuffer {
  const buf = b.alloc(data.length * 4);
  const arr = dtype === 'float32' ? new Float32Array(data) : new Int32Array(data);
  b.write(buf, arr);
  return buf;
}

function contiguous(shape: readonly number[]): number[] {
  const s: number[] = [];
  let acc = 1;
  for (let d = shape.length - 1; d >= 0; d--) {
    s[d] = acc;
    acc *= shape[d]!;
  }
  return s;
}

function view(buffer: BackendBuffer, shape: number[], dtype: DType = 'float32', strides?: number[], offset = 0): View {
  return { buffer, dtype, shape, strides: strides ?? contiguous(shape), offset };
}

async function readF32(b: WebGPUBackend, buf: BackendBuffer, n: number): Promise<number[]> {
  return [...new Float32Array(await b.read(buf, 0, n * 4))];
}

async function readI32(b: WebGPUBackend, buf: BackendBuffer, n: number): Promise<number[]> {
  return [...new Int32Array(await b.read(buf, 0, n * 4))];
}

/** Elements of a strided view in row-major order, computed with plain loops. */
function gatherView(data: readonly number[], shape: readonly number[], strides: readonly number[], offset: number): number[] {
  const n = shape.reduce((a, b) => a * b, 1);
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    let rem = i;
    let idx = offset;
    for (let d = shape.length - 1; d >= 0; d--) {
      idx += (rem % shape[d]!) * strides[d]!;
      rem = Math.floor(rem / shape[d]!);
    }
    out.push(data[idx]!);
  }
  return out;
}

function expectClose(actual: readonly number[], expected: readonly number[], tol = 1e-5, what = ''): void {
  expect(actual.length, what).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(e)) {
      expect(Number.isNaN(a), `${what}[${i}]: expected NaN, got ${a}`).toBe(true);
    } else if (!Number.isFinite(e)) {
      expect(a, `${what}[${i}]`).toBe(e);
    } else {
      const err = Math.abs(a - e);
      if (Number.isNaN(err) || err > tol * Math.max(1, Math.abs(e))) {
        throw new Error(`${what}[${i}]: got ${a}, expected ${e} (|diff| ${err})`);
      }
    }
  }
}

/** erf to ~1e-12 for the reference: Taylor series below 3, 1 - asymptotic-free continued fraction above. */
function erfRef(x: number): number {
  const z = Math.abs(x);
  if (z > 6) return Math.sign(x);
  let sum = 0;
  let term = z;
  for (let n = 0; n < 200; n++) {
    sum += term / (2 * n + 1);
    term *= (-z * z) / (n + 1);
    if (Math.abs(term) < 1e-17) break;
  }
  return Math.sign(x) * Math.min(1, (2 / Math.sqrt(Math.PI)) * sum);
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : r;
}

const f32 = Math.fround;

// A deterministic pseudo-random source so failures reproduce.
function rand(n: number, seed = 1, lo = -3, hi = 3): number[] {
  let s = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    out.push(f32(lo + ((s % 100000) / 100000) * (hi - lo)));
  }
  return out;
}

// ---------------------------------------------------------------- pure helpers (no GPU)

describe('[webgpu] preprocessor', () => {
  const sources = {
    main: '#include "inc"\n#if A\na={{V}}\n#else\nnot-a\n#endif\n#if !B\nnot-b\n#endif\n{{D}}',
    inc: '#define D from-inc\n#include "inc"\ninc-line',
    bad: '#if A\nx',
  };

  it('includes once, branches on defines and fills slots', () => {
    expect(preprocess('main', { sources, defines: { A: true, V: 3 } }).split('\n')).toEqual(['inc-line', 'a=3', 'not-b', 'from-inc']);
    expect(preprocess('main', { sources, defines: { A: 0, B: 1, V: 3, D: 'ts-wins' } }).split('\n')).toEqual(['inc-line', 'not-a', 'ts-wins']);
  });

  it('nests #if inside a dead branch without reviving it', () => {
    const src = { s: '#if A\n#if B\nab\n#else\na-not-b\n#endif\n#else\nnot-a\n#endif' };
    expect(preprocess('s', { sources: src, defines: { A: false, B: false } })).toBe('not-a');
    expect(preprocess('s', { sources: src, defines: { A: true, B: false } })).toBe('a-not-b');
  });

  it('repeats #for bodies per value, nested and with #if inside', () => {
    const src = {
      s: '#for I in 0..N\n#for J in 1..3\nv{{I}}_{{J}}\n#endfor\n#if A\na{{I}}\n#endif\n#endfor\nafter',
      dead: '#if A\n#for I in 0..2\nx{{I}}\n#endfor\n#endif\nend',
      unclosed: '#for I in 0..2\nx', stray: '#endfor', badBound: '#for I in 0..B\n#endfor',
    };
    expect(preprocess('s', { sources: src, defines: { N: 2, A: true } }).split('\n')).toEqual(['v0_1', 'v0_2', 'a0', 'v1_1', 'v1_2', 'a1', 'after']);
    expect(preprocess('s', { sources: src, defines: { N: 0 } })).toBe('after');
    expect(preprocess('dead', { sources: src, defines: { A: false } })).toBe('end');
    expect(() => preprocess('unclosed', { sources: src })).toThrow(/unclosed\.wgsl:1: #for without #endfor/);
    expect(() => preprocess('stray', { sources: src })).toThrow(/stray\.wgsl:1: #endfor without #for/);
    expect(() => preprocess('badBound', { sources: src, defines: { B: true } })).toThrow(/#for bound "B" is not an integer/);
  });

  it('fills slots in an #if name, so a #for body tests a define per value', () => {
    const src = {
      s: '#for K in 0..3\n#if X{{K}}_ON\non{{K}}\n#else\noff{{K}}\n#endif\n#if !X{{K}}_ON\nnot{{K}}\n#endif\n#endfor',
      dead: '#if A\n#if X{{MISSING}}\nx\n#endif\n#endif\nend',
      bad: '#if X{{K}}-\n#endif',
    };
    expect(preprocess('s', { sources: src, defines: { X0_ON: true, X2_ON: 1 } }).split('\n')).toEqual(['on0', 'off1', 'not1', 'on2']);
    // A dead branch's #if is not evaluated: its slots need no value.
    expect(preprocess('dead', { sources: src, defines: { A: false } })).toBe('end');
    expect(() => preprocess('bad', { sources: src, defines: { K: 1 } })).toThrow(/bad\.wgsl:1: bad #if condition "X\{\{K\}\}-"/);
  });

  it('reports missing slots, files and #endif clearly', () => {
    expect(() => preprocess('main', { sources, defines: { A: 1 } })).toThrow(/main\.wgsl:3: no value for \{\{V\}\}/);
    expect(() => preprocess('nope', { sources })).toThrow(/shader "nope" not found/);
    expect(() => preprocess('bad', { sources })).toThrow(/missing #endif/);
  });

  it('every embedded shader has its includes', () => {
    expect(Object.keys(SHADER_SOURCES)).toEqual(expect.arrayContaining(['elementwise', 'reduce', 'matmul', 'conv', 'pool', 'index', 'scatter', 'softmax']));
    expect(preprocess('softmax', { sources: SHADER_SOURCES, defines: { LOG: 1, WG: 64 } })).toContain('fn linear_workgroup');
  });

  it('size classes round up by at most a quarter', () => {
    expect(sizeClass(1)).toBe(256);
    expect(sizeClass(257)).toBe(320);
    expect(sizeClass(1024)).toBe(1024);
    expect(sizeClass(1025)).toBe(1280);
    for (const n of [300, 5000, 123457]) expect(sizeClass(n) / n).toBeLessThanOrEqual(1.25);
  });

  it('collapses contiguous and broadcast dims', () => {
    expect(collapseDims([2, 3, 4], [[12, 4, 1], [0, 0, 0]])).toEqual({ shape: [24], strides: [[1], [0]] });
    expect(collapseDims([2, 3, 4], [[12, 4, 1], [0, 1, 0]])).toEqual({ shape: [2, 3, 4], strides: [[12, 4, 1], [0, 1, 0]] });
    expect(collapseDims([1, 1], [[5, 7]])).toEqual({ shape: [1], strides: [[0]] });
  });
});

// ---------------------------------------------------------------- device & storage

describe.skipIf(!hasAdapter)('[webgpu] device and storage', () => {
  it('opens a named backend with adapter info and features', () => {
    expect(be.name).toBe('webgpu:0');
    expect(be.kind).toBe('webgpu');
    expect(typeof be.adapterInfo.vendor).toBe('string');
    expect(be.features.size).toBeGreaterThanOrEqual(0);
  });

  it('writes and reads back, at offsets and unaligned lengths', async () => {
    const buf = be.alloc(40);
    be.write(buf, new Float32Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    be.write(buf, new Float32Array([-1, -2]), 8);
    expect(await readF32(be, buf, 10)).toEqual([1, 2, -1, -2, 5, 6, 7, 8, 9, 10]);
    const bytes = new Uint8Array(await be.read(buf, 5, 6));
    const all = new Uint8Array(await be.read(buf, 0, 40));
    expect([...bytes]).toEqual([...all.slice(5, 11)]);
    const odd = be.alloc(3);
    be.write(odd, new Uint8Array([7, 8, 9]));
    expect([...new Uint8Array(await be.read(odd, 0, 3))]).toEqual([7, 8, 9]);
    be.free(buf);
    be.free(odd);
  });

  it('counts live bytes and reuses freed buffers only after a submit', async () => {
    const before = be.bytesInUse();
    const a = be.alloc(1000);
    const b = be.alloc(24);
    expect(be.bytesInUse()).toBe(before + 1024);
    be.free(a);
    be.free(b);
    be.free(b); // double free is a no-op
    expect(be.bytesInUse()).toBe(before);
    await be.sync();
    expect(be.stats().pooledBytes).toBeGreaterThan(0);
  });

  it('a freed buffer a pending kernel reads is not handed out and overwritten early', async () => {
    const src = upload(be, [1, 2, 3, 4]);
    const out = be.alloc(16);
    be.unary('neg', out, view(src, [4]));
    be.free(src); // still queued for reading
    const reused = be.alloc(16);
    be.write(reused, new Float32Array([9, 9, 9, 9]));
    expect(await readF32(be, out, 4)).toEqual([-1, -2, -3, -4]);
    be.free(out);
    be.free(reused);
  });

  it('a write to a buffer that queued work reads lands after that work', async () => {
    const src = upload(be, [1, 2, 3]);
    const out = be.alloc(12);
    be.unary('square', out, view(src, [3]));
    be.write(src, new Float32Array([10, 20, 30]));
    expect(await readF32(be, out, 3)).toEqual([1, 4, 9]);
    expect(await readF32(be, src, 3)).toEqual([10, 20, 30]);
    be.free(src);
    be.free(out);
  });

  it('batches many dispatches across automatic submits', async () => {
    const buf = upload(be, [0, 1]);
    const tmp = be.alloc(8);
    const submits = be.stats().submits;
    for (let i = 0; i < 100; i++) {
      be.binary('add', tmp, [2], view(buf, [2]), 1, 'float32');
      be.copy(buf, view(tmp, [2]), 'float32');
    }
    expect(await readF32(be, buf, 2)).toEqual([100, 101]);
    expect(be.stats().submits - submits).toBeLessThan(10);
    be.free(buf);
    be.free(tmp);
  });

  it('reuses a bind group for the same buffers, each dispatch still reading its own uniforms', async () => {
    const x = upload(be, [1, 2, 3, 4]);
    const outs = [be.alloc(16), be.alloc(16)];
    const created = be.stats().bindGroupsCreated;
    // Same pipeline and buffers, a different scalar (a uniform) each time: one bind group per output.
    for (let i = 0; i < 40; i++) be.binary('mul', outs[i % 2]!, [4], view(x, [4]), i, 'float32');
    expect(be.stats().bindGroupsCreated - created).toBe(2);
    expect(await readF32(be, outs[0]!, 4)).toEqual([38, 76, 114, 152]);
    expect(await readF32(be, outs[1]!, 4)).toEqual([39, 78, 117, 156]);
    // Within one batch too: the last two dispatches read slots 38 and 39 of the same batch.
    be.binary('mul', outs[0]!, [4], view(x, [4]), -1, 'float32');
    be.binary('add', outs[1]!, [4], view(x, [4]), 0.5, 'float32');
    be.binary('mul', outs[0]!, [4], view(x, [4]), 10, 'float32');
    expect(await readF32(be, outs[0]!, 4)).toEqual([10, 20, 30, 40]);
    expect(await readF32(be, outs[1]!, 4)).toEqual([1.5, 2.5, 3.5, 4.5]);
    // A new buffer set makes a new group.
    const other = be.alloc(16);
    const before = be.stats().bindGroupsCreated;
    be.binary('mul', other, [4], view(x, [4]), 2, 'float32');
    expect(be.stats().bindGroupsCreated - before).toBe(1);
    expect(await readF32(be, other, 4)).toEqual([2, 4, 6, 8]);
    for (const b of [x, ...outs, other]) be.free(b);
  });

  it('throws clear errors for oversize buffers and foreign handles', async () => {
    const limit = Math.min(be.limits.maxStorageBufferBindingSize, be.limits.maxBufferSize);
    expect(() => be.alloc(limit + 4)).toThrow(new RegExp(`webgpu:0: cannot allocate a buffer of ${limit + 4} bytes: exceeds .*\\(${limit} bytes\\)`));
    const other = folded.alloc(4);
    expect(() => be.write(other, new Float32Array([1]))).toThrow(/belongs to webgpu:1/);
    folded.free(other);
  });

  it('opens several independent devices', async () => {
    const pair = await openWebGPUBackends(gpu!, { devices: 2, firstIndex: 5 });
    extra.push(...pair);
    expect(pair.map((b) => b.name)).toEqual(['webgpu:5', 'webgpu:6']);
    const results = await Promise.all(pair.map(async (b, i) => {
      const x = upload(b, [1, 2, 3]);
      const y = b.alloc(12);
      b.binary('mul', y, [3], view(x, [3]), i + 2, 'float32');
      return readF32(b, y, 3);
    }));
    expect(results).toEqual([[2, 4, 6], [3, 6, 9]]);
  });

  it('reports device loss naming the device', async () => {
    const [b] = await openWebGPUBackends(gpu!, { devices: 1, firstIndex: 9 });
    const x = upload(b!, [1]);
    b!.device.destroy();
    await b!.device.lost;
    expect(() => b!.unary('neg', x, view(x, [1]))).toThrow(/webgpu:9 lost: /);
    await expect(b!.read(x, 0, 4)).rejects.toThrow(/webgpu:9 lost: /);
    b!.destroy();
    expect(() => b!.alloc(4)).toThrow(/webgpu:9 was destroyed/);
  });

  it('surfaces shader compile errors with the shader name', async () => {
    const broken = { ...SHADER_SOURCES, softmax: SHADER_SOURCES.softmax!.replace('fn main', 'fn main oops') };
    const [b] = await openWebGPUBackends(gpu!, { devices: 1, firstIndex: 10, shaderSources: broken });
    extra.push(b!);
    const x = upload(b!, [1, 2]);
    const y = b!.alloc(8);
    b!.softmax(y, view(x, [1, 2]), 1, 2, false);
    await expect(b!.sync()).rejects.toThrow(/shader "softmax"/);
  });
});

// ---------------------------------------------------------------- kernels, run on both backends

for (const which of ['plain', 'folded 2-D grid'] as const) {
  const B = (): WebGPUBackend => (which === 'plain' ? be : folded);

  describe.skipIf(!hasAdapter)(`[webgpu] elementwise (${which})`, () => {
    it('copy: transposed, broadcast and offset views', async () => {
      const b = B();
      const data = rand(24, 3);
      const src = upload(b, data);
      const cases: [number[], number[], number][] = [
        [[4, 6], [1, 4], 0],          // transpose of [6, 4]
        [[3, 5, 2], [0, 2, 1], 3],    // broadcast dim 0
        [[2, 3, 2], [12, 2, 1], 1],   // sliced
        [[7], [3], 2],                // step 3
      ];
      for (const [shape, strides, offset] of cases) {
        const n = shape.reduce((a, c) => a * c, 1);
        const out = b.alloc(n * 4);
        b.copy(out, view(src, shape, 'float32', strides, offset), 'float32');
        expect(await readF32(b, out, n)).toEqual(gatherView(data, shape, strides, offset));
        b.free(out);
      }
      b.free(src);
    });

    it('copy: dtype conversions (f32 -> i32 truncates, -> bool is != 0)', async () => {
      const b = B();
      const vals = [-2.7, -0.5, 0, 0.9, 3.5, -3];
      const src = upload(b, vals);
      const out = b.alloc(vals.length * 4);
      b.copy(out, view(src, [6]), 'int32');
      expect(await readI32(b, out, 6)).toEqual([-2, 0, 0, 0, 3, -3]);
      b.copy(out, view(src, [3, 2], 'float32', [1, 3]), 'bool');
      expect(await readI32(b, out, 6)).toEqual([1, 1, 1, 1, 0, 1]);
      const ints = upload(b, [-5, 0, 7], 'int32');
      b.copy(out, view(ints, [3], 'int32'), 'float32');
      expect(await readF32(b, out, 3)).toEqual([-5, 0, 7]);
      b.fill(out, 4, -1.5, 'float32');
      expect((await readF32(b, out, 6)).slice(0, 5)).toEqual([-1.5, -1.5, -1.5, -1.5, 0]);
      b.fill(out, 2, 7, 'int32');
      expect((await readI32(b, out, 2))).toEqual([7, 7]);
      b.free(src);
      b.free(out);
      b.free(ints);
    });

    const floatUnary: Record<Exclude<UnaryOp, 'logical_not'>, (x: number) => number> = {
      neg: (x) => -x, abs: Math.abs, exp: Math.exp, log: Math.log, sqrt: Math.sqrt,
      rsqrt: (x) => 1 / Math.sqrt(x), sin: Math.sin, cos: Math.cos, tanh: Math.tanh,
      sigmoid: (x) => 1 / (1 + Math.exp(-x)), relu: (x) => (Number.isNaN(x) ? NaN : x > 0 ? x : 0),
      gelu: (x) => 0.5 * x * (1 + erfRef(x / Math.SQRT2)),
      gelu_tanh: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
      silu: (x) => x / (1 + Math.exp(-x)), erf: erfRef, sign: Math.sign,
      floor: Math.floor, ceil: Math.ceil, round: roundHalfEven, square: (x) => x * x,
      reciprocal: (x) => 1 / x, log1p: Math.log1p, expm1: Math.expm1,
    };
    const inputs = [...rand(37, 7, -4, 4), 0, -0.5, 0.5, 1.5, 2.5, -2.5, 1e-7, -1e-6, 20, -20, 100, -100];

    it('unary float32 ops match independent JS references', async () => {
      const b = B();
      const src = upload(b, inputs);
      const out = b.alloc(inputs.length * 4);
      const failures: string[] = [];
      for (const [op, fn] of Object.entries(floatUnary)) {
        b.unary(op as UnaryOp, out, view(src, [inputs.length]));
        const got = await readF32(b, out, inputs.length);
        const want = inputs.map((x) => f32(fn(x)));
        // log/sqrt/rsqrt of negatives are NaN in both.
        const tol = op === 'exp' || op === 'expm1' ? 3e-6 : 2e-6;
        try {
          expectClose(got, want, tol, op);
        } catch (err) {
          failures.push((err as Error).message);
        }
      }
      expect(failures).toEqual([]);
      b.free(src);
      b.free(out);
    });

    it('unary edge values: relu(0), round half even, saturating sigmoid/tanh, precise erf', async () => {
      const b = B();
      const src = upload(b, [0, -100, 100, -0.5, 0.5, 1.5, 2.5, -1.5]);
      const out = b.alloc(32);
      const run = async (op: UnaryOp): Promise<number[]> => {
        b.unary(op, out, view(src, [8]));
        return readF32(b, out, 8);
      };
      expect((await run('relu'))[0]).toBe(0);
      expect(await run('round')).toEqual([0, -100, 100, -0, 0, 2, 2, -2]);
      const sig = await run('sigmoid');
      expect(sig[1]).toBeLessThan(1e-30);
      expect(sig[2]).toBe(1);
      const th = await run('tanh');
      expect([th[1], th[2]]).toEqual([-1, 1]);
      const xs = Array.from({ length: 81 }, (_, i) => -4 + i * 0.1);
      const erfIn = upload(b, xs);
      const erfOut = b.alloc(xs.length * 4);
      b.unary('erf', erfOut, view(erfIn, [xs.length]));
      const got = await readF32(b, erfOut, xs.length);
      const worst = Math.max(...got.map((g, i) => Math.abs(g - erfRef(f32(xs[i]!)))));
      expect(worst).toBeLessThan(1e-6);
      b.free(src); b.free(out); b.free(erfIn); b.free(erfOut);
    });

    it('unary int32 and bool ops', async () => {
      const b = B();
      const src = upload(b, [-7, 0, 3, -1], 'int32');
      const out = b.alloc(16);
      const want: Record<string, number[]> = {
        neg: [7, 0, -3, 1], abs: [7, 0, 3, 1], sign: [-1, 0, 1, -1], square: [49, 0, 9, 1],
      };
      for (const [op, w] of Object.entries(want)) {
        b.unary(op as UnaryOp, out, view(src, [4], 'int32'));
        expect(await readI32(b, out, 4), op).toEqual(w);
      }
      const bools = upload(b, [1, 0, 0, 1], 'int32');
      b.unary('logical_not', out, view(bools, [4], 'bool'));
      expect(await readI32(b, out, 4)).toEqual([0, 1, 1, 0]);
      expect(() => b.unary('exp', out, view(src, [4], 'int32'))).toThrow(/exp is not supported for int32 \(shape \[4\]\)/);
      b.free(src); b.free(out); b.free(bools);
    });

    const floatBinary: Record<string, (x: number, y: number) => number> = {
      add: (x, y) => x + y, sub: (x, y) => x - y, mul: (x, y) => x * y, div: (x, y) => x / y,
      maximum: Math.max, minimum: Math.min, pow: (x, y) => x ** y,
      eq: (x, y) => +(x === y), ne: (x, y) => +(x !== y), lt: (x, y) => +(x < y),
      le: (x, y) => +(x <= y), gt: (x, y) => +(x > y), ge: (x, y) => +(x >= y),
    };

    it('binary float32 with broadcasting (stride 0), transposed views and scalars', async () => {
      const b = B();
      const aData = [...rand(11, 5, -3, 3).map((v) => Math.round(v * 2) / 2), 0];   // [3, 4] with ties
      const bData = [...rand(3, 9, -3, 3).map((v) => Math.round(v * 2) / 2), 1];    // [4] row vector
      const A = upload(b, aData);
      const Bb = upload(b, bData);
      const out = b.alloc(48);
      for (const [op, fn] of Object.entries(floatBinary)) {
        const isCmp = ['eq', 'ne', 'lt', 'le', 'gt', 'ge'].includes(op);
        // a as a [4, 3] transposed view, b broadcast along dim 1 as a column [4, 1] -> [4, 3]
        const aT = view(A, [4, 3], 'float32', [1, 4]);
        const bCol = view(Bb, [4, 3], 'float32', [1, 0]);
        b.binary(op as BinaryOp, out, [4, 3], aT, bCol, 'float32');
        const want: number[] = [];
        for (let i = 0; i < 4; i++) for (let j = 0; j < 3; j++) want.push(f32(fn(aData[j * 4 + i]!, bData[i]!)));
        const got = isCmp ? await readI32(b, out, 12) : await readF32(b, out, 12);
        expectClose(got, want, 2e-6, op);
        // scalar right operand
        b.binary(op as BinaryOp, out, [3, 4], view(A, [3, 4]), -1.5, 'float32');
        const got2 = isCmp ? await readI32(b, out, 12) : await readF32(b, out, 12);
        expectClose(got2, aData.map((x) => f32(fn(x, -1.5))), 2e-6, `${op} scalar`);
        // scalar left operand
        b.binary(op as BinaryOp, out, [4], 2, view(Bb, [4]), 'float32');
        const got3 = isCmp ? await readI32(b, out, 4) : await readF32(b, out, 4);
        expectClose(got3, bData.map((y) => f32(fn(2, y))), 2e-6, `${op} scalar left`);
      }
      b.free(A); b.free(Bb); b.free(out);
    });

    it('four-wide words: aligned, misaligned, broadcast and strided operands give the same elements', async () => {
      // Layouts on both sides of the vec4 rule (inner size % 4, inner stride 0 or 1, offset and outer strides % 4).
      const b = B();
      const aData = rand(96, 21);
      const bData = rand(96, 22);
      const A = upload(b, aData);
      const Bb = upload(b, bData);
      type Layout = [number[], number, string];
      const cases: [number[], Layout, Layout][] = [
        [[4, 8], [[8, 1], 0, 'contiguous'], [[8, 1], 4, 'aligned offset']],
        [[4, 8], [[8, 1], 1, 'offset 1'], [[8, 1], 2, 'offset 2']],
        [[4, 8], [[8, 1], 4, 'aligned offset'], [[0, 1], 4, 'row broadcast']],
        [[4, 8], [[8, 1], 8, 'aligned offset'], [[1, 0], 3, 'column broadcast']],
        [[4, 8], [[0, 1], 5, 'misaligned row broadcast'], [[1, 0], 0, 'column broadcast']],
        [[4, 6], [[6, 1], 4, 'inner size 6'], [[6, 1], 0, 'inner size 6']],
        [[3, 8], [[9, 1], 0, 'outer stride 9'], [[8, 1], 4, 'aligned offset']],
        [[2, 3, 8], [[40, 12, 1], 4, 'padded rows'], [[0, 8, 1], 8, 'broadcast dim 0']],
        [[2, 3, 8], [[40, 12, 1], 4, 'padded rows'], [[1, 0, 2], 0, 'inner stride 2']],
      ];
      for (const [shape, [sa, oa, la], [sb, ob, lb]] of cases) {
        const n = shape.reduce((p, c) => p * c, 1);
        const what = `[${shape.join(', ')}] ${la} + ${lb}`;
        const xa = gatherView(aData, shape, sa, oa);
        const xb = gatherView(bData, shape, sb, ob);
        const out = b.alloc(n * 4);
        b.binary('add', out, shape, view(A, shape, 'float32', sa, oa), view(Bb, shape, 'float32', sb, ob), 'float32');
        expectClose(await readF32(b, out, n), xa.map((x, i) => f32(x + xb[i]!)), 0, `add ${what}`);
        b.binary('lt', out, shape, view(A, shape, 'float32', sa, oa), view(Bb, shape, 'float32', sb, ob), 'float32');
        expect(await readI32(b, out, n), `lt ${what}`).toEqual(xa.map((x, i) => (x < xb[i]! ? 1 : 0)));
        b.binary('mul', out, shape, view(A, shape, 'float32', sa, oa), 0.5, 'float32');
        expectClose(await readF32(b, out, n), xa.map((x) => f32(x * 0.5)), 0, `mul scalar ${what}`);
        b.unary('neg', out, view(Bb, shape, 'float32', sb, ob));
        expectClose(await readF32(b, out, n), xb.map((x) => -x), 0, `neg ${what}`);
        b.free(out);
      }
      b.free(A); b.free(Bb);
    });

    it('binary: NaN propagates through maximum; pow of negative bases', async () => {
      const b = B();
      const x = upload(b, [NaN, 1, -2, -2, -8, 0]);
      const y = upload(b, [1, NaN, 3, 2, 1 / 3, -1]);
      const out = b.alloc(24);
      b.binary('maximum', out, [2], view(x, [2]), view(y, [2]), 'float32');
      expectClose(await readF32(b, out, 2), [NaN, NaN]);
      b.binary('pow', out, [6], view(x, [6]), view(y, [6]), 'float32');
      expectClose(await readF32(b, out, 6), [NaN, NaN, -8, 4, NaN, Infinity], 1e-6, 'pow');
      b.free(x); b.free(y); b.free(out);
    });

    it("relu_backward is PyTorch's threshold_backward at 0: 0 where y <= 0 (-0 too), g where y > 0 or NaN", async () => {
      const b = B();
      const g = upload(b, [1.5, -2, 3, 4, 5, 6, 7, 8, -9]);
      const y = upload(b, [0, -0, -1, 1e-30, NaN, Infinity, -Infinity, 2, 0.5]);
      const out = b.alloc(36);
      b.binary('relu_backward', out, [9], view(g, [9]), view(y, [9]), 'float32');
      expect(await readF32(b, out, 9)).toEqual([0, 0, 0, 4, 5, 6, 0, 8, -9]);
      expect(() => b.binary('relu_backward', out, [9], view(g, [9], 'int32'), view(y, [9], 'int32'), 'int32')).toThrow(/relu_backward is not supported for int32 \(shape \[9\]\)/);
      b.free(g); b.free(y); b.free(out);
    });

    it('binary int32 (division truncates) and bool logic', async () => {
      const b = B();
      const x = upload(b, [-7, 7, -7, 7, 0, 5], 'int32');
      const y = upload(b, [2, 2, -2, -2, 3, 5], 'int32');
      const out = b.alloc(24);
      const run = async (op: BinaryOp, dtype: DType = 'int32'): Promise<number[]> => {
        b.binary(op, out, [6], view(x, [6], dtype), view(y, [6], dtype), dtype);
        return readI32(b, out, 6);
      };
      expect(await run('div')).toEqual([-3, 3, 3, -3, 0, 1]);
      expect(await run('add')).toEqual([-5, 9, -9, 5, 3, 10]);
      expect(await run('mul')).toEqual([-14, 14, 14, -14, 0, 25]);
      expect(await run('maximum')).toEqual([2, 7, -2, 7, 3, 5]);
      expect(await run('le')).toEqual([1, 0, 1, 0, 1, 1]);
      expect(await run('eq')).toEqual([0, 0, 0, 0, 0, 1]);
      const p = upload(b, [1, 1, 0, 0], 'int32');
      const q = upload(b, [1, 0, 1, 0], 'int32');
      b.binary('logical_and', out, [4], view(p, [4], 'bool'), view(q, [4], 'bool'), 'bool');
      expect(await readI32(b, out, 4)).toEqual([1, 0, 0, 0]);
      b.binary('logical_or', out, [4], view(p, [4], 'bool'), view(q, [4], 'bool'), 'bool');
      expect(await readI32(b, out, 4)).toEqual([1, 1, 1, 0]);
      b.binary('ne', out, [4], view(p, [4], 'bool'), 1, 'bool');
      expect(await readI32(b, out, 4)).toEqual([0, 0, 1, 1]);
      b.free(x); b.free(y); b.free(out); b.free(p); b.free(q);
    });

    it('binary into a buffer that is also an input (in place)', async () => {
      const b = B();
      const x = upload(b, [1, 2, 3, 4]);
      b.binary('mul', x, [4], view(x, [4]), view(x, [4], 'float32', [0], 3), 'float32');
      expect(await readF32(b, x, 4)).toEqual([4, 8, 12, 16]);
      b.free(x);
    });

    it('where and clamp', async () => {
      const b = B();
      const cond = upload(b, [1, 0, 1, 0, 0, 1], 'int32');
      const x = upload(b, [1, 2, 3, 4, 5, 6]);
      const out = b.alloc(24);
      b.where(out, [2, 3], view(cond, [2, 3], 'bool'), view(x, [2, 3], 'float32', [0, 1]), -1, 'float32');
      expect(await readF32(b, out, 6)).toEqual([1, -1, 3, -1, -1, 3]);
      const ints = upload(b, [10, 20, 30], 'int32');
      b.where(out, [2, 3], view(cond, [2, 3], 'bool'), 7, view(ints, [2, 3], 'int32', [0, 1]), 'int32');
      expect(await readI32(b, out, 6)).toEqual([7, 20, 7, 10, 20, 7]);
      const v = upload(b, [-3, -0.5, 0, 0.5, 3, NaN]);
      b.clamp(out, view(v, [6]), -1, 1);
      expectClose(await readF32(b, out, 6), [-1, -0.5, 0, 0.5, 1, NaN]);
      b.clamp(out, view(v, [6]), -Infinity, 0.25);
      expectClose(await readF32(b, out, 6), [-3, -0.5, 0, 0.25, 0.25, NaN]);
      const iv = upload(b, [-5, 0, 5], 'int32');
      b.clamp(out, view(iv, [3], 'int32'), -2, Infinity);
      expect(await readI32(b, out, 3)).toEqual([-2, 0, 5]);
      for (const buf of [cond, x, out, ints, v, iv]) b.free(buf);
    });
  });

  describe.skipIf(!hasAdapter)(`[webgpu] reductions (${which})`, () => {
    function refReduce(op: ReduceOp, data: readonly number[], off: number, outer: number, r: number, inner: number): number[] {
      const out: number[] = [];
      for (let o = 0; o < outer; o++) {
        for (let i = 0; i < inner; i++) {
          const vals: number[] = [];
          for (let k = 0; k < r; k++) vals.push(data[off + (o * r + k) * inner + i]!);
          if (op === 'sum') out.push(vals.reduce((a, c) => f32(a + c), 0));
          else if (op === 'prod') out.push(vals.reduce((a, c) => a * c, 1));
          else if (op === 'max') out.push(vals.some(Number.isNaN) ? NaN : Math.max(...vals));
          else if (op === 'min') out.push(vals.some(Number.isNaN) ? NaN : Math.min(...vals));
          else {
            const nan = vals.findIndex(Number.isNaN);
            if (nan >= 0) { out.push(nan); continue; }
            const ext = op === 'argmax' ? Math.max(...vals) : Math.min(...vals);
            out.push(vals.indexOf(ext));
          }
        }
      }
      return out;
    }

    // Covers every kernel path: serial (reduced <= 64), rows with 64 and 256 threads, cols,
    // serial4 (inner % 4 == 0 at offset 4; CPU emulators take it for [3, 70, 12] too) and
    // serial4rows (inner 1, reduced % 4 == 0 at offset 4; [6, 100, 1] on CPU emulators).
    const shapes: [number, number, number][] = [[3, 300, 1], [1, 2100, 1], [1, 7, 1], [2, 5, 3], [3, 37, 19], [2, 70, 5], [1, 1, 40], [4, 0, 1], [2, 5, 8], [3, 70, 12], [5, 12, 1], [6, 100, 1]];
    for (const op of ['sum', 'prod', 'max', 'min', 'argmax', 'argmin'] as ReduceOp[]) {
      it(`${op} float32 over [outer, reduced, inner] incl. ties, at offsets 1 and 4`, async () => {
        const b = B();
        for (const [outer, r, inner] of shapes) {
          for (const off of [1, 4]) {
            const n = outer * r * inner;
            const what = `${op} ${[outer, r, inner]} at ${off}`;
            // Values on a coarse grid give ties; prod uses values near 1 to stay finite.
            const data = [...Array(off).fill(0.25), ...rand(n, outer * 31 + r, -2, 2).map((v) => (op === 'prod' ? f32(1 + v / 40) : Math.round(v * 2) / 2))];
            const src = upload(b, data);
            const out = b.alloc(Math.max(1, outer * inner) * 4);
            b.reduce(op, out, view(src, [n], 'float32', [1], off), outer, r, inner);
            const want = refReduce(op, data, off, outer, r, inner);
            if (op === 'argmax' || op === 'argmin') {
              if (r > 0) expect(await readI32(b, out, outer * inner), what).toEqual(want);
            } else if (r > 0) {
              expectClose(await readF32(b, out, outer * inner), want, 1e-5, what);
            } else if (op === 'sum') {
              expect(await readF32(b, out, outer * inner), what).toEqual(want);
            }
            b.free(src);
            b.free(out);
          }
        }
      });
    }

    it('a row read as vec4 words sums in the order of a row read word by word (bitwise)', async () => {
      // Same values at offset 1 (`serial`) and offset 4 (`serial4rows` where rows are serial).
      const b = B();
      const [rows, cols] = [6, 100];
      const vals = rand(rows * cols, 5, -1000, 1000).map((v, i) => f32(v / (1 + (i % 7))));
      const got: number[][] = [];
      for (const off of [1, 4]) {
        const src = upload(b, [...Array(off).fill(0), ...vals]);
        const out = b.alloc(rows * 4);
        b.reduce('sum', out, view(src, [rows * cols], 'float32', [1], off), rows, cols, 1);
        got.push(await readF32(b, out, rows));
        b.free(src);
        b.free(out);
      }
      expect(got[1]).toEqual(got[0]);
    });

    it('argmax/argmin and max treat NaN as the extreme, first one wins', async () => {
      const b = B();
      const data = [1, NaN, 3, NaN, 3, 3, -1, -1];
      const src = upload(b, data);
      const out = b.alloc(8);
      for (const op of ['argmax', 'argmin'] as const) {
        b.reduce(op, out, view(src, [8]), 2, 4, 1);
        expect(await readI32(b, out, 2), op).toEqual(op === 'argmax' ? [1, 0] : [1, 2]);
      }
      b.reduce('max', out, view(src, [8]), 2, 4, 1);
      expectClose(await readF32(b, out, 2), [NaN, 3]);
      b.reduce('argmax', out, view(src, [8]), 1, 4, 2); // columns: [1,3,3,-1] and [NaN,NaN,3,-1]
      expect(await readI32(b, out, 2)).toEqual([1, 0]);
      b.free(src);
      b.free(out);
    });

    it('int32 and bool reductions', async () => {
      const b = B();
      const data = [3, -7, 0, 5, 5, -2];
      const src = upload(b, data, 'int32');
      const out = b.alloc(8);
      const run = async (op: ReduceOp, dtype: DType = 'int32', inner = 1): Promise<number[]> => {
        b.reduce(op, out, view(src, [6], dtype), inner === 1 ? 2 : 1, inner === 1 ? 3 : 3, inner === 1 ? 1 : 2);
        return readI32(b, out, 2);
      };
      expect(await run('sum')).toEqual([-4, 8]);
      expect(await run('prod')).toEqual([0, -50]);
      expect(await run('max')).toEqual([3, 5]);
      expect(await run('min')).toEqual([-7, -2]);
      expect(await run('argmax')).toEqual([0, 0]);
      expect(await run('sum', 'int32', 2)).toEqual([8, -4]);
      const bools = upload(b, [1, 0, 1, 1, 1, 0], 'int32');
      b.reduce('sum', out, view(bools, [6], 'bool'), 1, 6, 1);
      expect(await readI32(b, out, 1)).toEqual([4]);
      b.free(src); b.free(out); b.free(bools);
    });

    // [3, 300]: a workgroup per row; [5, 16]: a thread per row; [6, 300]: a thread
    // per row on CPU emulators (SwiftShader), a workgroup per row elsewhere.
    for (const [rows, cols] of [[3, 300], [5, 16], [6, 300]] as const) {
      it(`softmax and logSoftmax, numerically stable [${rows}, ${cols}]`, async () => {
        const b = B();
        const data = rand(rows * cols, 77, -5, 5);
        data[0] = 1000; // would overflow exp() without the max shift
        data[cols] = -1000;
        const src = upload(b, data);
        const out = b.alloc(rows * cols * 4);
        for (const log of [false, true]) {
          b.softmax(out, view(src, [rows, cols]), rows, cols, log);
          const want: number[] = [];
          for (let r = 0; r < rows; r++) {
            const row = data.slice(r * cols, (r + 1) * cols);
            const m = Math.max(...row);
            const s = row.reduce((a, x) => a + Math.exp(x - m), 0);
            for (const x of row) want.push(log ? x - m - Math.log(s) : Math.exp(x - m) / s);
          }
          expectClose(await readF32(b, out, rows * cols), want, 1e-5, log ? 'logSoftmax' : 'softmax');
        }
        b.free(src);
        b.free(out);
      });
    }
  });

  describe.skipIf(!hasAdapter)(`[webgpu] matmul (${which})`, () => {
    function refMatmul(a: View, aData: number[], bv: View, bData: number[]): number[] {
      const [Bn, M, K] = a.shape as [number, number, number];
      const N = bv.shape[2]!;
      const out: number[] = [];
      for (let bb = 0; bb < Bn; bb++) {
        for (let m = 0; m < M; m++) {
          for (let n = 0; n < N; n++) {
            let s = 0;
            for (let k = 0; k < K; k++) {
              s += aData[a.offset + bb * a.strides[0]! + m * a.strides[1]! + k * a.strides[2]!]! *
                bData[bv.offset + bb * bv.strides[0]! + k * bv.strides[1]! + n * bv.strides[2]!]!;
            }
            out.push(s);
          }
        }
      }
      return out;
    }

    const cases: { name: string; B: number; M: number; K: number; N: number; aT?: boolean; bT?: boolean; bcast?: boolean; aBcast?: boolean; aligned?: boolean }[] = [
      { name: 'odd sizes across tile edges', B: 1, M: 67, K: 65, N: 70 },
      { name: 'transposed a', B: 2, M: 66, K: 17, N: 65, aT: true },
      { name: 'transposed b', B: 2, M: 65, K: 20, N: 66, bT: true },
      { name: 'stride-0 batch broadcast of b', B: 3, M: 40, K: 20, N: 70, bcast: true },
      { name: 'small transposed a', B: 2, M: 5, K: 17, N: 9, aT: true },
      { name: 'vector shapes', B: 1, M: 1, K: 40, N: 1 },
      { name: 'few rows, many columns', B: 2, M: 3, K: 9, N: 13 },
      // Offset 0 and strides that are multiples of 4: the vec4 loads of the block kernel.
      { name: 'aligned, K tail', B: 2, M: 6, K: 27, N: 20, aligned: true },
      { name: 'aligned, transposed b', B: 2, M: 9, K: 24, N: 7, bT: true, aligned: true },
      // A shared by the batch and transposed, K a multiple of 4: the block kernel packs it first.
      { name: 'broadcast transposed a', B: 3, M: 10, K: 16, N: 12, aT: true, aBcast: true },
      { name: 'aligned rows of a and b', B: 2, M: 5, K: 12, N: 10, aligned: true },
      { name: 'aligned, stride-0 batch broadcast of a', B: 3, M: 6, K: 25, N: 16, aBcast: true, aligned: true },
      // 38 column blocks of 8: 'shared' takes five workgroups of 8, the last with 2 idle lanes.
      { name: 'aligned, many column blocks', B: 2, M: 19, K: 30, N: 300, aligned: true },
      { name: 'many column blocks, transposed a', B: 1, M: 13, K: 9, N: 270, aT: true },
    ];
    // 'shared' needs subgroups of four (SwiftShader has them: checked below).
    const kernels = (b: WebGPUBackend): MatmulKernel[] => ['block', 'block8', 'block8x8', 'tiled', 'small', 'naive', ...(b.subgroupSize === 4 ? ['shared' as const] : [])];
    for (const c of cases) {
      it(c.name, async () => {
        const b = B();
        const aData = rand(c.B * c.M * c.K + 2, 11);
        const bData = rand(c.B * c.K * c.N + 2, 13);
        const A = upload(b, aData);
        const Bb = upload(b, bData);
        const off = c.aligned ? 0 : 1;
        const a: View = c.aT
          ? view(A, [c.B, c.M, c.K], 'float32', [c.aBcast ? 0 : c.M * c.K, 1, c.M], 2)
          : view(A, [c.B, c.M, c.K], 'float32', [c.aBcast ? 0 : c.M * c.K, c.K, 1], off);
        const bv: View = c.bT
          ? view(Bb, [c.B, c.K, c.N], 'float32', [c.K * c.N, 1, c.K], 0)
          : view(Bb, [c.B, c.K, c.N], 'float32', [c.bcast ? 0 : c.K * c.N, c.N, 1], 2 * off);
        const out = b.alloc(c.B * c.M * c.N * 4);
        const want = refMatmul(a, aData, bv, bData);
        b.matmul(out, a, bv);
        expectClose(await readF32(b, out, c.B * c.M * c.N), want, 1e-5, c.name);
        for (const kernel of kernels(b)) {
          b.fill(out, c.B * c.M * c.N, NaN, 'float32');
          b.matmulWith(kernel, out, a, bv);
          expectClose(await readF32(b, out, c.B * c.M * c.N), want, 1e-5, `${c.name} (${kernel})`);
        }
        b.free(A); b.free(Bb); b.free(out);
      });
    }

    // From 2^24 multiply-adds 'shared' takes 32x16 blocks; edges in every dim, then all aligned (vec4 loads and stores).
    // (Too many workgroups for the folded grid's 16x16 limit.)
    for (const [M, K, N, off] of which === 'plain' ? [[131, 130, 1001, 1], [132, 128, 1000, 0]] as const : []) {
      it(`large product [${M}, ${K}] x [${K}, ${N}]${off ? ', offset views' : ', aligned'}`, async () => {
        const b = B();
        const aData = rand(M * K + off, 17);
        const bData = rand(K * N + off, 19);
        const A = upload(b, aData);
        const Bb = upload(b, bData);
        const a = view(A, [1, M, K], 'float32', [0, K, 1], off);
        const bv = view(Bb, [1, K, N], 'float32', [0, N, 1], off);
        const out = b.alloc(M * N * 4);
        const want = refMatmul(a, aData, bv, bData);
        for (const kernel of ['auto', ...(b.subgroupSize === 4 ? ['shared' as const] : [])] as const) {
          b.fill(out, M * N, NaN, 'float32');
          b.matmulWith(kernel, out, a, bv);
          expectClose(await readF32(b, out, M * N), want, 1e-4, kernel);
        }
        b.free(A); b.free(Bb); b.free(out);
      });
    }

    it('SwiftShader runs the subgroup kernel; a device without subgroups of four refuses it', async () => {
      const b = B();
      if (/swiftshader/i.test(b.adapterInfo.description + b.adapterInfo.vendor)) expect(b.subgroupSize).toBe(4);
      const A = upload(b, rand(64, 5));
      const out = b.alloc(64 * 4);
      const v = view(A, [1, 8, 8], 'float32', [0, 8, 1], 0);
      const without = Object.create(b, { subgroupSize: { value: 0 } }) as WebGPUBackend;
      expect(() => matmul(without, out, v, v, 'shared')).toThrow(/kernel 'shared' needs subgroups of 4; this device's subgroup size is unknown or varying \(shapes \[1, 8, 8\] and \[1, 8, 8\]\)/);
      b.free(A); b.free(out);
    });

    it('K = 0 gives zeros; shape mismatch throws', async () => {
      const b = B();
      const A = upload(b, [1]);
      const out = b.alloc(16);
      b.write(out, new Float32Array([5, 5, 5, 5]));
      b.matmul(out, view(A, [1, 2, 0], 'float32', [0, 0, 1]), view(A, [1, 0, 2], 'float32', [0, 2, 1]));
      expect(await readF32(b, out, 4)).toEqual([0, 0, 0, 0]);
      expect(() => b.matmul(out, view(A, [1, 2, 3]), view(A, [1, 4, 2]))).toThrow(/shapes \[1, 2, 3\] and \[1, 4, 2\] cannot be multiplied/);
      b.free(A); b.free(out);
    });
  });

  describe.skipIf(!hasAdapter)(`[webgpu] indexing (${which})`, () => {
    it('indexSelect with repeats and negative indices', async () => {
      const b = B();
      const [outer, n, inner] = [2, 4, 3];
      const data = Array.from({ length: outer * n * inner }, (_, i) => i - 5);
      const idx = [3, 0, 3, -1, 1];
      const A = upload(b, [99, ...data]);
      const I = upload(b, idx, 'int32');
      const out = b.alloc(outer * idx.length * inner * 4);
      b.indexSelect(out, view(A, [outer, n, inner], 'float32', undefined, 1), view(I, [idx.length], 'int32'), outer, n, inner, idx.length);
      const want: number[] = [];
      for (let o = 0; o < outer; o++) for (const j of idx) for (let i = 0; i < inner; i++) want.push(data[(o * n + ((j + n) % n)) * inner + i]!);
      expect(await readF32(b, out, want.length)).toEqual(want);
      b.free(A); b.free(I); b.free(out);
    });

    it('gather along each dim, with a smaller index shape', async () => {
      const b = B();
      const shape = [3, 4];
      const data = rand(12, 21);
      const A = upload(b, data);
      for (const dim of [0, 1]) {
        const ishape = [2, 3];
        const idx = dim === 0 ? [2, 0, 1, 1, 2, 0] : [3, 0, 3, 1, 2, 0];
        const I = upload(b, idx, 'int32');
        const out = b.alloc(24);
        b.gather(out, view(A, shape), dim, view(I, ishape, 'int32'));
        const want: number[] = [];
        for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) {
          const k = idx[i * 3 + j]!;
          want.push(dim === 0 ? data[k * 4 + j]! : data[i * 4 + k]!);
        }
        expect(await readF32(b, out, 6), `dim ${dim}`).toEqual(want);
        b.free(I); b.free(out);
      }
      b.free(A);
    });

    it('indexAdd accumulates duplicates (float32 CAS loop, int32 atomicAdd)', async () => {
      const b = B();
      const [outer, n, inner] = [2, 3, 2];
      const idx = [2, 0, 2, 2, 1, 2];
      const m = idx.length;
      const src = rand(outer * m * inner, 5).map((v) => Math.round(v * 4) / 4); // exact in any order
      for (const dtype of ['float32', 'int32'] as const) {
        const vals = dtype === 'int32' ? src.map((v) => Math.round(v * 4)) : src;
        const base = Array.from({ length: outer * n * inner }, (_, i) => i);
        const T = upload(b, base, dtype);
        const S = upload(b, vals, dtype);
        const I = upload(b, idx, 'int32');
        b.indexAdd(T, view(S, [outer, m, inner], dtype), view(I, [m], 'int32'), outer, n, inner, m);
        const want = [...base];
        for (let o = 0; o < outer; o++) for (let j = 0; j < m; j++) for (let i = 0; i < inner; i++) {
          want[(o * n + idx[j]!) * inner + i] += vals[(o * m + j) * inner + i]!;
        }
        const got = dtype === 'int32' ? await readI32(b, T, want.length) : await readF32(b, T, want.length);
        expect(got, dtype).toEqual(want);
        b.free(T); b.free(S); b.free(I);
      }
    });

    it('scatterAdd along dim 0 and 1', async () => {
      const b = B();
      const tShape = [3, 4];
      for (const dim of [0, 1]) {
        const idx = dim === 0 ? [0, 2, 2, 1, 0, 0] : [3, 3, 0, 1, 1, 1];
        const src = [1, 2, 3, 4, 5, 6].map((v) => v * 0.5);
        const T = upload(b, new Array<number>(12).fill(1));
        const I = upload(b, idx, 'int32');
        const S = upload(b, src);
        b.scatterAdd(T, tShape, dim, view(I, [2, 3], 'int32'), view(S, [2, 3]));
        const want = new Array<number>(12).fill(1);
        for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) {
          const k = idx[i * 3 + j]!;
          want[dim === 0 ? k * 4 + j : i * 4 + k] += src[i * 3 + j]!;
        }
        expect(await readF32(b, T, 12), `dim ${dim}`).toEqual(want);
        b.free(T); b.free(I); b.free(S);
      }
    });
  });

  describe.skipIf(!hasAdapter)(`[webgpu] conv and pooling (${which})`, () => {
    function geom(p: Partial<Conv2dGeometry> & Pick<Conv2dGeometry, 'batch' | 'channels' | 'height' | 'width' | 'kernelH' | 'kernelW'>): Conv2dGeometry {
      const g = { strideH: 1, strideW: 1, padH: 0, padW: 0, dilationH: 1, dilationW: 1, outH: 0, outW: 0, ...p };
      g.outH = Math.floor((g.height + 2 * g.padH - g.dilationH * (g.kernelH - 1) - 1) / g.strideH) + 1;
      g.outW = Math.floor((g.width + 2 * g.padW - g.dilationW * (g.kernelW - 1) - 1) / g.strideW) + 1;
      return g;
    }
    const px = (data: readonly number[], g: Conv2dGeometry, n: number, c: number, y: number, x: number): number =>
      y < 0 || y >= g.height || x < 0 || x >= g.width ? 0 : data[((n * g.channels + c) * g.height + y) * g.width + x]!;

    const geoms = [
      geom({ batch: 2, channels: 2, height: 5, width: 6, kernelH: 3, kernelW: 2, strideH: 2, strideW: 1, padH: 1, padW: 1, dilationH: 1, dilationW: 2 }),
      geom({ batch: 1, channels: 3, height: 4, width: 4, kernelH: 2, kernelW: 2, strideH: 2, strideW: 2 }),
    ];

    it('im2col matches the definition; col2im is its adjoint', async () => {
      const b = B();
      for (const g of geoms) {
        const nx = g.batch * g.channels * g.height * g.width;
        const rowsK = g.channels * g.kernelH * g.kernelW;
        const L = g.outH * g.outW;
        const xData = rand(nx, 41);
        const X = upload(b, xData);
        const cols = b.alloc(g.batch * rowsK * L * 4);
        b.im2col(cols, view(X, [g.batch, g.channels, g.height, g.width]), g);
        const want: number[] = [];
        for (let n = 0; n < g.batch; n++) for (let c = 0; c < g.channels; c++) for (let i = 0; i < g.kernelH; i++) for (let j = 0; j < g.kernelW; j++) {
          for (let oy = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++) {
            want.push(px(xData, g, n, c, oy * g.strideH - g.padH + i * g.dilationH, ox * g.strideW - g.padW + j * g.dilationW));
          }
        }
        expect(await readF32(b, cols, want.length)).toEqual(want);
        // <im2col(x), c> == <x, col2im(c)>
        const cData = rand(want.length, 43);
        const C = upload(b, cData);
        const back = b.alloc(nx * 4);
        b.col2im(back, view(C, [g.batch, rowsK, L]), g);
        const got = await readF32(b, back, nx);
        const lhs = want.reduce((s, v, i) => s + v * cData[i]!, 0);
        const rhs = got.reduce((s, v, i) => s + v * xData[i]!, 0);
        expect(Math.abs(lhs - rhs)).toBeLessThan(1e-3);
        b.free(X); b.free(cols); b.free(C); b.free(back);
      }
    });

    it('maxPool2d: first max on ties, padding never wins, flat h*W+w indices; backward routes gradients', async () => {
      const b = B();
      const g = geom({ batch: 1, channels: 2, height: 4, width: 5, kernelH: 3, kernelW: 3, strideH: 2, strideW: 2, padH: 1, padW: 1 });
      const xData = rand(40, 51).map((v) => Math.round(v) - 4); // all negative-ish, many ties
      const X = upload(b, xData);
      const nOut = g.batch * g.channels * g.outH * g.outW;
      const out = b.alloc(nOut * 4);
      const ind = b.alloc(nOut * 4);
      b.maxPool2d(out, ind, view(X, [1, 2, 4, 5]), g);
      const wantV: number[] = [];
      const wantI: number[] = [];
      for (let c = 0; c < 2; c++) for (let oy = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++) {
        let best = -Infinity;
        let bi = -1;
        for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
          const y = oy * 2 - 1 + i;
          const x = ox * 2 - 1 + j;
          if (y < 0 || y >= 4 || x < 0 || x >= 5) continue;
          const v = xData[c * 20 + y * 5 + x]!;
          if (bi < 0 || v > best) { best = v; bi = y * 5 + x; }
        }
        wantV.push(best);
        wantI.push(bi);
      }
      expect(await readF32(b, out, nOut)).toEqual(wantV);
      expect(await readI32(b, ind, nOut)).toEqual(wantI);
      const gOut = rand(nOut, 53);
      const G = upload(b, gOut);
      const gIn = b.alloc(40 * 4);
      b.maxPool2dBackward(gIn, view(G, [1, 2, g.outH, g.outW]), view(ind, [1, 2, g.outH, g.outW], 'int32'), g);
      const wantG = new Array<number>(40).fill(0);
      for (let k = 0; k < nOut; k++) wantG[Math.floor(k / (g.outH * g.outW)) * 20 + wantI[k]!] += gOut[k]!;
      expectClose(await readF32(b, gIn, 40), wantG, 1e-6, 'maxPool backward');
      b.free(X); b.free(out); b.free(ind); b.free(G); b.free(gIn);
    });

    for (const countIncludePad of [true, false]) {
      it(`avgPool2d and backward (countIncludePad=${countIncludePad})`, async () => {
        const b = B();
        const g = geom({ batch: 2, channels: 1, height: 5, width: 4, kernelH: 3, kernelW: 2, strideH: 2, strideW: 2, padH: 1, padW: 1 });
        const nx = 40;
        const xData = rand(nx, 61);
        const X = upload(b, xData);
        const nOut = 2 * g.outH * g.outW;
        const out = b.alloc(nOut * 4);
        b.avgPool2d(out, view(X, [2, 1, 5, 4]), g, countIncludePad);
        const divisors: number[] = [];
        const want: number[] = [];
        for (let n = 0; n < 2; n++) for (let oy = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++) {
          let s = 0;
          let real = 0;
          for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) {
            const y = oy * 2 - 1 + i;
            const x = ox * 2 - 1 + j;
            if (y >= 0 && y < 5 && x >= 0 && x < 4) { s += xData[n * 20 + y * 4 + x]!; real++; }
          }
          // PyTorch: padded cells count up to the padded border (here every window fits in it).
          const y0 = oy * 2 - 1;
          const x0 = ox * 2 - 1;
          const padded = (Math.min(y0 + 3, 5 + 1) - y0) * (Math.min(x0 + 2, 4 + 1) - x0);
          const d = countIncludePad ? padded : real;
          divisors.push(d);
          want.push(s / d);
        }
        expectClose(await readF32(b, out, nOut), want, 1e-6, 'avgPool');
        const gOut = rand(nOut, 67);
        const G = upload(b, gOut);
        const gIn = b.alloc(nx * 4);
        b.avgPool2dBackward(gIn, view(G, [2, 1, g.outH, g.outW]), g, countIncludePad);
        const wantG = new Array<number>(nx).fill(0);
        let k = 0;
        for (let n = 0; n < 2; n++) for (let oy = 0; oy < g.outH; oy++) for (let ox = 0; ox < g.outW; ox++, k++) {
          for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) {
            const y = oy * 2 - 1 + i;
            const x = ox * 2 - 1 + j;
            if (y >= 0 && y < 5 && x >= 0 && x < 4) wantG[n * 20 + y * 4 + x] += gOut[k]! / divisors[k]!;
          }
        }
        expectClose(await readF32(b, gIn, nx), wantG, 1e-5, 'avgPool backward');
        b.free(X); b.free(out); b.free(G); b.free(gIn);
      });
    }
  });
}
