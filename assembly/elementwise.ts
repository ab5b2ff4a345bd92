// Elementwise kernels over strided inputs, contiguous output.
// TS collapses the dims first; `nd` walks every dim but the last two and hands
// each block of rows to an op-specialised loop: SIMD when the inner strides
// are 1 (or 0 = splat), a 4-lane gather otherwise.
// NOTE: asconfig.json builds at optimizeLevel 2 because level 3 folds these
// per-op loops back into one loop that dispatches on `op` (a br_table) for
// every vector: add of 1M floats ran 2.5x slower that way (matmul, conv and
// the transcendental kernels measured the same at both levels).
import {
  U_NEG, U_ABS, U_EXP, U_LOG, U_SQRT, U_RSQRT, U_SIN, U_COS, U_TANH, U_SIGMOID,
  U_RELU, U_GELU, U_GELU_TANH, U_SILU, U_ERF, U_SIGN, U_FLOOR, U_CEIL, U_ROUND,
  U_SQUARE, U_RECIPROCAL, U_LOG1P, U_EXPM1, U_LOGICAL_NOT,
  B_ADD, B_SUB, B_MUL, B_DIV, B_POW, B_MAXIMUM, B_MINIMUM, B_EQ, B_NE, B_LT, B_LE,
  B_GT, B_GE, B_LOGICAL_AND, B_LOGICAL_OR, B_RELU_BACKWARD,
  C_COPY, C_F32_I32, C_I32_F32, C_F32_BOOL, C_I32_BOOL,
} from './opcodes';
import { vexp, vlog, vlog1p, vexpm1, vtanh, vsigmoid, verf, vOnePlusErf, vsin, vcos } from './vmath';

import { scratch, T_BOUNDS, T_COUNTERS, T_SCALARS } from './thread';

// Scalar operands are parked in the thread's scratch (T_SCALARS) and read with stride 0.

const K_UNARY_F32 = 0;
const K_UNARY_I32 = 1;
const K_BINARY_F32 = 2;
const K_BINARY_I32 = 3;
const K_WHERE = 4;
const K_CLAMP_F32 = 5;
const K_CLAMP_I32 = 6;
const K_CONVERT = 7;

/** Where TS may start allocating. */
export function heap_base(): usize {
  return __heap_base;
}

// ---------------------------------------------------------------- helpers

@inline function gather4(p: usize, step: usize): v128 {
  let v = i32x4.splat(load<i32>(p));
  v = i32x4.replace_lane(v, 1, load<i32>(p + step));
  v = i32x4.replace_lane(v, 2, load<i32>(p + 2 * step));
  return i32x4.replace_lane(v, 3, load<i32>(p + 3 * step));
}

/** Loads 4 lanes at element stride s (1 = contiguous, 0 = splat). */
@inline function ld(p: usize, s: i32): v128 {
  if (s == 1) return v128.load(p);
  if (s == 0) return v128.load32_splat(p);
  return gather4(p, <usize>s << 2);
}

@inline function ones(): v128 {
  return i32x4.splat(1);
}

// ---------------------------------------------------------------- unary

@inline function unF32(op: i32, x: v128): v128 {
  switch (op) {
    case U_NEG: return f32x4.neg(x);
    case U_ABS: return f32x4.abs(x);
    case U_EXP: return vexp(x);
    case U_LOG: return vlog(x);
    case U_SQRT: return f32x4.sqrt(x);
    case U_RSQRT: return f32x4.div(f32x4.splat(1.0), f32x4.sqrt(x));
    case U_SIN: return vsin(x);
    case U_COS: return vcos(x);
    case U_TANH: return vtanh(x);
    case U_SIGMOID: return vsigmoid(x);
    // pmax is one maxps (x < 0 ? 0 : x; NaN stays NaN), where f32x4.max needs several
    // instructions in V8; adding +0 turns -0 into +0 as PyTorch's relu gives.
    case U_RELU: return f32x4.add(f32x4.pmax(x, f32x4.splat(0.0)), f32x4.splat(0.0));
    case U_GELU: {
      const e = vOnePlusErf(f32x4.mul(x, f32x4.splat(0.70710678118654752)));
      return f32x4.mul(f32x4.mul(x, f32x4.splat(0.5)), e);
    }
    case U_GELU_TANH: {
      const x3 = f32x4.mul(f32x4.mul(x, x), x);
      const inner = f32x4.mul(f32x4.splat(0.79788456080286536), f32x4.add(x, f32x4.mul(x3, f32x4.splat(0.044715))));
      return f32x4.mul(f32x4.mul(x, f32x4.splat(0.5)), f32x4.add(vtanh(inner), f32x4.splat(1.0)));
    }
    case U_SILU: return f32x4.div(x, f32x4.add(f32x4.splat(1.0), vexp(f32x4.neg(x))));
    case U_ERF: return verf(x);
    case U_SIGN: {
      const one = f32x4.splat(1.0);
      const r = f32x4.sub(v128.and(f32x4.gt(x, f32x4.splat(0.0)), one), v128.and(f32x4.lt(x, f32x4.splat(0.0)), one));
      return v128.bitselect(x, r, f32x4.ne(x, x));
    }
    case U_FLOOR: return f32x4.floor(x);
    case U_CEIL: return f32x4.ceil(x);
    case U_ROUND: return f32x4.nearest(x); // ties to even, like torch.round
    case U_SQUARE: return f32x4.mul(x, x);
    case U_RECIPROCAL: return f32x4.div(f32x4.splat(1.0), x);
    case U_LOG1P: return vlog1p(x);
    case U_EXPM1: return vexpm1(x);
    case U_LOGICAL_NOT: return v128.and(f32x4.eq(x, f32x4.splat(0.0)), ones());
  }
  unreachable();
  return x;
}

