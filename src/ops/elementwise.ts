import { tidy } from '../memory.js';
import type { BinaryOp, Operand, UnaryOp } from '../backend/backend.js';
import { recordOp } from '../autograd/node.js';
import type { DType } from '../dtype.js';
import { promoteTypes, promoteWithScalar } from '../dtype.js';
import { broadcastShapes, formatShape, shapesEqual } from '../shape.js';
import { Tensor } from '../tensor.js';
import { cast } from './copy.js';
import { sum } from './reduce.js';
import { reshape } from './views.js';
import type { Scalar, TensorLike } from './util.js';
import { assertTensor, backendOf, broadcastView, empty } from './util.js';

// ---------------------------------------------------------------- unary ops

interface UnaryDef {
  kernel: UnaryOp;
  /** dtypes the kernel runs on as they are; others are cast to float32 first. */
  keeps: readonly DType[];
  /** d(out)/d(x) times g, from the saved input x and output y. */
  grad?: (g: Tensor, x: Tensor, y: Tensor) => Tensor;
}

const SQRT_HALF = Math.SQRT1_2;
const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const GELU_TANH_C = Math.sqrt(2 / Math.PI);

const UNARY: Record<string, UnaryDef> = {
  neg: { kernel: 'neg', keeps: ['float32', 'int32'], grad: (g) => neg(g) },
  abs: { kernel: 'abs', keeps: ['float32', 'int32'], grad: (g, x) => mul(g, unary('sign', x)) },
  sign: { kernel: 'sign', keeps: ['float32', 'int32'], grad: (g) => mul(g, 0) },
  square: { kernel: 'square', keeps: ['float32', 'int32'], grad: (g, x) => mul(g, mul(x, 2)) },
  exp: { kernel: 'exp', keeps: ['float32'], grad: (g, _x, y) => mul(g, y) },
  log: { kernel: 'log', keeps: ['float32'], grad: (g, x) => div(g, x) },
  sqrt: { kernel: 'sqrt', keeps: ['float32'], grad: (g, _x, y) => div(g, mul(y, 2)) },
  rsqrt: { kernel: 'rsqrt', keeps: ['float32'], grad: (g, _x, y) => mul(g, mul(pow(y, 3), -0.5)) },
  sin: { kernel: 'sin', keeps: ['float32'], grad: (g, x) => mul(g, unary('cos', x)) },
  cos: { kernel: 'cos', keeps: ['float32'], grad: (g, x) => mul(g, neg(unary('sin', x))) },
  tanh: { kernel: 'tanh', keeps: ['float32'], grad: (g, _x, y) => mul(g, sub(1, mul(y, y))) },
  sigmoid: { kernel: 'sigmoid', keeps: ['float32'], grad: (g, _x, y) => mul(g, mul(y, sub(1, y))) },
  // NOTE: PyTorch's threshold_backward, one kernel: 0 where y <= 0 (relu'(0) = 0), g where y > 0 or NaN.
  relu: { kernel: 'relu', keeps: ['float32', 'int32'], grad: (g, _x, y) => binary('relu_backward', g, y) },
  silu: {
    kernel: 'silu',
    keeps: ['float32'],
    grad: (g, x) => {
      const s = unary('sigmoid', x);
      return mul(g, mul(s, add(1, mul(x, sub(1, s)))));
    },
  },
  gelu: {
    kernel: 'gelu',
    keeps: ['float32'],
    grad: (g, x) => {
      const cdf = mul(add(unary('erf', mul(x, SQRT_HALF)), 1), 0.5);
      const pdf = mul(unary('exp', mul(mul(x, x), -0.5)), INV_SQRT_2PI);
      return mul(g, add(cdf, mul(x, pdf)));
    },
  },
  gelu_tanh: {
    kernel: 'gelu_tanh',
    keeps: ['float32'],
    grad: (g, x) => {
      const x2 = mul(x, x);
      const t = unary('tanh', mul(add(x, mul(mul(x2, x), 0.044715)), GELU_TANH_C));
      const dt = mul(sub(1, mul(t, t)), mul(add(mul(x2, 3 * 0.044715), 1), GELU_TANH_C));
      return mul(g, add(mul(add(t, 1), 0.5), mul(mul(x, 0.5), dt)));
    },
  },
  erf: {
    kernel: 'erf',
    keeps: ['float32'],
    grad: (g, x) => mul(g, mul(unary('exp', neg(mul(x, x))), 2 / Math.sqrt(Math.PI))),
  },
  reciprocal: { kernel: 'reciprocal', keeps: ['float32'], grad: (g, _x, y) => neg(mul(g, mul(y, y))) },
  log1p: { kernel: 'log1p', keeps: ['float32'], grad: (g, x) => div(g, add(x, 1)) },
  expm1: { kernel: 'expm1', keeps: ['float32'], grad: (g, _x, y) => mul(g, add(y, 1)) },
  floor: { kernel: 'floor', keeps: ['float32', 'int32'], grad: (g) => mul(g, 0) },
  ceil: { kernel: 'ceil', keeps: ['float32', 'int32'], grad: (g) => mul(g, 0) },
  round: { kernel: 'round', keeps: ['float32', 'int32'], grad: (g) => mul(g, 0) },
  logical_not: { kernel: 'logical_not', keeps: ['bool'] },
};

