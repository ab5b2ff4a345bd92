import { beforeAll, describe, expect, it } from 'vitest';
import type { BackendBuffer, BinaryOp, DType, UnaryOp, View } from '../src/backend/backend.js';
import { createCpuBackend, type CpuBackend } from '../src/backend/cpu/cpu-backend.js';

// Every expected value below is computed in plain JS (double precision) by
// small independent loops, never by the kernels under test.

let be: CpuBackend;
beforeAll(async () => {
  be = await createCpuBackend();
});

// ---------------------------------------------------------------- helpers

function upload(data: ArrayLike<number>, dtype: DType = 'float32'): BackendBuffer {
  const buf = be.alloc(data.length * 4);
  be.write(buf, dtype === 'float32' ? new Float32Array(data) : new Int32Array(data));
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

function view(buffer: BackendBuffer, shape: number[], opts: { dtype?: DType; strides?: number[]; offset?: number } = {}): View {
  return { buffer, dtype: opts.dtype ?? 'float32', shape, strides: opts.strides ?? contiguous(shape), offset: opts.offset ?? 0 };
}

function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

function readF32(buf: BackendBuffer, n: number): number[] {
  return Array.from(new Float32Array(be.readSync(buf, 0, n * 4)));
}

function readI32(buf: BackendBuffer, n: number): number[] {
  return Array.from(new Int32Array(be.readSync(buf, 0, n * 4)));
}

/** Values of a strided view over host data, in row-major order. */
function gatherHost(data: ArrayLike<number>, shape: number[], strides: number[], offset = 0): number[] {
  const out: number[] = [];
  const idx = shape.map(() => 0);
  const n = numel(shape);
  for (let i = 0; i < n; i++) {
    let off = offset;
    for (let d = 0; d < shape.length; d++) off += idx[d]! * strides[d]!;
    out.push(data[off]!);
    for (let d = shape.length - 1; d >= 0; d--) {
      if (++idx[d]! < shape[d]!) break;
      idx[d] = 0;
    }
  }
  return out;
}

function f32(x: number): number {
  return Math.fround(x);
}

function expectClose(actual: number[], expected: number[], rtol = 2e-6, atol = 1e-6, what = ''): void {
  expect(actual.length, `${what} length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(e)) {
      expect(a, `${what}[${i}] expected NaN`).toBeNaN();
    } else if (!Number.isFinite(e)) {
      expect(a, `${what}[${i}]`).toBe(e);
    } else if (Number.isNaN(a) || Math.abs(a - e) > atol + rtol * Math.abs(e)) {
      throw new Error(`${what}[${i}]: got ${a}, expected ${e} (diff ${Math.abs(a - e)})`);
    }
  }
}

function randomArray(n: number, seed: number, lo = -3, hi = 3): number[] {
  let s = seed >>> 0 || 1;
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    out.push(f32(lo + ((s % 100000) / 100000) * (hi - lo)));
  }
  return out;
}

/** erfc for x >= 2 by its continued fraction, evaluated backwards. */
function erfcRef(x: number): number {
  let f = x;
  for (let n = 200; n >= 1; n--) f = x + n / 2 / f;
  return Math.exp(-x * x) / (Math.sqrt(Math.PI) * f);
}

/** erf: Maclaurin series near 0, 1 - erfc in the tails. */
function erfRef(x: number): number {
  if (Math.abs(x) >= 2) return Math.sign(x) * (1 - erfcRef(Math.abs(x)));
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
    if (Math.abs(term) < 1e-17) break;
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

// ---------------------------------------------------------------- storage

describe('[cpu] storage', () => {
  it('writes, reads back, tracks bytes and reuses freed blocks', async () => {
    const before = be.bytesInUse();
    const a = upload([1, 2, 3, -4]);
    expect(be.bytesInUse() - before).toBe(16);
    expect(readF32(a, 4)).toEqual([1, 2, 3, -4]);
    expect(Array.from(new Float32Array(await be.read(a, 4, 8)))).toEqual([2, 3]);
    be.write(a, new Float32Array([9]), 8);
    expect(readF32(a, 4)).toEqual([1, 2, 9, -4]);
    const ptr = (a as unknown as { ptr: number }).ptr;
    be.free(a);
    expect(be.bytesInUse()).toBe(before);
    expect(() => be.free(a)).toThrow(/already freed/);
    const b = be.alloc(16);
    expect((b as unknown as { ptr: number }).ptr).toBe(ptr);
    expect((b as unknown as { ptr: number }).ptr % 16).toBe(0);
    be.free(b);
    await be.sync();
  });

  it('grows memory for big buffers and keeps old contents', () => {
    const small = upload([5, 6, 7]);
    const big = be.alloc(64 * 1024 * 1024);
    be.write(big, new Float32Array([1, 2]), 64 * 1024 * 1024 - 8);
    expect(Array.from(new Float32Array(be.readSync(big, 64 * 1024 * 1024 - 8, 8)))).toEqual([1, 2]);
    expect(readF32(small, 3)).toEqual([5, 6, 7]);
    be.free(big);
    be.free(small);
  });

  it('rejects out-of-bounds writes and reads', () => {
    const a = be.alloc(8);
    expect(() => be.write(a, new Float32Array(3))).toThrow(/overflow/);
    expect(() => be.readSync(a, 4, 8)).toThrow(/overflow/);
    be.free(a);
  });

  it('fills with a value per dtype', () => {
    const a = be.alloc(7 * 4);
    be.fill(a, 7, -1.5, 'float32');
    expect(readF32(a, 7)).toEqual(Array(7).fill(-1.5));
    be.fill(a, 5, 3, 'int32');
    expect(readI32(a, 7).slice(0, 5)).toEqual(Array(5).fill(3));
    be.free(a);
  });
});

// ---------------------------------------------------------------- copy

describe('[cpu] copy', () => {
  it('copies a transposed view to contiguous', () => {
    const data = Array.from({ length: 6 * 7 }, (_, i) => i - 20.5);
    const a = upload(data);
    const out = be.alloc(42 * 4);
    be.copy(out, view(a, [7, 6], { strides: [1, 7] }), 'float32');
    expect(readF32(out, 42)).toEqual(gatherHost(data, [7, 6], [1, 7]));
  });

  it('copies a broadcast view with an offset', () => {
    const data = [1, 2, 3, 4, 5];
    const a = upload(data);
    const out = be.alloc(3 * 4 * 4);
    be.copy(out, view(a, [3, 4], { strides: [0, 1], offset: 1 }), 'float32');
    expect(readF32(out, 12)).toEqual(gatherHost(data, [3, 4], [0, 1], 1));
  });

  it('converts dtypes: f32 -> i32 truncates toward zero, -> bool is x != 0', () => {
    const data = [-2.7, -0.5, 0, -0, 0.5, 2.7, 1e9, NaN, 7.99];
    const a = upload(data);
    const out = be.alloc(data.length * 4);
    be.copy(out, view(a, [9]), 'int32');
    expect(readI32(out, 9)).toEqual([-2, 0, 0, 0, 0, 2, 1e9, 0, 7]);
    be.copy(out, view(a, [9]), 'bool');
    expect(readI32(out, 9)).toEqual([1, 1, 0, 0, 1, 1, 1, 1, 1]);
    const ints = upload([-3, 0, 5, 2147483647, -9, 1, 2], 'int32');
    be.copy(out, view(ints, [7], { dtype: 'int32' }), 'float32');
    expect(readF32(out, 7)).toEqual([-3, 0, 5, 2147483648, -9, 1, 2]);
    be.copy(out, view(ints, [7], { dtype: 'int32' }), 'bool');
    expect(readI32(out, 7)).toEqual([1, 0, 1, 1, 1, 1, 1]);
    const bools = upload([1, 0, 1], 'int32');
    be.copy(out, view(bools, [3], { dtype: 'bool' }), 'float32');
    expect(readF32(out, 3)).toEqual([1, 0, 1]);
  });
});

// ---------------------------------------------------------------- unary

const UNARY_REF: Record<Exclude<UnaryOp, 'logical_not'>, (x: number) => number> = {
  neg: (x) => -x,
  abs: Math.abs,
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  rsqrt: (x) => 1 / Math.sqrt(x),
  sin: Math.sin,
  cos: Math.cos,
  tanh: Math.tanh,
  sigmoid: (x) => 1 / (1 + Math.exp(-x)),
  relu: (x) => (Number.isNaN(x) ? NaN : x > 0 ? x : 0),
  gelu: (x) => (x < -2 * Math.SQRT2 ? 0.5 * x * erfcRef(-x / Math.SQRT2) : 0.5 * x * (1 + erfRef(x / Math.SQRT2))),
  gelu_tanh: (x) => 0.5 * x * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (x + 0.044715 * x ** 3))),
  silu: (x) => x / (1 + Math.exp(-x)),
  erf: erfRef,
  sign: (x) => (x > 0 ? 1 : x < 0 ? -1 : 0),
  floor: Math.floor,
  ceil: Math.ceil,
  round: roundHalfEven,
  square: (x) => x * x,
  reciprocal: (x) => 1 / x,
  log1p: Math.log1p,
  expm1: Math.expm1,
};

describe('[cpu] unary float32', () => {
  // 37 elements: 9 SIMD blocks + a tail of 1; includes 0, negatives, halves.
  const base = [0, -0.5, 0.5, 1.5, 2.5, -2.5, -1, 1, 1e-3, -1e-3, 1e-6, 3.25, -3.75, 7, -7, 0.1, 20, -20];
  const data = [...base, ...randomArray(37 - base.length, 7, -6, 6)].map(f32);
  for (const [op, ref] of Object.entries(UNARY_REF) as [UnaryOp, (x: number) => number][]) {
    it(`${op} matches the JS reference (contiguous and transposed)`, () => {
      const domain = op === 'log' || op === 'sqrt' || op === 'rsqrt' ? data.map(Math.abs) : op === 'log1p' ? data.map((x) => Math.abs(x) - 0.9) : data;
      const a = upload(domain);
      const out = be.alloc(domain.length * 4);
      be.unary(op, out, view(a, [37]));
      const expected = domain.map((x) => f32(ref(x)));
      const rtol = op === 'gelu_tanh' || op === 'expm1' || op === 'log1p' ? 4e-6 : 2e-6;
      expectClose(readF32(out, 37), expected, rtol, 2e-7, op);
      // 5x7 window of the data read transposed: strided path with tails
      be.unary(op, out, view(a, [5, 7], { strides: [1, 5] }));
      expectClose(readF32(out, 35), gatherHost(domain, [5, 7], [1, 5]).map((x) => f32(ref(x))), rtol, 2e-7, `${op} transposed`);
    });
  }

  it('handles extremes: overflow, saturation, log(0), log(<0), NaN', () => {
    const xs = [100, -200, 89, -104, Infinity, -Infinity, NaN, 0];
    const run = (op: UnaryOp, values: number[]): number[] => {
      const a = upload(values);
      const out = be.alloc(values.length * 4);
      be.unary(op, out, view(a, [values.length]));
      return readF32(out, values.length);
    };
    expect(run('exp', xs)).toEqual([Infinity, 0, Infinity, 0, Infinity, 0, NaN, 1]);
    expect(run('tanh', [50, -50, 1e30, -1e30, 0, NaN])).toEqual([1, -1, 1, -1, 0, NaN]);
    const sig = run('sigmoid', [-100, 100, -1e30, 0]);
    expect(sig[0]).toBeGreaterThanOrEqual(0);
    expect(sig[0]).toBeLessThan(1e-40);
    expect(sig.slice(1)).toEqual([1, 0, 0.5]);
    expect(run('log', [0, -1, Infinity, NaN, 1, 1e-40])).toEqual([-Infinity, NaN, Infinity, NaN, 0, f32(Math.log(f32(1e-40)))]);
    expect(run('relu', [0, -0, -1, 2, NaN])).toEqual([0, 0, 0, 2, NaN]);
    expect(run('sign', [0, -0, -3, 4])).toEqual([0, 0, -1, 1]);
    expect(run('round', [0.5, 1.5, 2.5, -0.5, -1.5, 2.4999])).toEqual([0, 2, 2, -0, -2, 2]);
    expect(run('erf', [10, -10, 4, -4])).toEqual([1, -1, 1, -1]);
    const g = run('gelu', [-10, 10, 0, -5]);
    expect(g.slice(1, 3)).toEqual([10, 0]);
    // erfc tail kept: gelu(-10) ~ -7.6e-23, gelu(-5) ~ -1.43e-6
    expect(g[0]).toBeLessThan(0);
    expect(g[0]).toBeGreaterThan(-1e-21);
    expectClose([g[3]!], [-5 * 0.5 * erfcRef(5 / Math.SQRT2)], 1e-4, 0, 'gelu(-5)');
    expect(run('silu', [-100])[0]).toBeCloseTo(0, 30);
    expectClose(run('expm1', [1e-10, -1e-10, 100, -100]), [1e-10, -1e-10, Infinity, -1], 1e-6, 0);
    expectClose(run('log1p', [1e-10, -1, -2]), [1e-10, -Infinity, NaN], 1e-6, 0);
  });

  it('erf is accurate to 1e-6 on a fine grid', () => {
    const xs = Array.from({ length: 4001 }, (_, i) => f32(-5 + i * 0.0025));
    const a = upload(xs);
    const out = be.alloc(xs.length * 4);
    be.unary('erf', out, view(a, [xs.length]));
    const got = readF32(out, xs.length);
    let worst = 0;
    xs.forEach((x, i) => { worst = Math.max(worst, Math.abs(got[i]! - erfRef(x))); });
    expect(worst).toBeLessThan(1e-6);
  });
});

describe('[cpu] unary int32 / bool', () => {
  it('neg, abs, sign, square on int32; logical_not on bool', () => {
    const data = [-5, 0, 3, -1, 7, 2, -2147483647];
    const a = upload(data, 'int32');
    const out = be.alloc(data.length * 4);
    const run = (op: UnaryOp, dtype: DType): number[] => {
      be.unary(op, out, view(a, [7], { dtype }));
      return readI32(out, 7);
    };
    expect(run('neg', 'int32')).toEqual(data.map((x) => -x | 0));
    expect(run('abs', 'int32')).toEqual(data.map((x) => Math.abs(x)));
    expect(run('sign', 'int32')).toEqual(data.map((x) => Math.sign(x)));
    expect(run('square', 'int32').slice(0, 6)).toEqual(data.slice(0, 6).map((x) => x * x));
    const b = upload([1, 0, 0, 1, 1], 'int32');
    be.unary('logical_not', out, view(b, [5], { dtype: 'bool' }));
    expect(readI32(out, 5)).toEqual([0, 1, 1, 0, 0]);
    expect(() => be.unary('exp', out, view(a, [7], { dtype: 'int32' }))).toThrow(/unary exp/);
  });
});

// ---------------------------------------------------------------- binary

const BINARY_REF: Record<BinaryOp, (x: number, y: number) => number> = {
  add: (x, y) => x + y,
  sub: (x, y) => x - y,
  mul: (x, y) => x * y,
  div: (x, y) => x / y,
  pow: Math.pow,
  maximum: (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)),
  minimum: (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.min(x, y)),
  eq: (x, y) => Number(x === y),
  ne: (x, y) => Number(x !== y),
  lt: (x, y) => Number(x < y),
  le: (x, y) => Number(x <= y),
  gt: (x, y) => Number(x > y),
  ge: (x, y) => Number(x >= y),
  logical_and: (x, y) => Number(x !== 0 && y !== 0),
  logical_or: (x, y) => Number(x !== 0 || y !== 0),
  relu_backward: (x, y) => (y <= 0 ? 0 : x),
};
const COMPARE = new Set<BinaryOp>(['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'logical_and', 'logical_or']);

describe('[cpu] binary float32', () => {
  const xs = [0, -1.5, 2, 3, -4, 0.5, 2, -0, 1, 9, -2, 7, 0.25].map(f32);
  const ys = [1, 2, -3, 0.5, 0, -1.5, 2, 0, -2, 0.5, 3, -1, 4].map(f32);
  for (const [op, ref] of Object.entries(BINARY_REF) as [BinaryOp, (x: number, y: number) => number][]) {
    it(`${op}: same shape, broadcast [3,1]x[1,5], scalars`, () => {
      const isCmp = COMPARE.has(op);
      const read = (buf: BackendBuffer, n: number): number[] => (isCmp ? readI32(buf, n) : readF32(buf, n));
      const a = upload(xs);
      const b = upload(ys);
      const out = be.alloc(64 * 4);
      be.binary(op, out, [13], view(a, [13]), view(b, [13]), 'float32');
      expectClose(read(out, 13), xs.map((x, i) => f32(ref(x, ys[i]!))), 2e-6, 0, op);
      // [3, 5] from a[3,1] (offset 2) and b[1,5] (offset 4): stride-0 dims
      be.binary(op, out, [3, 5], view(a, [3, 5], { strides: [1, 0], offset: 2 }), view(b, [3, 5], { strides: [0, 1], offset: 4 }), 'float32');
      const bc: number[] = [];
      for (let i = 0; i < 3; i++) for (let j = 0; j < 5; j++) bc.push(f32(ref(xs[2 + i]!, ys[4 + j]!)));
      expectClose(read(out, 15), bc, 2e-6, 0, `${op} broadcast`);
      // transposed a with contiguous b: 4 x 3 window
      be.binary(op, out, [4, 3], view(a, [4, 3], { strides: [1, 4] }), view(b, [4, 3]), 'float32');
      const ta = gatherHost(xs, [4, 3], [1, 4]);
      expectClose(read(out, 12), ta.map((x, i) => f32(ref(x, ys[i]!))), 2e-6, 0, `${op} transposed`);
      be.binary(op, out, [13], view(a, [13]), 2, 'float32');
      expectClose(read(out, 13), xs.map((x) => f32(ref(x, 2))), 2e-6, 0, `${op} scalar b`);
      be.binary(op, out, [13], -0.5, view(b, [13]), 'float32');
      expectClose(read(out, 13), ys.map((y) => f32(ref(-0.5, y))), 2e-6, 0, `${op} scalar a`);
    });
  }

  it("relu_backward is PyTorch's threshold_backward at 0: 0 where y <= 0 (-0 too), g where y > 0 or NaN; int32 refused", () => {
    const g = [1.5, -2, 3, 4, 5, 6, 7, 8, -9];
    const y = [0, -0, -1, 1e-30, NaN, Infinity, -Infinity, 2, 0.5];
    const a = upload(g);
    const b = upload(y);
    const out = be.alloc(9 * 4);
    be.binary('relu_backward', out, [9], view(a, [9]), view(b, [9]), 'float32');
    expect(readF32(out, 9)).toEqual([0, 0, 0, 4, 5, 6, 0, 8, -9]);
    expect(() => be.binary('relu_backward', out, [9], view(a, [9], { dtype: 'int32' }), view(b, [9], { dtype: 'int32' }), 'int32')).toThrow(/cpu binary relu_backward: int32 relu_backward is not supported/);
  });

  it('pow follows Math.pow, maximum propagates NaN', () => {
    const xs2 = [-8, 1, 1, 0, 0, NaN, -2, 2];
    const ys2 = [1 / 3, NaN, Infinity, -1, 0, 0, 3, 0.5];
    const a = upload(xs2);
    const b = upload(ys2);
    const out = be.alloc(8 * 4);
    be.binary('pow', out, [8], view(a, [8]), view(b, [8]), 'float32');
    expectClose(readF32(out, 8), xs2.map((x, i) => f32(Math.pow(x, f32(ys2[i]!)))), 2e-6, 0, 'pow');
    be.binary('maximum', out, [8], view(a, [8]), view(b, [8]), 'float32');
    expect(readF32(out, 8)[1]).toBeNaN();
  });
});

describe('[cpu] binary int32 / bool', () => {
  it('arithmetic, truncating division, comparisons', () => {
    const xs = [7, -7, 7, -7, 0, 5, 100, -3, 9];
    const ys = [2, 2, -2, -2, 3, 0, 7, -3, 4];
    const a = upload(xs, 'int32');
    const b = upload(ys, 'int32');
    const out = be.alloc(9 * 4);
    const run = (op: BinaryOp): number[] => {
      be.binary(op, out, [9], view(a, [9], { dtype: 'int32' }), view(b, [9], { dtype: 'int32' }), 'int32');
      return readI32(out, 9);
    };
    expect(run('add')).toEqual(xs.map((x, i) => x + ys[i]!));
    expect(run('sub')).toEqual(xs.map((x, i) => x - ys[i]!));
    expect(run('mul')).toEqual(xs.map((x, i) => x * ys[i]!));
    expect(run('div').filter((_, i) => ys[i] !== 0)).toEqual(xs.map((x, i) => Math.trunc(x / ys[i]!)).filter((_, i) => ys[i] !== 0));
    expect(run('maximum')).toEqual(xs.map((x, i) => Math.max(x, ys[i]!)));
    expect(run('lt')).toEqual(xs.map((x, i) => Number(x < ys[i]!)));
    expect(run('eq')).toEqual(xs.map((x, i) => Number(x === ys[i]!)));
    be.binary('mul', out, [9], view(a, [9], { dtype: 'int32' }), 3, 'int32');
    expect(readI32(out, 9)).toEqual(xs.map((x) => x * 3));
    const p = upload([1, 0, 1, 0, 1], 'int32');
    const q = upload([1, 1, 0, 0, 1], 'int32');
    be.binary('logical_and', out, [5], view(p, [5], { dtype: 'bool' }), view(q, [5], { dtype: 'bool' }), 'bool');
    expect(readI32(out, 5)).toEqual([1, 0, 0, 0, 1]);
    be.binary('logical_or', out, [5], view(p, [5], { dtype: 'bool' }), view(q, [5], { dtype: 'bool' }), 'bool');
    expect(readI32(out, 5)).toEqual([1, 1, 1, 0, 1]);
  });
});

describe('[cpu] elementwise fast paths (4-vector loops, [M, N] blocks)', () => {
  // Lengths around the 16-element unrolled loop, the 4-lane loop and the scalar tail.
  const lengths = [1, 3, 4, 15, 16, 17, 21, 33, 50, 67];

  it('cheap unary ops: relu keeps NaN and gives +0 for -0, as PyTorch; int32 neg/abs', () => {
    const relu = (x: number): number => (Number.isNaN(x) ? NaN : x > 0 ? x : 0);
    for (const n of lengths) {
      const xs = randomArray(n, 40 + n).map((x, i) => (i % 7 === 3 ? NaN : i % 7 === 5 ? -0 : x));
      const a = upload(xs);
      const out = be.alloc(n * 4);
      be.unary('relu', out, view(a, [n]));
      const got = readF32(out, n);
      expectClose(got, xs.map(relu), 0, 0, `relu n=${n}`);
      got.forEach((y, i) => expect(Object.is(y, -0), `relu(-0) n=${n} [${i}]`).toBe(false));
      for (const [op, ref] of [['neg', (x: number) => -x], ['abs', Math.abs], ['square', (x: number) => f32(x * x)]] as const) {
        be.unary(op, out, view(a, [n]));
        expectClose(readF32(out, n), xs.map(ref), 0, 0, `${op} n=${n}`);
      }
      const is = xs.map((x, i) => (Number.isNaN(x) ? i : Math.round(x * 1000)));
      const ai = upload(is, 'int32');
      be.unary('neg', out, view(ai, [n], { dtype: 'int32' }));
      expect(readI32(out, n), `int neg n=${n}`).toEqual(is.map((x) => -x | 0));
      be.unary('abs', out, view(ai, [n], { dtype: 'int32' }));
      expect(readI32(out, n), `int abs n=${n}`).toEqual(is.map((x) => Math.abs(x)));
    }
  });

  it('binary ops over [2, 3, n]: contiguous, row and column broadcast of either side, float32 and int32', () => {
    const ops: [BinaryOp, (x: number, y: number) => number, (x: number, y: number) => number][] = [
      ['add', (x, y) => f32(x + y), (x, y) => (x + y) | 0],
      ['mul', (x, y) => f32(x * y), (x, y) => Math.imul(x, y)],
      ['sub', (x, y) => f32(x - y), (x, y) => (x - y) | 0],
      ['maximum', (x, y) => (Number.isNaN(x) || Number.isNaN(y) ? NaN : Math.max(x, y)), Math.max],
    ];
    for (const n of lengths) {
      const shape = [2, 3, n];
      const full = randomArray(6 * n, 60 + n).map((x, i) => (i % 11 === 4 ? NaN : x));
      const other = randomArray(6 * n, 90 + n);
      // [2, 3, n] views of `other`: itself, a row [n] and a column [2, 3, 1] broadcast
      const layouts: [string, number[], number[]][] = [
        ['same', contiguous(shape), gatherHost(other, shape, contiguous(shape))],
        ['row', [0, 0, 1], gatherHost(other, shape, [0, 0, 1])],
        ['col', [3, 1, 0], gatherHost(other, shape, [3, 1, 0])],
      ];
      for (const dtype of ['float32', 'int32'] as const) {
        const conv = (v: number[]): number[] => (dtype === 'float32' ? v : v.map((x, i) => (Number.isNaN(x) ? i : Math.round(x * 100))));
        const fv = conv(full), ov = conv(other);
        const a = upload(fv, dtype), b = upload(ov, dtype);
        const out = be.alloc(6 * n * 4);
        const read = (): number[] => (dtype === 'float32' ? readF32(out, 6 * n) : readI32(out, 6 * n));
        for (const [op, fref, iref] of ops) {
          const ref = dtype === 'float32' ? fref : iref;
          for (const [layout, strides] of layouts) {
            const bx = gatherHost(ov, shape, strides);
            const what = `${dtype} ${op} ${layout} n=${n}`;
            be.binary(op, out, shape, view(a, shape, { dtype }), view(b, shape, { dtype, strides }), dtype);
            expectClose(read(), fv.map((x, i) => ref(x, bx[i]!)), 0, 0, `${what} (a op b)`);
            be.binary(op, out, shape, view(b, shape, { dtype, strides }), view(a, shape, { dtype }), dtype);
            expectClose(read(), fv.map((x, i) => ref(bx[i]!, x)), 0, 0, `${what} (b op a)`);
          }
        }
      }
    }
  });
});

describe('[cpu] where / clamp', () => {
  it('where selects with broadcast cond and scalar operands', () => {
    const cond = upload([1, 0, 1, 1, 0], 'int32');
    const a = upload([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const out = be.alloc(10 * 4);
    // cond [1,5] broadcast over 2 rows
    be.where(out, [2, 5], view(cond, [2, 5], { dtype: 'bool', strides: [0, 1] }), view(a, [2, 5]), -1, 'float32');
    expect(readF32(out, 10)).toEqual([1, -1, 3, 4, -1, 6, -1, 8, 9, -1]);
    be.where(out, [5], view(cond, [5], { dtype: 'bool' }), 7, 9, 'int32');
    expect(readI32(out, 5)).toEqual([7, 9, 7, 7, 9]);
  });

  it('where over contiguous rows (the four-vector loop and its tail), b a tensor, a scalar or strided', () => {
    for (const n of [3, 16, 37, 100]) {
      const condBits = randomArray(2 * n, 7 + n).map((x) => (x > 0 ? 1 : 0));
      const av = randomArray(2 * n, 17 + n);
      const bv = randomArray(2 * n, 27 + n);
      const cond = upload(condBits, 'int32'), a = upload(av), b = upload(bv);
      const out = be.alloc(2 * n * 4);
      const c = view(cond, [2, n], { dtype: 'bool' });
      be.where(out, [2, n], c, view(a, [2, n]), view(b, [2, n]), 'float32');
      expect(readF32(out, 2 * n), `tensor b, n=${n}`).toEqual(condBits.map((m, i) => Math.fround(m ? av[i]! : bv[i]!)));
      be.where(out, [2, n], c, view(a, [2, n]), 0, 'float32');
      expect(readF32(out, 2 * n), `scalar b, n=${n}`).toEqual(condBits.map((m, i) => (m ? Math.fround(av[i]!) : 0)));
      // b a transposed [n, 2]: a strided row, the general loop
      be.where(out, [2, n], c, view(a, [2, n]), view(b, [2, n], { strides: [1, 2] }), 'float32');
      expect(readF32(out, 2 * n), `strided b, n=${n}`).toEqual(condBits.map((m, i) => Math.fround(m ? av[i]! : bv[(i % n) * 2 + Math.floor(i / n)]!)));
    }
  });

  it('clamp float32 (NaN kept, infinite bounds) and int32', () => {
    const data = [-3, -1, 0, 0.5, 2, 9, NaN];
    const a = upload(data);
    const out = be.alloc(7 * 4);
    be.clamp(out, view(a, [7]), -1, 2);
    expect(readF32(out, 7)).toEqual([-1, -1, 0, 0.5, 2, 2, NaN]);
    be.clamp(out, view(a, [7]), 0, Infinity);
    expect(readF32(out, 7)).toEqual([0, 0, 0, 0.5, 2, 9, NaN]);
    const ints = upload([-5, 0, 5, 10], 'int32');
    be.clamp(out, view(ints, [4], { dtype: 'int32' }), -Infinity, 4);
    expect(readI32(out, 4)).toEqual([-5, 0, 4, 4]);
  });
});

// ---------------------------------------------------------------- reductions

function reduceRef(op: string, data: number[], outer: number, reduced: number, inner: number): number[] {
  const out: number[] = [];
  for (let o = 0; o < outer; o++) {
    for (let i = 0; i < inner; i++) {
      const vals: number[] = [];
      for (let r = 0; r < reduced; r++) vals.push(data[(o * reduced + r) * inner + i]!);
      const nanAt = vals.findIndex((v) => Number.isNaN(v));
      switch (op) {
        case 'sum': out.push(vals.reduce((a, b) => a + b, 0)); break;
        case 'prod': out.push(vals.reduce((a, b) => a * b, 1)); break;
        case 'max': out.push(nanAt >= 0 ? NaN : Math.max(...vals)); break;
        case 'min': out.push(nanAt >= 0 ? NaN : Math.min(...vals)); break;
        case 'argmax': out.push(nanAt >= 0 ? nanAt : vals.indexOf(Math.max(...vals))); break;
        case 'argmin': out.push(nanAt >= 0 ? nanAt : vals.indexOf(Math.min(...vals))); break;
      }
    }
  }
  return out;
}

describe('[cpu] reduce', () => {
  // inner 37 and 64 take the 16-column path (plus 4- and 1-column tails); 600 rows span three Kahan blocks of 256.
  const shapes: [number, number, number][] = [[1, 37, 1], [3, 21, 1], [2, 9, 3], [2, 13, 4], [3, 5, 13], [1, 600, 9], [2, 1, 5], [2, 600, 37], [1, 9, 64]];
  for (const op of ['sum', 'prod', 'max', 'min', 'argmax', 'argmin'] as const) {
    it(`${op} float32 over [outer, reduced, inner] blocks`, () => {
      for (const [outer, reduced, inner] of shapes) {
        const n = outer * reduced * inner;
        const data = op === 'prod' ? randomArray(n, n, 0.9, 1.1) : randomArray(n, n + 3).map((x) => Math.round(x * 4) / 4);
        const a = upload([0, 0, ...data]);
        const out = be.alloc(outer * inner * 4);
        be.reduce(op, out, view(a, [n], { offset: 2 }), outer, reduced, inner);
        const exp = reduceRef(op, data, outer, reduced, inner);
        const got = op.startsWith('arg') ? readI32(out, outer * inner) : readF32(out, outer * inner);
        if (op.startsWith('arg')) expect(got, `${op} ${[outer, reduced, inner]}`).toEqual(exp);
        else expectClose(got, exp, 1e-5, 1e-5, `${op} ${[outer, reduced, inner]}`);
      }
    });
  }

  it('argmax/argmin pick the first extreme, NaN is the extreme; max propagates NaN', () => {
    const data = [1, 5, 5, -2, -2, 0, 3, NaN, 3, NaN];
    const a = upload(data);
    const out = be.alloc(2 * 4);
    be.reduce('argmax', out, view(a, [10]), 2, 5, 1);
    expect(readI32(out, 2)).toEqual([1, 2]);
    be.reduce('argmin', out, view(a, [10]), 2, 5, 1);
    expect(readI32(out, 2)).toEqual([3, 2]);
    be.reduce('max', out, view(a, [10]), 2, 5, 1);
    expect(readF32(out, 2)).toEqual([5, NaN]);
    // columns of [5, 2]: [1, 5, -2, 3, 3] and [5, -2, 0, NaN, NaN]
    be.reduce('argmax', out, view(a, [10]), 1, 5, 2);
    expect(readI32(out, 2)).toEqual([1, 3]);
  });

  it('int32 sum/max/argmax stay int32', () => {
    const data = [3, -7, 2, 2147483647, 1, -1, 0, 8, 8, 4, 5, 6];
    const a = upload(data, 'int32');
    const out = be.alloc(4 * 4);
    be.reduce('sum', out, view(a, [12], { dtype: 'int32' }), 3, 4, 1);
    expect(readI32(out, 3)).toEqual([(3 - 7 + 2 + 2147483647) | 0, 8, 23]);
    be.reduce('max', out, view(a, [12], { dtype: 'int32' }), 1, 3, 4);
    expect(readI32(out, 4)).toEqual([8, 4, 5, 2147483647]);
    be.reduce('argmax', out, view(a, [12], { dtype: 'int32' }), 3, 4, 1);
    expect(readI32(out, 3)).toEqual([3, 3, 0]);
  });

  it('sums 1M floats accurately (pairwise)', () => {
    const n = 1 << 20;
    const data = new Float32Array(n);
    let exact = 0;
    for (let i = 0; i < n; i++) {
      data[i] = f32(0.1 + ((i * 7919) % 1000) / 1000);
      exact += data[i]!;
    }
    const a = be.alloc(n * 4);
    be.write(a, data);
    const out = be.alloc(4);
    be.reduce('sum', out, view(a, [n]), 1, n, 1);
    expect(Math.abs(readF32(out, 1)[0]! - exact) / exact).toBeLessThan(1e-6);
    // and along a strided axis ([n/4, 4] summed over the first dim)
    const out4 = be.alloc(16);
    be.reduce('sum', out4, view(a, [n]), 1, n / 4, 4);
    const exp4 = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) exp4[i % 4]! += data[i]!;
    expectClose(readF32(out4, 4), exp4, 1e-6, 0, 'column sum');
    be.free(a);
  });
});

describe('[cpu] softmax', () => {
  // 11: the 4-wide loop and a tail; 37: also the kernel's 16-wide loop (two trips)
  for (const [log, cols] of [[false, 11], [true, 11], [false, 37], [true, 37]] as const) {
    it(`${log ? 'logSoftmax' : 'softmax'} over rows of ${cols}, stable for large values`, () => {
      const rows = 3;
      const data = randomArray(rows * cols, 5, -10, 10);
      data[3] = 1000;
      data[4] = 999;
      data[cols + 1] = -1000;
      const a = upload(data);
      const out = be.alloc(rows * cols * 4);
      be.softmax(out, view(a, [rows, cols]), rows, cols, log);
      const exp: number[] = [];
      for (let r = 0; r < rows; r++) {
        const row = data.slice(r * cols, (r + 1) * cols);
        const m = Math.max(...row);
        const s = row.reduce((acc, x) => acc + Math.exp(x - m), 0);
        for (const x of row) exp.push(log ? x - m - Math.log(s) : Math.exp(x - m) / s);
      }
      expectClose(readF32(out, rows * cols), exp, 2e-6, 1e-7, 'softmax');
    });
  }
});

// ---------------------------------------------------------------- matmul

function matmulRef(a: number[], as: number[], b: number[], bs: number[], B: number, M: number, K: number, N: number): number[] {
  const out: number[] = [];
  for (let bi = 0; bi < B; bi++) {
    for (let i = 0; i < M; i++) {
      for (let j = 0; j < N; j++) {
        let s = 0;
        for (let k = 0; k < K; k++) s += a[bi * as[0]! + i * as[1]! + k * as[2]!]! * b[bi * bs[0]! + k * bs[1]! + j * bs[2]!]!;
        out.push(s);
      }
    }
  }
  return out;
}

describe('[cpu] matmul', () => {
  const cases: [string, number, number, number, number, boolean, boolean, boolean][] = [
    // name, B, M, K, N, transposeA, transposeB, broadcast batch of b
    ['square 8', 1, 8, 8, 8, false, false, false],
    ['odd 5x7x3', 1, 5, 7, 3, false, false, false],
    ['edges 13x300x19 (two K blocks)', 1, 13, 300, 19, false, false, false],
    ['tall 130x9x17 (two M blocks)', 1, 130, 9, 17, false, false, false],
    ['A transposed', 1, 12, 10, 9, true, false, false],
    ['B transposed', 2, 7, 33, 10, false, true, false],
    ['both transposed', 3, 6, 5, 11, true, true, false],
    ['batch broadcast of b (stride 0)', 4, 9, 6, 7, false, false, true],
    ['1x1x1', 1, 1, 1, 1, false, false, false],
    ['K = 0', 2, 3, 0, 4, false, false, false],
  ];
  for (const [name, B, M, K, N, tA, tB, bcast] of cases) {
    it(name, () => {
      const adata = randomArray(B * M * K, 11 + M);
      const bdata = randomArray((bcast ? 1 : B) * K * N, 17 + N);
      const as = tA ? [M * K, 1, M] : [M * K, K, 1];
      const bs = [bcast ? 0 : K * N, ...(tB ? [1, K] : [N, 1])];
      const a = upload(adata.length ? adata : [0]);
      const b = upload(bdata.length ? bdata : [0]);
      const out = be.alloc(B * M * N * 4);
      be.fill(out, B * M * N, NaN, 'float32');
      be.matmul(out, view(a, [B, M, K], { strides: as }), view(b, [B, K, N], { strides: bs }));
      expectClose(readF32(out, B * M * N), matmulRef(adata, as, bdata, bs, B, M, K, N), 1e-5, 1e-5, name);
    });
  }

  it('multi-block 200x600x2100 spot check (N > NC panel)', () => {
    const M = 20, K = 600, N = 2100;
    const adata = randomArray(M * K, 3);
    const bdata = randomArray(K * N, 4);
    const a = upload(adata);
    const b = upload(bdata);
    const out = be.alloc(M * N * 4);
    be.matmul(out, view(a, [1, M, K]), view(b, [1, K, N]));
    const got = readF32(out, M * N);
    for (const [i, j] of [[0, 0], [19, 2099], [7, 2048], [13, 2047], [5, 1000]] as const) {
      let s = 0;
      for (let k = 0; k < K; k++) s += adata[i * K + k]! * bdata[k * N + j]!;
      expect(Math.abs(got[i * N + j]! - s)).toBeLessThan(1e-3);
    }
  });

  it('names the shapes on mismatch', () => {
    const a = upload([1, 2, 3, 4, 5, 6]);
    const out = be.alloc(64);
    expect(() => be.matmul(out, view(a, [1, 2, 3]), view(a, [1, 2, 3]))).toThrow(/\[1, 2, 3\] and \[1, 2, 3\]/);
  });
});

// ---------------------------------------------------------------- indexing

describe('[cpu] indexing', () => {
  it('indexSelect and indexAdd along the middle dim (repeated indices accumulate)', () => {
    const outer = 2, n = 4, inner = 5, m = 3;
    const data = Array.from({ length: outer * n * inner }, (_, i) => i * 0.5 - 7);
    const idx = [3, 0, 3];
    const a = upload(data);
    const index = upload(idx, 'int32');
    const out = be.alloc(outer * m * inner * 4);
    be.indexSelect(out, view(a, [outer * n * inner]), view(index, [m], { dtype: 'int32' }), outer, n, inner, m);
    const exp: number[] = [];
    for (let o = 0; o < outer; o++) for (let j = 0; j < m; j++) for (let i = 0; i < inner; i++) exp.push(data[(o * n + idx[j]!) * inner + i]!);
    expect(readF32(out, exp.length)).toEqual(exp);

    const src = Array.from({ length: outer * m * inner }, (_, i) => (i % 7) - 3);
    const target = upload(data);
    be.indexAdd(target, view(upload(src), [outer * m * inner]), view(index, [m], { dtype: 'int32' }), outer, n, inner, m);
    const expAdd = data.slice();
    for (let o = 0; o < outer; o++) for (let j = 0; j < m; j++) for (let i = 0; i < inner; i++) expAdd[(o * n + idx[j]!) * inner + i]! += src[(o * m + j) * inner + i]!;
    expect(readF32(target, expAdd.length)).toEqual(expAdd);
  });

  it('gather and scatterAdd on dim 0 and dim 1 with a smaller index', () => {
    const shape = [3, 4];
    const data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const a = upload(data);
    // index [2, 3] with dim = 1
    const idx1 = [3, 0, 0, 1, 2, 3];
    const index1 = upload(idx1, 'int32');
    const out = be.alloc(6 * 4);
    be.gather(out, view(a, shape), 1, view(index1, [2, 3], { dtype: 'int32' }));
    expect(readF32(out, 6)).toEqual([4, 1, 1, 6, 7, 8]);
    // dim = 0
    const idx0 = [2, 0, 1, 1, 0, 2];
    const index0 = upload(idx0, 'int32');
    be.gather(out, view(a, shape), 0, view(index0, [2, 3], { dtype: 'int32' }));
    expect(readF32(out, 6)).toEqual([9, 2, 7, 5, 2, 11]);

    const target = upload(Array(12).fill(0));
    const src = upload([1, 2, 3, 4, 5, 6]);
    be.scatterAdd(target, shape, 1, view(index1, [2, 3], { dtype: 'int32' }), view(src, [2, 3]));
    expect(readF32(target, 12)).toEqual([5, 0, 0, 1, 0, 4, 5, 6, 0, 0, 0, 0]);
    const itarget = upload(Array(12).fill(1), 'int32');
    const isrc = upload([1, 2, 3, 4, 5, 6], 'int32');
    be.scatterAdd(itarget, shape, 0, view(index0, [2, 3], { dtype: 'int32' }), view(isrc, [2, 3], { dtype: 'int32' }));
    expect(readI32(itarget, 12)).toEqual([1, 8, 1, 1, 5, 1, 4, 1, 2, 1, 7, 1]);
  });
});

// ---------------------------------------------------------------- conv / pool helpers

function geometry(batch: number, channels: number, height: number, width: number, k: [number, number], s: [number, number], p: [number, number], d: [number, number]) {
  const outH = Math.floor((height + 2 * p[0] - d[0] * (k[0] - 1) - 1) / s[0]) + 1;
  const outW = Math.floor((width + 2 * p[1] - d[1] * (k[1] - 1) - 1) / s[1]) + 1;
  return { batch, channels, height, width, kernelH: k[0], kernelW: k[1], strideH: s[0], strideW: s[1], padH: p[0], padW: p[1], dilationH: d[0], dilationW: d[1], outH, outW };
}

function im2colRef(x: number[], g: ReturnType<typeof geometry>): number[] {
  const out: number[] = [];
  for (let n = 0; n < g.batch; n++) {
    for (let c = 0; c < g.channels; c++) {
      for (let i = 0; i < g.kernelH; i++) {
        for (let j = 0; j < g.kernelW; j++) {
          for (let oh = 0; oh < g.outH; oh++) {
            for (let ow = 0; ow < g.outW; ow++) {
              const ih = oh * g.strideH - g.padH + i * g.dilationH;
              const iw = ow * g.strideW - g.padW + j * g.dilationW;
              const inside = ih >= 0 && ih < g.height && iw >= 0 && iw < g.width;
              out.push(inside ? x[((n * g.channels + c) * g.height + ih) * g.width + iw]! : 0);
            }
          }
        }
      }
    }
  }
  return out;
}

describe('[cpu] im2col / col2im', () => {
  const geos = [
    geometry(2, 3, 5, 6, [3, 3], [1, 1], [1, 1], [1, 1]),
    geometry(1, 2, 7, 5, [3, 2], [2, 3], [1, 2], [1, 1]),
    geometry(1, 1, 9, 8, [3, 3], [1, 2], [2, 0], [2, 3]),
    geometry(1, 2, 4, 4, [1, 1], [1, 1], [0, 0], [1, 1]),
  ];
  for (const g of geos) {
    it(`matches the reference and is its adjoint for ${JSON.stringify([g.height, g.width, g.kernelH, g.kernelW, g.strideH, g.strideW, g.padH, g.padW, g.dilationH, g.dilationW])}`, () => {
      const xs = randomArray(g.batch * g.channels * g.height * g.width, 21);
      const rows = g.channels * g.kernelH * g.kernelW;
      const ncols = g.batch * rows * g.outH * g.outW;
      const cols = be.alloc(ncols * 4);
      be.im2col(cols, view(upload(xs), [g.batch, g.channels, g.height, g.width]), g);
      const expected = im2colRef(xs, g);
      expect(readF32(cols, ncols)).toEqual(expected);
      // adjoint: col2im(y) = sum over entries reading each pixel, i.e. <im2col(x), y> = <x, col2im(y)>
      const ys = randomArray(ncols, 33);
      const back = be.alloc(xs.length * 4);
      be.col2im(back, view(upload(ys), [ncols]), g);
      const expBack = Array(xs.length).fill(0);
      // scatter reference via im2col of one-hot images is slow; add entries directly
      let e = 0;
      for (let n = 0; n < g.batch; n++) for (let c = 0; c < g.channels; c++) for (let i = 0; i < g.kernelH; i++) for (let j = 0; j < g.kernelW; j++) {
        for (let oh = 0; oh < g.outH; oh++) for (let ow = 0; ow < g.outW; ow++, e++) {
          const ih = oh * g.strideH - g.padH + i * g.dilationH;
          const iw = ow * g.strideW - g.padW + j * g.dilationW;
          if (ih >= 0 && ih < g.height && iw >= 0 && iw < g.width) expBack[((n * g.channels + c) * g.height + ih) * g.width + iw] += ys[e]!;
        }
      }
      expectClose(readF32(back, xs.length), expBack, 1e-5, 1e-5, 'col2im');
    });
  }
});

describe('[cpu] pooling', () => {
  it('maxPool2d: values, first-max indices, padding never wins, dilation', () => {
    const g = geometry(1, 2, 4, 5, [3, 3], [2, 2], [1, 1], [1, 1]);
    const xs = [
      -5, -5, -5, -5, -5, -5, -9, -9, -9, -5, -5, -9, -9, -9, -5, -5, -5, -5, -5, -5,
      1, 2, 3, 3, 0, 4, 4, 1, 0, 0, 0, 0, 0, 9, 9, 1, 1, 1, 1, 1,
    ];
    const out = be.alloc(2 * g.outH * g.outW * 4);
    const idx = be.alloc(2 * g.outH * g.outW * 4);
    be.maxPool2d(out, idx, view(upload(xs), [1, 2, 4, 5]), g);
    const expV: number[] = [];
    const expI: number[] = [];
    for (let c = 0; c < 2; c++) for (let oh = 0; oh < g.outH; oh++) for (let ow = 0; ow < g.outW; ow++) {
      let best = -Infinity;
      let bi = -1;
      for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) {
        const h = oh * 2 - 1 + i;
        const w = ow * 2 - 1 + j;
        if (h < 0 || h >= 4 || w < 0 || w >= 5) continue;
        const v = xs[c * 20 + h * 5 + w]!;
        if (bi < 0 || v > best) { best = v; bi = h * 5 + w; }
      }
      expV.push(best);
      expI.push(bi);
    }
    expect(readF32(out, expV.length)).toEqual(expV);
    expect(readI32(idx, expI.length)).toEqual(expI);
    // backward routes gradients to the argmax (accumulating where windows share it)
    const go = Array.from({ length: expV.length }, (_, i) => i + 1);
    const gi = be.alloc(40 * 4);
    be.maxPool2dBackward(gi, view(upload(go), [1, 2, g.outH, g.outW]), view(idx, [expI.length], { dtype: 'int32' }), g);
    const expGi = Array(40).fill(0);
    expI.forEach((p, i) => { expGi[Math.floor(i / (g.outH * g.outW)) * 20 + p] += go[i]!; });
    expect(readF32(gi, 40)).toEqual(expGi);
  });

  for (const countIncludePad of [true, false]) {
    it(`avgPool2d forward/backward, countIncludePad=${countIncludePad}`, () => {
      const g = geometry(2, 1, 5, 4, [3, 2], [2, 1], [1, 1], [1, 1]);
      const xs = randomArray(40, 9);
      const n = 2 * g.outH * g.outW;
      const out = be.alloc(n * 4);
      be.avgPool2d(out, view(upload(xs), [2, 1, 5, 4]), g, countIncludePad);
      const go = randomArray(n, 10);
      const gi = be.alloc(40 * 4);
      be.avgPool2dBackward(gi, view(upload(go), [2, 1, g.outH, g.outW]), g, countIncludePad);
      const expV: number[] = [];
      const expGi = Array(40).fill(0);
      let k = 0;
      for (let p = 0; p < 2; p++) for (let oh = 0; oh < g.outH; oh++) for (let ow = 0; ow < g.outW; ow++, k++) {
        const cells: number[] = [];
        let padded = 0;
        for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) {
          const h = oh * 2 - 1 + i;
          const w = ow - 1 + j;
          if (h >= 0 && h < 5 && w >= 0 && w < 4) cells.push(p * 20 + h * 4 + w);
          else if (h < 5 + 1 && w < 4 + 1) padded++;
        }
        const div = countIncludePad ? cells.length + padded : cells.length;
        expV.push(cells.reduce((s, c) => s + xs[c]!, 0) / div);
        for (const c of cells) expGi[c] += go[k]! / div;
      }
      expectClose(readF32(out, n), expV, 1e-5, 1e-6, 'avgPool2d');
      expectClose(readF32(gi, 40), expGi, 1e-5, 1e-6, 'avgPool2dBackward');
    });
  }
});