@inline function unI32(op: i32, x: v128): v128 {
  switch (op) {
    case U_NEG: return i32x4.neg(x);
    case U_ABS: return i32x4.abs(x);
    case U_SIGN: return i32x4.sub(i32x4.lt_s(x, i32x4.splat(0)), i32x4.gt_s(x, i32x4.splat(0)));
    case U_SQUARE: return i32x4.mul(x, x);
    case U_LOGICAL_NOT: return v128.and(i32x4.eq(x, i32x4.splat(0)), ones());
  }
  unreachable();
  return x;
}

/** Ops of a few instructions: worth four vectors per loop trip (the rest are long enough not to care). */
@inline function cheapUnary(isInt: bool, op: i32): bool {
  return isInt || op == U_NEG || op == U_ABS || op == U_RELU || op == U_SQUARE || op == U_SIGN ||
    op == U_FLOOR || op == U_CEIL || op == U_ROUND || op == U_LOGICAL_NOT;
}

@inline function unOp(isInt: bool, op: i32, x: v128): v128 {
  return isInt ? unI32(op, x) : unF32(op, x);
}

@inline function unaryLoop(isInt: bool, op: i32, o: usize, a: usize, sa: i32, n: i32): void {
  let i = 0;
  if (sa == 1) {
    // V8 does not unroll loops: four vectors per trip made relu 1M ~15% faster than one.
    if (cheapUnary(isInt, op)) {
      for (; i + 16 <= n; i += 16) {
        const off = <usize>i << 2;
        v128.store(o + off, unOp(isInt, op, v128.load(a + off)));
        v128.store(o + off, unOp(isInt, op, v128.load(a + off, 16)), 16);
        v128.store(o + off, unOp(isInt, op, v128.load(a + off, 32)), 32);
        v128.store(o + off, unOp(isInt, op, v128.load(a + off, 48)), 48);
      }
    }
    for (; i + 4 <= n; i += 4) {
      const x = v128.load(a + (<usize>i << 2));
      v128.store(o + (<usize>i << 2), unOp(isInt, op, x));
    }
  } else {
    const step = <usize>sa << 2;
    for (; i + 4 <= n; i += 4) {
      const x = gather4(a + <usize>i * step, step);
      v128.store(o + (<usize>i << 2), unOp(isInt, op, x));
    }
  }
  for (; i < n; i++) {
    const x = v128.load32_splat(a + <usize>i * (<usize>sa << 2));
    store<i32>(o + (<usize>i << 2), i32x4.extract_lane(unOp(isInt, op, x), 0));
  }
}

/** `m` rows of `n`: row r reads `a` from r * ra elements on, writes `out` densely. */
@inline function unaryRows(isInt: bool, op: i32, o: usize, a: usize, ra: i32, sa: i32, m: i32, n: i32): void {
  for (let r = 0; r < m; r++) {
    unaryLoop(isInt, op, o, a, sa, n);
    o += <usize>n << 2;
    a += <usize>ra << 2;
  }
}