/** Runs the unary op `name` from the table (checks, dtype rule, kernel, backward). */
export function unary(name: keyof typeof UNARY, x: Tensor): Tensor {
  return tidy(() => {
    const def = UNARY[name]!;
    assertTensor(name, x);
    if (name === 'logical_not' && x.dtype !== 'bool') x = ne(x, 0);
    const input = def.keeps.includes(x.dtype) ? x : cast(x, 'float32');
    // Integer rounding is the identity.
    if ((name === 'floor' || name === 'ceil' || name === 'round') && input.dtype === 'int32') return input;
    const backend = backendOf(name, input);
    const out = empty(backend, input.shape, input.dtype);
    backend.unary(def.kernel, out.storage.buffer, input.view_());
    const grad = def.grad;
    if (!grad || input.dtype !== 'float32') return out;
    return recordOp(name, [input], out, [input, out], (g, [sx, sy]) => [grad(g, sx!, sy!)]);
  });
}

export const neg = (x: Tensor): Tensor => unary('neg', x);
export const abs = (x: Tensor): Tensor => unary('abs', x);
export const exp = (x: Tensor): Tensor => unary('exp', x);
export const log = (x: Tensor): Tensor => unary('log', x);
export const sqrt = (x: Tensor): Tensor => unary('sqrt', x);
export const rsqrt = (x: Tensor): Tensor => unary('rsqrt', x);
export const sin = (x: Tensor): Tensor => unary('sin', x);
export const cos = (x: Tensor): Tensor => unary('cos', x);
export const tanh = (x: Tensor): Tensor => unary('tanh', x);
export const sigmoid = (x: Tensor): Tensor => unary('sigmoid', x);
export const relu = (x: Tensor): Tensor => unary('relu', x);
export const silu = (x: Tensor): Tensor => unary('silu', x);
export const square = (x: Tensor): Tensor => unary('square', x);
export const erf = (x: Tensor): Tensor => unary('erf', x);
export const sign = (x: Tensor): Tensor => unary('sign', x);
export const reciprocal = (x: Tensor): Tensor => unary('reciprocal', x);
export const log1p = (x: Tensor): Tensor => unary('log1p', x);
export const expm1 = (x: Tensor): Tensor => unary('expm1', x);
export const floor = (x: Tensor): Tensor => unary('floor', x);
export const ceil = (x: Tensor): Tensor => unary('ceil', x);
export const round = (x: Tensor): Tensor => unary('round', x);
export const logicalNot = (x: Tensor): Tensor => unary('logical_not', x);

/** GELU; `approximate: 'tanh'` uses the tanh form, as PyTorch. */
export function gelu(x: Tensor, options: { approximate?: 'none' | 'tanh' } = {}): Tensor {
  const approx = options.approximate ?? 'none';
  if (approx !== 'none' && approx !== 'tanh') throw new Error(`gelu: approximate must be 'none' or 'tanh', got '${String(approx)}'`);
  return unary(approx === 'tanh' ? 'gelu_tanh' : 'gelu', x);
}

