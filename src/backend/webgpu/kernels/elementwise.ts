import type { BackendBuffer, BinaryOp, DType, Operand, UnaryOp, View } from '../../backend.js';
import { ParamWriter, saturateInt32, scalarBits } from '../params.js';
import { collapseDims, numel } from '../../layout.js';
import { groupsFor, WG, type KernelContext } from './context.js';

/** The WGSL type an operand is loaded as. */
type Kind = 'f32' | 'i32' | 'bool' | 'raw';

interface Input {
  operand: Operand;
  kind: Kind;
  dtype: DType;
}

function load(kind: Kind, raw: string): string {
  switch (kind) {
    case 'f32': return `bitcast<f32>(${raw})`;
    case 'i32': return `bitcast<i32>(${raw})`;
    case 'bool': return `(${raw} != 0u)`;
    case 'raw': return raw;
  }
}

/** WGSL turning value `v` of `from` into the storage word of `to`. */
function store(from: Kind, to: DType): string {
  if (from === 'raw') return 'v';
  if (to === 'float32') return from === 'f32' ? 'bitcast<u32>(v)' : from === 'i32' ? 'bitcast<u32>(f32(v))' : 'bitcast<u32>(select(0.0, 1.0, v))';
  if (to === 'int32') return from === 'f32' ? 'bitcast<u32>(i32(v))' : from === 'i32' ? 'bitcast<u32>(v)' : 'select(0u, 1u, v)';
  return from === 'f32' ? 'select(0u, 1u, v != 0.0)' : from === 'i32' ? 'select(0u, 1u, v != 0)' : 'select(0u, 1u, v)';
}

function kindOf(dtype: DType): 'f32' | 'i32' {
  return dtype === 'float32' ? 'f32' : 'i32';
}

/** out[i] = op(x0, x1, x2) with `op` a WGSL expression of kind `valueKind`. */
function run(
  ctx: KernelContext,
  out: BackendBuffer,
  shape: readonly number[],
  inputs: readonly Input[],
  op: string,
  valueKind: Kind,
  outDtype: DType,
): void {
  const n = numel(shape);
  if (n === 0) return;
  const views = inputs.map((x) => (typeof x.operand === 'number' ? null : x.operand));
  const collapsed = collapseDims(shape, views.map((v) => (v ? v.strides : shape.map(() => 0))));
  const rank = collapsed.shape.length;
  const contig = rank === 1;
  const p = new ParamWriter().u32(n);
  for (let k = 0; k < 3; k++) {
    const x = inputs[k];
    p.u32(x && typeof x.operand === 'number' ? scalarBits(x.operand, x.dtype) : 0);
  }
  p.u32(...[0, 1, 2, 3].map((k) => views[k]?.offset ?? 0));
  p.dims8(collapsed.shape);
  for (let k = 0; k < 3; k++) p.dims8(views[k] ? collapsed.strides[k]! : []);
  const inv = new Float32Array(8);
  collapsed.shape.forEach((size, d) => { inv[d] = 1 / size; });
  p.dims8([...new Uint32Array(inv.buffer)]);

  const vec4 = vectorizable(collapsed, views);
  const defines: Record<string, string | number | boolean> = {
    WG, CONTIG: contig, VEC4: vec4, WORD: vec4 ? 'vec4<u32>' : 'u32', OP: op, STORE: store(valueKind, outDtype),
  };
  const per = vec4 || contig || collapsed.shape[rank - 1]! % 4 === 0 ? 4 : 1;
  defines.INDEXED = vec4 || !contig;
  if (defines.INDEXED) defines.INDEX = indexCode(rank);
  if (!contig) {
    defines.FASTDIV = n < 2 ** 24;
    defines.PER = per;
    defines.LAST = slotOf(rank - 1);
  }
  const bindings = [{ buffer: ctx.gpu(out), write: true }];
  for (let k = 0; k < 3; k++) {
    const x = inputs[k];
    const view = views[k];
    defines[`X${k}_BUF`] = view !== null && view !== undefined;
    defines[`X${k}_VEC`] = vec4 && !!view && collapsed.strides[k]![rank - 1] === 1;
    defines[`X${k}`] = x ? load(x.kind, `r${k}`) : '0u';
    if (view) bindings[k + 1] = { buffer: ctx.gpu(view.buffer), write: false };
  }
  ctx.commands.dispatch({
    shader: 'elementwise',
    defines,
    params: p.done(),
    bindings: [0, 1, 2, 3].map((k) => bindings[k] ?? null),
    // 4 elements per thread where the layout allows (see wgsl/elementwise.wgsl).
    workgroups: groupsFor(Math.ceil(n / per)),
  });
}