function unaryRowsF32(op: i32, o: usize, a: usize, ra: i32, sa: i32, m: i32, n: i32): void {
  switch (op) {
    case U_NEG: unaryRows(false, U_NEG, o, a, ra, sa, m, n); break;
    case U_ABS: unaryRows(false, U_ABS, o, a, ra, sa, m, n); break;
    case U_EXP: unaryRows(false, U_EXP, o, a, ra, sa, m, n); break;
    case U_LOG: unaryRows(false, U_LOG, o, a, ra, sa, m, n); break;
    case U_SQRT: unaryRows(false, U_SQRT, o, a, ra, sa, m, n); break;
    case U_RSQRT: unaryRows(false, U_RSQRT, o, a, ra, sa, m, n); break;
    case U_SIN: unaryRows(false, U_SIN, o, a, ra, sa, m, n); break;
    case U_COS: unaryRows(false, U_COS, o, a, ra, sa, m, n); break;
    case U_TANH: unaryRows(false, U_TANH, o, a, ra, sa, m, n); break;
    case U_SIGMOID: unaryRows(false, U_SIGMOID, o, a, ra, sa, m, n); break;
    case U_RELU: unaryRows(false, U_RELU, o, a, ra, sa, m, n); break;
    case U_GELU: unaryRows(false, U_GELU, o, a, ra, sa, m, n); break;
    case U_GELU_TANH: unaryRows(false, U_GELU_TANH, o, a, ra, sa, m, n); break;
    case U_SILU: unaryRows(false, U_SILU, o, a, ra, sa, m, n); break;
    case U_ERF: unaryRows(false, U_ERF, o, a, ra, sa, m, n); break;
    case U_SIGN: unaryRows(false, U_SIGN, o, a, ra, sa, m, n); break;
    case U_FLOOR: unaryRows(false, U_FLOOR, o, a, ra, sa, m, n); break;
    case U_CEIL: unaryRows(false, U_CEIL, o, a, ra, sa, m, n); break;
    case U_ROUND: unaryRows(false, U_ROUND, o, a, ra, sa, m, n); break;
    case U_SQUARE: unaryRows(false, U_SQUARE, o, a, ra, sa, m, n); break;
    case U_RECIPROCAL: unaryRows(false, U_RECIPROCAL, o, a, ra, sa, m, n); break;
    case U_LOG1P: unaryRows(false, U_LOG1P, o, a, ra, sa, m, n); break;
    case U_EXPM1: unaryRows(false, U_EXPM1, o, a, ra, sa, m, n); break;
    case U_LOGICAL_NOT: unaryRows(false, U_LOGICAL_NOT, o, a, ra, sa, m, n); break;
    default: unreachable();
  }
}

function unaryRowsI32(op: i32, o: usize, a: usize, ra: i32, sa: i32, m: i32, n: i32): void {
  switch (op) {
    case U_NEG: unaryRows(true, U_NEG, o, a, ra, sa, m, n); break;
    case U_ABS: unaryRows(true, U_ABS, o, a, ra, sa, m, n); break;
    case U_SIGN: unaryRows(true, U_SIGN, o, a, ra, sa, m, n); break;
    case U_SQUARE: unaryRows(true, U_SQUARE, o, a, ra, sa, m, n); break;
    case U_LOGICAL_NOT: unaryRows(true, U_LOGICAL_NOT, o, a, ra, sa, m, n); break;
    default: unreachable();
  }
}

// ---------------------------------------------------------------- binary

/** Math.pow semantics (pow(1, NaN) and pow(±1, ±inf) are NaN, unlike C). */
@inline function jsPow(x: f32, y: f32): f32 {
  if (isNaN(y)) return NaN;
  if (y == 0) return 1;
  if (Mathf.abs(x) == 1 && !isFinite(y)) return NaN;
  return Mathf.pow(x, y);
}

@inline function cmpBits(m: v128): v128 {
  return v128.and(m, ones());
}