// ---------------------------------------------------------------- binary ops

type BinaryGrad = (g: Tensor, a: TensorLike, b: TensorLike, out: Tensor) => Tensor;

interface BinaryDef {
  kernel: BinaryOp;
  kind: 'arith' | 'compare' | 'logical';
  /** Computes in float32 even for integer inputs (true division, pow). */
  float?: boolean;
  /** Gradient with respect to a and to b (before summing over broadcast dims). */
  grad?: [BinaryGrad, BinaryGrad];
}

const BINARY: Record<string, BinaryDef> = {
  add: { kernel: 'add', kind: 'arith', grad: [(g) => g, (g) => g] },
  sub: { kernel: 'sub', kind: 'arith', grad: [(g) => g, (g) => neg(g)] },
  mul: { kernel: 'mul', kind: 'arith', grad: [(g, _a, b) => mul(g, b), (g, a) => mul(g, a)] },
  div: {
    kernel: 'div',
    kind: 'arith',
    float: true,
    grad: [(g, _a, b) => div(g, b), (g, _a, b, out) => neg(div(mul(g, out), b))],
  },
  pow: {
    kernel: 'pow',
    kind: 'arith',
    float: true,
    grad: [
      (g, a, b) => mul(g, mul(b, pow(a, typeof b === 'number' ? b - 1 : sub(b, 1)))),
      // NOTE: d/db a^b = a^b log a; PyTorch masks a == 0 to give 0 there instead of NaN.
      (g, a, _b, out) => mul(g, where(eq(a, 0), 0, mul(out, log(a as Tensor)))),
    ],
  },
  maximum: {
    kernel: 'maximum',
    kind: 'arith',
    // NOTE: ties split the gradient evenly, as PyTorch.
    grad: [(g, a, b) => mul(g, tieMask(a, b, 'gt')), (g, a, b) => mul(g, tieMask(b, a, 'gt'))],
  },
  minimum: {
    kernel: 'minimum',
    kind: 'arith',
    grad: [(g, a, b) => mul(g, tieMask(a, b, 'lt')), (g, a, b) => mul(g, tieMask(b, a, 'lt'))],
  },
  eq: { kernel: 'eq', kind: 'compare' },
  ne: { kernel: 'ne', kind: 'compare' },
  lt: { kernel: 'lt', kind: 'compare' },
  le: { kernel: 'le', kind: 'compare' },
  gt: { kernel: 'gt', kind: 'compare' },
  ge: { kernel: 'ge', kind: 'compare' },
  logical_and: { kernel: 'logical_and', kind: 'logical' },
  logical_or: { kernel: 'logical_or', kind: 'logical' },
  // Internal: relu's gradient (no gradient of its own).
  relu_backward: { kernel: 'relu_backward', kind: 'arith', float: true },
};

/** 1 where a wins strictly, 0.5 on ties, 0 where it loses. */
function tieMask(a: TensorLike, b: TensorLike, win: 'gt' | 'lt'): Tensor {
  const wins = cast(win === 'gt' ? gt(a, b) : lt(a, b), 'float32');
  const ties = cast(eq(a, b), 'float32');
  return add(wins, mul(ties, 0.5));
}

function operandOf(x: TensorLike, shape: readonly number[], dtype: DType): Operand {
  return typeof x === 'number' || typeof x === 'boolean' ? Number(x) : broadcastView(x, shape);
}

function checkScalar(op: string, x: unknown, what: string): void {
  if (typeof x === 'number' || typeof x === 'boolean') return;
  assertTensor(op, x, what);
}

/** The dtype two operands compute in: PyTorch's promotion, JS numbers counting as Python scalars. */
function computeDType(a: TensorLike, b: TensorLike): DType {
  if (a instanceof Tensor && b instanceof Tensor) return promoteTypes(a.dtype, b.dtype);
  if (a instanceof Tensor) return promoteWithScalar(a.dtype, b as Scalar);
  return promoteWithScalar((b as Tensor).dtype, a as Scalar);
}