/**
 * Whether each thread can take four consecutive elements as vec4 words (see
 * wgsl/elementwise.wgsl): the innermost dim's size is a multiple of 4, and
 * every input steps by 1 along it from a 16-byte aligned element (offset and
 * outer strides multiples of 4) or by 0 (one word for all four).
 */
function vectorizable(collapsed: { shape: readonly number[]; strides: readonly (readonly number[])[] }, views: readonly (View | null | undefined)[]): boolean {
  const rank = collapsed.shape.length;
  if (collapsed.shape[rank - 1]! % 4 !== 0) return false;
  return views.every((view, k) => {
    if (!view) return true;
    const strides = collapsed.strides[k]!;
    const inner = strides[rank - 1]!;
    if (inner === 0) return true;
    return inner === 1 && view.offset % 4 === 0 && strides.every((s, d) => d === rank - 1 || s % 4 === 0);
  });
}

/** The uniform subscript of dim `d` in a dims8 array: `[q].c`. */
function slotOf(d: number): string {
  return `[${d >> 2}].${'xyzw'[d & 3]}`;
}

/**
 * The strided case's index arithmetic, unrolled: peel the coordinate of each
 * dim from the innermost out (the outermost takes what is left, no division).
 */
function indexCode(rank: number): string {
  const lines: string[] = [];
  for (let d = rank - 1; d >= 0; d--) {
    const slot = slotOf(d);
    if (d > 0) lines.push(`let c${d} = divmod(rem, P.shape${slot}, P.inv${slot}); rem = c${d}.x;`);
    const c = d > 0 ? `c${d}.y` : 'rem';
    lines.push(`i0 += ${c} * P.st0${slot}; i1 += ${c} * P.st1${slot}; i2 += ${c} * P.st2${slot};`);
  }
  return lines.join('\n  ');
}

export function copy(ctx: KernelContext, out: BackendBuffer, a: View, outDtype: DType): void {
  const n = numel(a.shape);
  if (n === 0) return;
  const c = collapseDims(a.shape, [a.strides]);
  if (a.dtype === outDtype && c.shape.length === 1 && c.strides[0]![0] === 1) {
    ctx.commands.copy(ctx.gpu(a.buffer), a.offset * 4, ctx.gpu(out), 0, n * 4);
    return;
  }
  const kind: Kind = a.dtype === 'float32' ? 'f32' : a.dtype === 'int32' ? 'i32' : 'bool';
  run(ctx, out, a.shape, [{ operand: a, kind, dtype: a.dtype }], 'x0', kind, outDtype);
}

export function fill(ctx: KernelContext, out: BackendBuffer, count: number, value: number, dtype: DType): void {
  run(ctx, out, [count], [{ operand: value, kind: 'raw', dtype }], 'x0', 'raw', dtype);
}

const FLOAT_UNARY: Record<UnaryOp, string> = {
  neg: '-x0', abs: 'abs(x0)', exp: 'exp(x0)', log: 'log_f32(x0)', sqrt: 'sqrt_f32(x0)',
  rsqrt: '1.0 / sqrt_f32(x0)', sin: 'sin_f32(x0)', cos: 'cos_f32(x0)', tanh: 'tanh_f32(x0)',
  sigmoid: 'sigmoid_f32(x0)', relu: 'relu_f32(x0)', gelu: 'gelu_f32(x0)',
  gelu_tanh: 'gelu_tanh_f32(x0)', silu: 'x0 * sigmoid_f32(x0)', erf: 'erf_f32(x0)',
  sign: 'sign(x0)', floor: 'floor(x0)', ceil: 'ceil(x0)', round: 'round(x0)',
  square: 'x0 * x0', reciprocal: '1.0 / x0', log1p: 'log1p_f32(x0)', expm1: 'expm1_f32(x0)',
  logical_not: 'x0 == 0.0',
};

const INT_UNARY: Partial<Record<UnaryOp, string>> = {
  neg: '-x0', abs: 'abs(x0)', sign: 'sign(x0)', square: 'x0 * x0', logical_not: 'x0 == 0',
};