@inline function binF32(op: i32, x: v128, y: v128): v128 {
  switch (op) {
    case B_ADD: return f32x4.add(x, y);
    case B_SUB: return f32x4.sub(x, y);
    case B_MUL: return f32x4.mul(x, y);
    case B_DIV: return f32x4.div(x, y);
    case B_POW: {
      let r = f32x4.splat(jsPow(f32x4.extract_lane(x, 0), f32x4.extract_lane(y, 0)));
      r = f32x4.replace_lane(r, 1, jsPow(f32x4.extract_lane(x, 1), f32x4.extract_lane(y, 1)));
      r = f32x4.replace_lane(r, 2, jsPow(f32x4.extract_lane(x, 2), f32x4.extract_lane(y, 2)));
      return f32x4.replace_lane(r, 3, jsPow(f32x4.extract_lane(x, 3), f32x4.extract_lane(y, 3)));
    }
    case B_MAXIMUM: return f32x4.max(x, y); // NaN propagates, as torch.maximum
    case B_MINIMUM: return f32x4.min(x, y);
    case B_EQ: return cmpBits(f32x4.eq(x, y));
    case B_NE: return cmpBits(f32x4.ne(x, y));
    case B_LT: return cmpBits(f32x4.lt(x, y));
    case B_LE: return cmpBits(f32x4.le(x, y));
    case B_GT: return cmpBits(f32x4.gt(x, y));
    case B_GE: return cmpBits(f32x4.ge(x, y));
    case B_LOGICAL_AND: {
      const z = f32x4.splat(0.0);
      return cmpBits(v128.and(f32x4.ne(x, z), f32x4.ne(y, z)));
    }
    case B_LOGICAL_OR: {
      const z = f32x4.splat(0.0);
      return cmpBits(v128.or(f32x4.ne(x, z), f32x4.ne(y, z)));
    }
    // x where y > 0 or NaN, else +0 (the mask clears the bits): PyTorch's `y <= 0 ? 0 : x`.
    case B_RELU_BACKWARD: return v128.andnot(x, f32x4.le(y, f32x4.splat(0.0)));
  }
  unreachable();
  return x;
}

/** Truncating division; x / 0 gives 0 instead of trapping. */
@inline function idiv(x: i32, y: i32): i32 {
  if (y == 0) return 0;
  if (y == -1) return -x; // avoids the i32.min / -1 trap
  return x / y;
}

@inline function binI32(op: i32, x: v128, y: v128): v128 {
  switch (op) {
    case B_ADD: return i32x4.add(x, y);
    case B_SUB: return i32x4.sub(x, y);
    case B_MUL: return i32x4.mul(x, y);
    case B_DIV: {
      let r = i32x4.splat(idiv(i32x4.extract_lane(x, 0), i32x4.extract_lane(y, 0)));
      r = i32x4.replace_lane(r, 1, idiv(i32x4.extract_lane(x, 1), i32x4.extract_lane(y, 1)));
      r = i32x4.replace_lane(r, 2, idiv(i32x4.extract_lane(x, 2), i32x4.extract_lane(y, 2)));
      return i32x4.replace_lane(r, 3, idiv(i32x4.extract_lane(x, 3), i32x4.extract_lane(y, 3)));
    }
    case B_MAXIMUM: return i32x4.max_s(x, y);
    case B_MINIMUM: return i32x4.min_s(x, y);
    case B_EQ: return cmpBits(i32x4.eq(x, y));
    case B_NE: return cmpBits(i32x4.ne(x, y));
    case B_LT: return cmpBits(i32x4.lt_s(x, y));
    case B_LE: return cmpBits(i32x4.le_s(x, y));
    case B_GT: return cmpBits(i32x4.gt_s(x, y));
    case B_GE: return cmpBits(i32x4.ge_s(x, y));
    case B_LOGICAL_AND: {
      const z = i32x4.splat(0);
      return cmpBits(v128.and(i32x4.ne(x, z), i32x4.ne(y, z)));
    }
    case B_LOGICAL_OR: {
      const z = i32x4.splat(0);
      return cmpBits(v128.or(i32x4.ne(x, z), i32x4.ne(y, z)));
    }
  }
  unreachable();
  return x;
}

@inline function binOp(isInt: bool, op: i32, x: v128, y: v128): v128 {
  return isInt ? binI32(op, x, y) : binF32(op, x, y);
}

/** Everything but the lane-by-lane pow and integer division. */
@inline function cheapBinary(isInt: bool, op: i32): bool {
  return op != B_POW && !(isInt && op == B_DIV);
}