/** Sums a broadcast gradient back to `shape`. */
export function sumToShape(g: Tensor, shape: readonly number[]): Tensor {
  return tidy(() => {
    if (shapesEqual(g.shape, shape)) return g;
    const lead = g.ndim - shape.length;
    const dims: number[] = [];
    for (let i = 0; i < g.ndim; i++) {
      if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) dims.push(i);
    }
    return reshape(dims.length ? sum(g, dims, true) : g, shape);
  });
}

/** Runs the binary op `name` from the table: promotion, broadcasting, kernel, backward. */
export function binary(name: keyof typeof BINARY, a: TensorLike, b: TensorLike): Tensor {
  return tidy(() => {
    const def = BINARY[name]!;
    checkScalar(name, a, 'input');
    checkScalar(name, b, 'other');
    if (!(a instanceof Tensor) && !(b instanceof Tensor)) throw new TypeError(`${name}: at least one argument must be a Tensor`);
    const tensors = [a, b].filter((x): x is Tensor => x instanceof Tensor);
    const backend = backendOf(name, ...tensors);
    let dtype = computeDType(a, b);
    if (def.kind === 'logical') dtype = 'bool';
    else if (def.float || (def.kind === 'arith' && dtype === 'bool')) dtype = def.float ? 'float32' : 'int32';
    const ca = a instanceof Tensor ? cast(a, dtype) : a;
    const cb = b instanceof Tensor ? cast(b, dtype) : b;
    const shape = broadcastShapes(name, ...tensors.map((t) => t.shape));
    const outDType: DType = def.kind === 'arith' ? dtype : 'bool';
    const out = empty(backend, shape, outDType);
    backend.binary(def.kernel, out.storage.buffer, shape, operandOf(ca, shape, dtype), operandOf(cb, shape, dtype), dtype);
    const grads = def.grad;
    if (!grads || dtype !== 'float32') return out;
    const inputs = [ca, cb].filter((x): x is Tensor => x instanceof Tensor);
    const aIsTensor = ca instanceof Tensor;
    const bIsTensor = cb instanceof Tensor;
    return recordOp(name, inputs, out, [...inputs, out], (g, saved) => {
      const sa: TensorLike = aIsTensor ? saved[0]! : ca;
      const sb: TensorLike = bIsTensor ? saved[aIsTensor ? 1 : 0]! : cb;
      const so = saved[saved.length - 1]!;
      const result: Tensor[] = [];
      if (aIsTensor) result.push(sumToShape(grads[0](g, sa, sb, so), (sa as Tensor).shape));
      if (bIsTensor) result.push(sumToShape(grads[1](g, sa, sb, so), (sb as Tensor).shape));
      return result;
    });
  });
}

export function add(a: TensorLike, b: TensorLike, options: { alpha?: number } = {}): Tensor {
  return binary('add', a, options.alpha === undefined || options.alpha === 1 ? b : mulScalarLike(b, options.alpha));
}

export function sub(a: TensorLike, b: TensorLike, options: { alpha?: number } = {}): Tensor {
  return binary('sub', a, options.alpha === undefined || options.alpha === 1 ? b : mulScalarLike(b, options.alpha));
}

function mulScalarLike(b: TensorLike, alpha: number): TensorLike {
  return b instanceof Tensor ? mul(b, alpha) : Number(b) * alpha;
}

export const mul = (a: TensorLike, b: TensorLike): Tensor => binary('mul', a, b);
export const div = (a: TensorLike, b: TensorLike): Tensor => binary('div', a, b);
export const pow = (a: TensorLike, b: TensorLike): Tensor => binary('pow', a, b);
export const maximum = (a: TensorLike, b: TensorLike): Tensor => binary('maximum', a, b);
export const minimum = (a: TensorLike, b: TensorLike): Tensor => binary('minimum', a, b);
export const eq = (a: TensorLike, b: TensorLike): Tensor => binary('eq', a, b);
export const ne = (a: TensorLike, b: TensorLike): Tensor => binary('ne', a, b);
export const lt = (a: TensorLike, b: TensorLike): Tensor => binary('lt', a, b);
export const le = (a: TensorLike, b: TensorLike): Tensor => binary('le', a, b);
export const gt = (a: TensorLike, b: TensorLike): Tensor => binary('gt', a, b);
export const ge = (a: TensorLike, b: TensorLike): Tensor => binary('ge', a, b);
export const logicalAnd = (a: TensorLike, b: TensorLike): Tensor => binary('logical_and', a, b);
export const logicalOr = (a: TensorLike, b: TensorLike): Tensor => binary('logical_or', a, b);