export function unary(ctx: KernelContext, op: UnaryOp, out: BackendBuffer, a: View): void {
  const kind = kindOf(a.dtype);
  const expr = kind === 'f32' ? FLOAT_UNARY[op] : INT_UNARY[op];
  if (expr === undefined) throw new Error(`webgpu unary: ${op} is not supported for ${a.dtype} (shape [${a.shape.join(', ')}])`);
  const valueKind: Kind = op === 'logical_not' ? 'bool' : kind;
  const outDtype: DType = op === 'logical_not' ? 'bool' : a.dtype;
  run(ctx, out, a.shape, [{ operand: a, kind, dtype: a.dtype }], expr, valueKind, outDtype);
}

const COMPARE: Partial<Record<BinaryOp, string>> = {
  eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=',
};

function binaryExpr(op: BinaryOp, kind: 'f32' | 'i32'): string | undefined {
  const cmp = COMPARE[op];
  if (cmp) return `x0 ${cmp} x1`;
  const zero = kind === 'f32' ? '0.0' : '0';
  switch (op) {
    case 'add': return 'x0 + x1';
    case 'sub': return 'x0 - x1';
    case 'mul': return 'x0 * x1';
    // NOTE: WGSL integer division truncates toward zero (as PyTorch's int div
    // with rounding_mode='trunc'); x / 0 gives x instead of trapping.
    case 'div': return 'x0 / x1';
    case 'pow': return kind === 'f32' ? 'pow_f32(x0, x1)' : undefined;
    case 'maximum': return kind === 'f32' ? 'max_f32(x0, x1)' : 'max(x0, x1)';
    case 'minimum': return kind === 'f32' ? 'min_f32(x0, x1)' : 'min(x0, x1)';
    case 'logical_and': return `(x0 != ${zero}) && (x1 != ${zero})`;
    case 'logical_or': return `(x0 != ${zero}) || (x1 != ${zero})`;
    // NOTE: the NaN test on the bits, as a compiler may fold comparisons assuming no NaN.
    case 'relu_backward': return kind === 'f32' ? 'select(x0, 0.0, x1 <= 0.0 && !is_nan_f32(x1))' : undefined;
    default: return undefined;
  }
}

export function binary(
  ctx: KernelContext, op: BinaryOp, out: BackendBuffer, shape: readonly number[],
  a: Operand, b: Operand, dtype: DType,
): void {
  // bool words are 0/1, so they compare and combine correctly as i32.
  const kind = kindOf(dtype);
  const expr = binaryExpr(op, kind);
  if (expr === undefined) throw new Error(`webgpu binary: ${op} is not supported for ${dtype} (shape [${shape.join(', ')}])`);
  const logical = op in COMPARE || op === 'logical_and' || op === 'logical_or';
  const outDtype: DType = logical ? 'bool' : dtype;
  run(ctx, out, shape, [
    { operand: a, kind, dtype },
    { operand: b, kind, dtype },
  ], expr, logical ? 'bool' : kind, outDtype);
}

export function where(
  ctx: KernelContext, out: BackendBuffer, shape: readonly number[],
  cond: View, a: Operand, b: Operand, dtype: DType,
): void {
  // Selecting raw words works for every dtype.
  run(ctx, out, shape, [
    { operand: cond, kind: 'bool', dtype: 'bool' },
    { operand: a, kind: 'raw', dtype },
    { operand: b, kind: 'raw', dtype },
  ], 'select(x2, x1, x0)', 'raw', dtype);
}

export function clamp(ctx: KernelContext, out: BackendBuffer, a: View, lo: number, hi: number): void {
  const kind = kindOf(a.dtype);
  if (kind === 'f32') {
    run(ctx, out, a.shape, [
      { operand: a, kind, dtype: a.dtype },
      { operand: lo, kind, dtype: a.dtype },
      { operand: hi, kind, dtype: a.dtype },
    ], 'select(min(max(x0, x1), x2), x0, is_nan_f32(x0))', kind, a.dtype);
    return;
  }
  // Integer bounds round inward so that clamp(x, 1.5) never yields 1.
  const ilo = lo === -Infinity ? -2147483648 : saturateInt32(Math.ceil(lo));
  const ihi = hi === Infinity ? 2147483647 : saturateInt32(Math.floor(hi));
  run(ctx, out, a.shape, [
    { operand: a, kind, dtype: a.dtype },
    { operand: ilo, kind, dtype: a.dtype },
    { operand: ihi, kind, dtype: a.dtype },
  ], 'min(max(x0, x1), x2)', kind, a.dtype);
}