@inline function binaryLoop(isInt: bool, op: i32, o: usize, a: usize, sa: i32, b: usize, sb: i32, n: i32): void {
  let i = 0;
  // Contiguous or splat operands: four vectors per trip, since V8 does not unroll loops
  // (a column-broadcast mul ran ~10% faster than with two).
  const cheap = cheapBinary(isInt, op);
  if (sa == 1 && sb == 1) {
    if (cheap) {
      for (; i + 16 <= n; i += 16) {
        const off = <usize>i << 2;
        v128.store(o + off, binOp(isInt, op, v128.load(a + off), v128.load(b + off)));
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 16), v128.load(b + off, 16)), 16);
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 32), v128.load(b + off, 32)), 32);
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 48), v128.load(b + off, 48)), 48);
      }
    }
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(o + off, binOp(isInt, op, v128.load(a + off), v128.load(b + off)));
    }
  } else if (sa == 1 && sb == 0) {
    const y = v128.load32_splat(b);
    if (cheap) {
      for (; i + 16 <= n; i += 16) {
        const off = <usize>i << 2;
        v128.store(o + off, binOp(isInt, op, v128.load(a + off), y));
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 16), y), 16);
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 32), y), 32);
        v128.store(o + off, binOp(isInt, op, v128.load(a + off, 48), y), 48);
      }
    }
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(o + off, binOp(isInt, op, v128.load(a + off), y));
    }
  } else if (sa == 0 && sb == 1) {
    const x = v128.load32_splat(a);
    if (cheap) {
      for (; i + 16 <= n; i += 16) {
        const off = <usize>i << 2;
        v128.store(o + off, binOp(isInt, op, x, v128.load(b + off)));
        v128.store(o + off, binOp(isInt, op, x, v128.load(b + off, 16)), 16);
        v128.store(o + off, binOp(isInt, op, x, v128.load(b + off, 32)), 32);
        v128.store(o + off, binOp(isInt, op, x, v128.load(b + off, 48)), 48);
      }
    }
    for (; i + 4 <= n; i += 4) {
      const off = <usize>i << 2;
      v128.store(o + off, binOp(isInt, op, x, v128.load(b + off)));
    }
  } else {
    const stepA = <usize>sa << 2;
    const stepB = <usize>sb << 2;
    for (; i + 4 <= n; i += 4) {
      const x = ld(a + <usize>i * stepA, sa);
      const y = ld(b + <usize>i * stepB, sb);
      v128.store(o + (<usize>i << 2), binOp(isInt, op, x, y));
    }
  }
  for (; i < n; i++) {
    const x = v128.load32_splat(a + <usize>i * (<usize>sa << 2));
    const y = v128.load32_splat(b + <usize>i * (<usize>sb << 2));
    store<i32>(o + (<usize>i << 2), i32x4.extract_lane(binOp(isInt, op, x, y), 0));
  }
}

/** `m` rows of `n`, as unaryRows: [M, N] + [N] is one call with rb = 0, [M, N] * [M, 1] one with sb = 0. */
@inline function binaryRows(isInt: bool, op: i32, o: usize, a: usize, ra: i32, sa: i32,
  b: usize, rb: i32, sb: i32, m: i32, n: i32): void {
  for (let r = 0; r < m; r++) {
    binaryLoop(isInt, op, o, a, sa, b, sb, n);
    o += <usize>n << 2;
    a += <usize>ra << 2;
    b += <usize>rb << 2;
  }
}