// ---------------------------------------------------------------- where / clamp / maskedFill

/** Elements of `a` where `condition` is true, else of `b` (all broadcast together). */
export function where(condition: Tensor, a: TensorLike, b: TensorLike): Tensor {
  return tidy(() => {
    assertTensor('where', condition, 'condition');
    if (condition.dtype !== 'bool') {
      throw new TypeError(`where: condition must be a bool tensor, got ${condition.dtype} (shape ${formatShape(condition.shape)})`);
    }
    checkScalar('where', a, 'input');
    checkScalar('where', b, 'other');
    const tensors = [condition, a, b].filter((x): x is Tensor => x instanceof Tensor);
    const backend = backendOf('where', ...tensors);
    const dtype = a instanceof Tensor || b instanceof Tensor ? computeDType(a, b) : Number.isInteger(a) && Number.isInteger(b) ? 'int32' : 'float32';
    const ca = a instanceof Tensor ? cast(a, dtype) : a;
    const cb = b instanceof Tensor ? cast(b, dtype) : b;
    const shape = broadcastShapes('where', ...tensors.map((t) => t.shape));
    const out = empty(backend, shape, dtype);
    backend.where(out.storage.buffer, shape, broadcastView(condition, shape), operandOf(ca, shape, dtype), operandOf(cb, shape, dtype), dtype);
    if (dtype !== 'float32') return out;
    const inputs = [ca, cb].filter((x): x is Tensor => x instanceof Tensor);
    const aIsTensor = ca instanceof Tensor;
    return recordOp('where', inputs, out, [condition, ...inputs], (g, saved) => {
      const cond = saved[0]!;
      const result: Tensor[] = [];
      if (aIsTensor) result.push(sumToShape(where(cond, g, 0), saved[1]!.shape));
      if (cb instanceof Tensor) result.push(sumToShape(where(cond, 0, g), saved[saved.length - 1]!.shape));
      return result;
    });
  });
}

/** Clamps into [min, max]; either bound may be omitted. The gradient passes where min <= x <= max. */
export function clamp(x: Tensor, min?: number | null, max?: number | null): Tensor {
  return tidy(() => {
    assertTensor('clamp', x);
    if ((min === undefined || min === null) && (max === undefined || max === null)) {
      throw new Error('clamp: at least one of min and max must be given');
    }
    const lo = min ?? -Infinity;
    const hi = max ?? Infinity;
    const input = x.dtype === 'bool' ? cast(x, 'int32') : Number.isInteger(lo) && Number.isInteger(hi) ? x : cast(x, 'float32');
    const backend = backendOf('clamp', input);
    const out = empty(backend, input.shape, input.dtype);
    backend.clamp(out.storage.buffer, input.view_(), lo, hi);
    if (input.dtype !== 'float32') return out;
    return recordOp('clamp', [input], out, [input], (g, [sx]) => [where(logicalAnd(ge(sx!, lo), le(sx!, hi)), g, 0)]);
  });
}

/** `value` where `mask` is true, else `x` (mask broadcasts to x's shape). */
export function maskedFill(x: Tensor, mask: Tensor, value: number): Tensor {
  return tidy(() => {
    assertTensor('maskedFill', x);
    assertTensor('maskedFill', mask, 'mask');
    if (mask.dtype !== 'bool') throw new TypeError(`maskedFill: mask must be a bool tensor, got ${mask.dtype}`);
    const shape = broadcastShapes('maskedFill', x.shape, mask.shape);
    if (!shapesEqual(shape, x.shape)) {
      throw new Error(`maskedFill: mask of shape ${formatShape(mask.shape)} cannot be broadcast to the input's shape ${formatShape(x.shape)}`);
    }
    const fill = x.dtype === 'float32' ? value : x.dtype === 'bool' ? Number(Boolean(value)) : Math.trunc(value);
    const result = where(mask, fill, x);
    return result.dtype === x.dtype ? result : cast(result, x.dtype);
  });
}