function binaryRowsF32(op: i32, o: usize, a: usize, ra: i32, sa: i32, b: usize, rb: i32, sb: i32, m: i32, n: i32): void {
  switch (op) {
    case B_ADD: binaryRows(false, B_ADD, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_SUB: binaryRows(false, B_SUB, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MUL: binaryRows(false, B_MUL, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_DIV: binaryRows(false, B_DIV, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_POW: binaryRows(false, B_POW, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MAXIMUM: binaryRows(false, B_MAXIMUM, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MINIMUM: binaryRows(false, B_MINIMUM, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_EQ: binaryRows(false, B_EQ, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_NE: binaryRows(false, B_NE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LT: binaryRows(false, B_LT, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LE: binaryRows(false, B_LE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_GT: binaryRows(false, B_GT, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_GE: binaryRows(false, B_GE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LOGICAL_AND: binaryRows(false, B_LOGICAL_AND, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LOGICAL_OR: binaryRows(false, B_LOGICAL_OR, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_RELU_BACKWARD: binaryRows(false, B_RELU_BACKWARD, o, a, ra, sa, b, rb, sb, m, n); break;
    default: unreachable();
  }
}

function binaryRowsI32(op: i32, o: usize, a: usize, ra: i32, sa: i32, b: usize, rb: i32, sb: i32, m: i32, n: i32): void {
  switch (op) {
    case B_ADD: binaryRows(true, B_ADD, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_SUB: binaryRows(true, B_SUB, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MUL: binaryRows(true, B_MUL, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_DIV: binaryRows(true, B_DIV, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MAXIMUM: binaryRows(true, B_MAXIMUM, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_MINIMUM: binaryRows(true, B_MINIMUM, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_EQ: binaryRows(true, B_EQ, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_NE: binaryRows(true, B_NE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LT: binaryRows(true, B_LT, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LE: binaryRows(true, B_LE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_GT: binaryRows(true, B_GT, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_GE: binaryRows(true, B_GE, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LOGICAL_AND: binaryRows(true, B_LOGICAL_AND, o, a, ra, sa, b, rb, sb, m, n); break;
    case B_LOGICAL_OR: binaryRows(true, B_LOGICAL_OR, o, a, ra, sa, b, rb, sb, m, n); break;
    default: unreachable();
  }
}

// ---------------------------------------------------------------- where, clamp, convert

/** One vector of whereRow's contiguous loop: `off` bytes past the trip's start, `y` b's value when it is a scalar. */
@inline function whereVec(splatB: bool, o: usize, c: usize, a: usize, b: usize, y: v128, off: usize): void {
  const m = i32x4.ne(v128.load(c + off), i32x4.splat(0));
  v128.store(o + off, v128.bitselect(v128.load(a + off), splatB ? y : v128.load(b + off), m));
}

/**
 * Four vectors per trip over a contiguous cond and a, with b contiguous or a
 * scalar (relu's gradient, masked fills): V8 neither unrolls the loop nor
 * hoists the general loop's stride checks. Returns how many elements it did.
 */
@inline function whereContiguous(splatB: bool, o: usize, c: usize, a: usize, b: usize, n: i32): i32 {
  const y = v128.load32_splat(b);
  let i = 0;
  for (; i + 16 <= n; i += 16) {
    const off = <usize>i << 2;
    whereVec(splatB, o, c, a, b, y, off);
    whereVec(splatB, o, c, a, b, y, off + 16);
    whereVec(splatB, o, c, a, b, y, off + 32);
    whereVec(splatB, o, c, a, b, y, off + 48);
  }
  return i;
}

function whereRow(o: usize, c: usize, sc: i32, a: usize, sa: i32, b: usize, sb: i32, n: i32): void {
  let i = 0;
  if (sc == 1 && sa == 1 && sb == 0) i = whereContiguous(true, o, c, a, b, n);
  else if (sc == 1 && sa == 1 && sb == 1) i = whereContiguous(false, o, c, a, b, n);
  const zero = i32x4.splat(0);
  for (; i + 4 <= n; i += 4) {
    const m = i32x4.ne(ld(c + <usize>i * (<usize>sc << 2), sc), zero);
    const x = ld(a + <usize>i * (<usize>sa << 2), sa);
    const y = ld(b + <usize>i * (<usize>sb << 2), sb);
    v128.store(o + (<usize>i << 2), v128.bitselect(x, y, m));
  }
  for (; i < n; i++) {
    const m = load<i32>(c + <usize>i * (<usize>sc << 2));
    const x = load<i32>(a + <usize>i * (<usize>sa << 2));
    const y = load<i32>(b + <usize>i * (<usize>sb << 2));
    store<i32>(o + (<usize>i << 2), m != 0 ? x : y);
  }
}

@inline function clampLoop(isInt: bool, o: usize, a: usize, sa: i32, n: i32): void {
  const bounds = scratch(T_BOUNDS);
  const lo = v128.load32_splat(bounds);
  const hi = v128.load32_splat(bounds + 4);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = ld(a + <usize>i * (<usize>sa << 2), sa);
    // max then min: lo > hi gives hi everywhere, as torch.clamp; pmax/pmin keep a NaN x
    const r = isInt ? i32x4.min_s(i32x4.max_s(x, lo), hi) : f32x4.pmin(f32x4.pmax(x, lo), hi);
    v128.store(o + (<usize>i << 2), r);
  }
  for (; i < n; i++) {
    const x = v128.load32_splat(a + <usize>i * (<usize>sa << 2));
    const r = isInt ? i32x4.min_s(i32x4.max_s(x, lo), hi) : f32x4.pmin(f32x4.pmax(x, lo), hi);
    store<i32>(o + (<usize>i << 2), i32x4.extract_lane(r, 0));
  }
}

@inline function convOp(mode: i32, x: v128): v128 {
  switch (mode) {
    case C_F32_I32: return i32x4.trunc_sat_f32x4_s(x);
    case C_I32_F32: return f32x4.convert_i32x4_s(x);
    case C_F32_BOOL: return cmpBits(f32x4.ne(x, f32x4.splat(0.0)));
    case C_I32_BOOL: return cmpBits(i32x4.ne(x, i32x4.splat(0)));
  }
  return x;
}

@inline function convertLoop(mode: i32, o: usize, a: usize, sa: i32, n: i32): void {
  let i = 0;
  if (sa == 1) {
    if (mode == C_COPY) {
      memory.copy(o, a, <usize>n << 2);
      return;
    }
    for (; i + 4 <= n; i += 4) {
      v128.store(o + (<usize>i << 2), convOp(mode, v128.load(a + (<usize>i << 2))));
    }
  } else {
    for (; i + 4 <= n; i += 4) {
      v128.store(o + (<usize>i << 2), convOp(mode, ld(a + <usize>i * (<usize>sa << 2), sa)));
    }
  }
  for (; i < n; i++) {
    const x = v128.load32_splat(a + <usize>i * (<usize>sa << 2));
    store<i32>(o + (<usize>i << 2), i32x4.extract_lane(convOp(mode, x), 0));
  }
}

function convertRow(mode: i32, o: usize, a: usize, sa: i32, n: i32): void {
  switch (mode) {
    case C_COPY: convertLoop(C_COPY, o, a, sa, n); break;
    case C_F32_I32: convertLoop(C_F32_I32, o, a, sa, n); break;
    case C_I32_F32: convertLoop(C_I32_F32, o, a, sa, n); break;
    case C_F32_BOOL: convertLoop(C_F32_BOOL, o, a, sa, n); break;
    case C_I32_BOOL: convertLoop(C_I32_BOOL, o, a, sa, n); break;
    default: unreachable();
  }
}

// ---------------------------------------------------------------- N-d driver

/**
 * `m` rows of `n` elements; row r starts ra / rb / rc elements after row r - 1
 * in each operand. Unary and binary ops take all rows in their op-specialised
 * function, so an [M, N] broadcast pays the op dispatch once, not per row
 * (dispatching per row cost [1024, 1024] + [1024] ~20% of its time); where,
 * clamp and convert still dispatch per row.
 */
function rows(kind: i32, op: i32, o: usize, a: usize, ra: i32, sa: i32, b: usize, rb: i32, sb: i32,
  c: usize, rc: i32, sc: i32, m: i32, n: i32): void {
  switch (kind) {
    case K_UNARY_F32: unaryRowsF32(op, o, a, ra, sa, m, n); return;
    case K_UNARY_I32: unaryRowsI32(op, o, a, ra, sa, m, n); return;
    case K_BINARY_F32: binaryRowsF32(op, o, a, ra, sa, b, rb, sb, m, n); return;
    case K_BINARY_I32: binaryRowsI32(op, o, a, ra, sa, b, rb, sb, m, n); return;
  }
  for (let r = 0; r < m; r++) {
    switch (kind) {
      case K_WHERE: whereRow(o, a, sa, b, sb, c, sc, n); break;
      case K_CLAMP_F32: clampLoop(false, o, a, sa, n); break;
      case K_CLAMP_I32: clampLoop(true, o, a, sa, n); break;
      case K_CONVERT: convertRow(op, o, a, sa, n); break;
      default: unreachable();
    }
    o += <usize>n << 2;
    a += <usize>ra << 2;
    b += <usize>rb << 2;
    c += <usize>rc << 2;
  }
}

/**
 * Walks all dims but the last two of `shape` (rank >= 1, i32 array) and runs
 * one block of rows per step. Strides are i32 arrays in elements; a missing
 * operand has pointer 0 and is never read.
 */
function nd(kind: i32, op: i32, out: usize, shape: usize, rank: i32,
  a: usize, sta: usize, b: usize, stb: usize, c: usize, stc: usize): void {
  const counters = scratch(T_COUNTERS);
  const last = <usize>(rank - 1) << 2;
  const n = load<i32>(shape + last);
  const ia = load<i32>(sta + last);
  const ib = stb != 0 ? load<i32>(stb + last) : 0;
  const ic = stc != 0 ? load<i32>(stc + last) : 0;
  let m = 1, ra = 0, rb = 0, rc = 0; // the second-to-last dim, run inside one block
  if (rank >= 2) {
    const prev = last - 4;
    m = load<i32>(shape + prev);
    ra = load<i32>(sta + prev);
    rb = stb != 0 ? load<i32>(stb + prev) : 0;
    rc = stc != 0 ? load<i32>(stc + prev) : 0;
  }
  const outer = rank - 2; // dims walked here
  let blocks = 1;
  for (let d = 0; d < outer; d++) {
    blocks *= load<i32>(shape + (<usize>d << 2));
    store<i32>(counters + (<usize>d << 2), 0);
  }
  let oa: usize = 0, ob: usize = 0, oc: usize = 0; // byte offsets
  for (let k = 0; k < blocks; k++) {
    rows(kind, op, out, a + oa, ra, ia, b + ob, rb, ib, c + oc, rc, ic, m, n);
    out += <usize>m * <usize>n << 2;
    for (let d = outer - 1; d >= 0; d--) {
      const dp = <usize>d << 2;
      const size = load<i32>(shape + dp);
      const j = load<i32>(counters + dp) + 1;
      const da = <usize>load<i32>(sta + dp) << 2;
      const db = stb != 0 ? <usize>load<i32>(stb + dp) << 2 : 0;
      const dc = stc != 0 ? <usize>load<i32>(stc + dp) << 2 : 0;
      if (j < size) {
        store<i32>(counters + dp, j);
        oa += da; ob += db; oc += dc;
        break;
      }
      store<i32>(counters + dp, 0);
      oa -= da * <usize>(size - 1);
      ob -= db * <usize>(size - 1);
      oc -= dc * <usize>(size - 1);
    }
  }
}

// ---------------------------------------------------------------- exports

export function unary_f32(op: i32, out: usize, a: usize, shape: usize, sa: usize, rank: i32): void {
  nd(K_UNARY_F32, op, out, shape, rank, a, sa, 0, 0, 0, 0);
}

export function unary_i32(op: i32, out: usize, a: usize, shape: usize, sa: usize, rank: i32): void {
  nd(K_UNARY_I32, op, out, shape, rank, a, sa, 0, 0, 0, 0);
}

/** a or b == 0 means "use the scalar argument" (its strides must be 0). */
export function binary_f32(op: i32, out: usize, a: usize, b: usize, xa: f32, xb: f32,
  shape: usize, sa: usize, sb: usize, rank: i32): void {
  const scalars = scratch(T_SCALARS);
  if (a == 0) { store<f32>(scalars, xa); a = scalars; }
  if (b == 0) { store<f32>(scalars + 4, xb); b = scalars + 4; }
  nd(K_BINARY_F32, op, out, shape, rank, a, sa, b, sb, 0, 0);
}

export function binary_i32(op: i32, out: usize, a: usize, b: usize, xa: i32, xb: i32,
  shape: usize, sa: usize, sb: usize, rank: i32): void {
  const scalars = scratch(T_SCALARS);
  if (a == 0) { store<i32>(scalars, xa); a = scalars; }
  if (b == 0) { store<i32>(scalars + 4, xb); b = scalars + 4; }
  nd(K_BINARY_I32, op, out, shape, rank, a, sa, b, sb, 0, 0);
}

/** Any 32-bit dtype: scalars are passed as raw bits. */
export function where_32(out: usize, cond: usize, a: usize, b: usize, xa: i32, xb: i32,
  shape: usize, sc: usize, sa: usize, sb: usize, rank: i32): void {
  const scalars = scratch(T_SCALARS);
  if (a == 0) { store<i32>(scalars, xa); a = scalars; }
  if (b == 0) { store<i32>(scalars + 4, xb); b = scalars + 4; }
  nd(K_WHERE, 0, out, shape, rank, cond, sc, a, sa, b, sb);
}

export function clamp_f32(out: usize, a: usize, lo: f32, hi: f32, shape: usize, sa: usize, rank: i32): void {
  const bounds = scratch(T_BOUNDS);
  store<f32>(bounds, lo);
  store<f32>(bounds + 4, hi);
  nd(K_CLAMP_F32, 0, out, shape, rank, a, sa, 0, 0, 0, 0);
}

export function clamp_i32(out: usize, a: usize, lo: i32, hi: i32, shape: usize, sa: usize, rank: i32): void {
  const bounds = scratch(T_BOUNDS);
  store<i32>(bounds, lo);
  store<i32>(bounds + 4, hi);
  nd(K_CLAMP_I32, 0, out, shape, rank, a, sa, 0, 0, 0, 0);
}

export function convert(mode: i32, out: usize, a: usize, shape: usize, sa: usize, rank: i32): void {
  nd(K_CONVERT, mode, out, shape, rank, a, sa, 0, 0, 0, 0);
}

/** out[0..n) = the 32-bit pattern `bits` (any dtype). */
export function fill_32(out: usize, n: i32, bits: i32): void {
  const v = i32x4.splat(bits);
  let i = 0;
  for (; i + 4 <= n; i += 4) v128.store(out + (<usize>i << 2), v);
  for (; i < n; i++) store<i32>(out + (<usize>i << 2), bits);
}
