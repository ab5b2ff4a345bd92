// The op table: how each case of test/fixtures/op-cases.json (expected values
// from numpy, scripts/gen-expected.py) is run through webtorch. Shared by the
// vitest suites and the browser test, so it takes the library as an argument.
import type * as WebTorch from '../../src/index.js';

export type Torch = typeof WebTorch;
type T = WebTorch.Tensor;
export type Kwargs = Record<string, number | number[] | boolean | undefined>;

export interface EncodedArray {
  dtype: 'float32' | 'int32' | 'bool';
  shape: number[];
  data: (number | boolean | string)[];
}

export interface OpCase {
  name: string;
  op: string;
  kwargs: Kwargs;
  inputs: Record<string, EncodedArray>;
  inputOrder: string[];
  expected: EncodedArray;
  atol: number;
  rtol: number;
  cotangent?: EncodedArray;
  grads?: Record<string, EncodedArray>;
  gradAtol?: number;
  gradRtol?: number;
}

const num = (k: Kwargs, key: string): number => k[key] as number;
const opt = (k: Kwargs, key: string): number | undefined => k[key] as number | undefined;

/** op name -> how to call it. Inputs arrive in the case's inputOrder. */
export const OPS: Record<string, (torch: Torch, x: Record<string, T>, k: Kwargs) => T> = {
  neg: (_t, { x }) => x!.neg(),
  abs: (_t, { x }) => x!.abs(),
  exp: (t, { x }) => t.exp(x!),
  exp_t: (_t, { x }) => x!.t().exp(),
  log: (_t, { x }) => x!.log(),
  sqrt: (_t, { x }) => x!.sqrt(),
  rsqrt: (_t, { x }) => x!.rsqrt(),
  sin: (_t, { x }) => x!.sin(),
  cos: (_t, { x }) => x!.cos(),
  tanh: (_t, { x }) => x!.tanh(),
  sigmoid: (t, { x }) => t.sigmoid(x!),
  relu: (t, { x }) => t.relu(x!),
  gelu: (_t, { x }) => x!.gelu(),
  gelu_tanh: (t, { x }) => t.gelu(x!, { approximate: 'tanh' }),
  silu: (_t, { x }) => x!.silu(),
  square: (_t, { x }) => x!.square(),
  clamp: (t, { x }, k) => t.clamp(x!, opt(k, 'min'), opt(k, 'max')),
  add: (t, { a, b }) => t.add(a!, b!),
  add_scalar: (_t, { a }, k) => a!.add(num(k, 'value')),
  add_alpha: (t, { a, b }, k) => t.add(a!, b!, { alpha: num(k, 'alpha') }),
  sub: (_t, { a, b }) => a!.sub(b!),
  rsub_scalar: (t, { a }, k) => t.sub(num(k, 'value'), a!),
  mul: (_t, { a, b }) => a!.mul(b!),
  mul_scalar: (_t, { a }, k) => a!.mul(num(k, 'value')),
  div: (t, { a, b }) => t.div(a!, b!),
  pow: (_t, { a, b }) => a!.pow(b!),
  pow_scalar: (_t, { a }, k) => a!.pow(num(k, 'value')),
  maximum: (t, { a, b }) => t.maximum(a!, b!),
  minimum: (_t, { a, b }) => a!.minimum(b!),
  eq: (t, { a, b }) => t.eq(a!, b!),
  ne: (_t, { a, b }) => a!.ne(b!),
  lt: (_t, { a, b }) => a!.lt(b!),
  le: (_t, { a, b }) => a!.le(b!),
  gt: (_t, { a, b }) => a!.gt(b!),
  ge: (_t, { a, b }) => a!.ge(b!),
  gt_scalar: (_t, { a }, k) => a!.gt(num(k, 'value')),
  where: (t, { c, a, b }) => t.where(c!, a!, b!),
  where_scalar: (t, { c, a }, k) => t.where(c!, a!, num(k, 'value')),
  masked_fill: (_t, { x, m }, k) => x!.maskedFill(m!, num(k, 'value')),
  matmul: (t, { a, b }) => t.matmul(a!, b!),
  matmul_tt: (_t, { a, b }) => a!.t().matmul(b!.t()),
  bmm: (t, { a, b }) => t.bmm(a!, b!),
  sum: (t, { x }, k) => t.sum(x!, k.dim as number | number[] | undefined, k.keepdim as boolean | undefined),
  sum_t: (_t, { x }, k) => x!.t().sum(num(k, 'dim')),
  mean: (_t, { x }, k) => x!.mean(k.dim as number | number[] | undefined, k.keepdim as boolean | undefined),
  max: (t, { x }) => t.max(x!),
  min: (_t, { x }) => x!.min(),
  max_dim_values: (t, { x }, k) => t.max(x!, num(k, 'dim')).values,
  max_dim_indices: (_t, { x }, k) => x!.max(num(k, 'dim')).indices,
  min_dim_values: (t, { x }, k) => t.min(x!, num(k, 'dim')).values,
  argmax: (t, { x }, k) => t.argmax(x!, opt(k, 'dim')),
  argmin: (_t, { x }, k) => x!.argmin(opt(k, 'dim')),
  var: (t, { x }, k) => t.var(x!, opt(k, 'dim'), false, k.correction === undefined ? {} : { correction: num(k, 'correction') }),
  std: (_t, { x }, k) => x!.std(opt(k, 'dim')),
  logsumexp: (t, { x }, k) => t.logsumexp(x!, num(k, 'dim')),
  softmax: (t, { x }, k) => t.softmax(x!, num(k, 'dim')),
  log_softmax: (_t, { x }, k) => x!.logSoftmax(num(k, 'dim')),
  reshape: (_t, { x }, k) => x!.reshape(k.shape as number[]),
  reshape_t: (_t, { x }, k) => x!.t().reshape(k.shape as number[]),
  view: (_t, { x }, k) => x!.view(k.shape as number[]),
  transpose: (t, { x }, k) => t.transpose(x!, num(k, 'dim0'), num(k, 'dim1')),
  permute: (_t, { x }, k) => x!.permute(k.dims as number[]),
  flatten: (_t, { x }, k) => x!.flatten(opt(k, 'startDim')),
  squeeze: (_t, { x }, k) => x!.squeeze(opt(k, 'dim')),
  unsqueeze: (_t, { x }, k) => x!.unsqueeze(num(k, 'dim')),
  expand: (_t, { x }, k) => x!.expand(k.shape as number[]),
  contiguous_p: (_t, { x }) => x!.permute([1, 2, 0]).contiguous(),
  narrow: (_t, { x }, k) => x!.narrow(num(k, 'dim'), num(k, 'start'), num(k, 'length')),
  slice: (_t, { x }, k) => x!.slice(num(k, 'dim'), opt(k, 'start'), opt(k, 'end'), opt(k, 'step')),
  cat: (t, { a, b }, k) => t.cat([a!, b!], num(k, 'dim')),
  stack: (t, { a, b }, k) => t.stack([a!, b!], num(k, 'dim')),
  split_at: (t, { x }, k) => t.split(x!, num(k, 'size'), num(k, 'dim'))[num(k, 'index')]!,
  chunk_at: (_t, { x }, k) => x!.chunk(num(k, 'chunks'), num(k, 'dim'))[num(k, 'index')]!,
  index_select: (t, { x, i }, k) => t.indexSelect(x!, num(k, 'dim'), i!),
  gather: (_t, { x, i }, k) => x!.gather(num(k, 'dim'), i!),
  scatter_add: (t, { x, i, s }, k) => t.scatterAdd(x!, num(k, 'dim'), i!, s!),
  to_int: (_t, { x }) => x!.int(),
  to_float: (_t, { x }) => x!.float(),
  to_bool: (_t, { x }) => x!.to('bool'),
};

export function decode(e: EncodedArray): number[] {
  return e.data.map((v) => (v === 'nan' ? NaN : v === 'inf' ? Infinity : v === '-inf' ? -Infinity : Number(v)));
}

export function makeInput(torch: Torch, e: EncodedArray, device: string, requiresGrad: boolean): T {
  const flat = decode(e);
  const data = e.dtype === 'float32' ? Float32Array.from(flat) : Int32Array.from(flat);
  return torch.tensor(data, { dtype: e.dtype, device }).reshape(e.shape).detach().requiresGrad_(requiresGrad && e.dtype === 'float32');
}

/** First mismatch between `actual` and `expected` (NaN matches NaN, infinities must match exactly), or undefined. */
export function compare(actual: ArrayLike<number>, expected: readonly number[], atol: number, rtol: number): string | undefined {
  if (actual.length !== expected.length) return `length ${actual.length} != expected ${expected.length}`;
  for (let i = 0; i < expected.length; i++) {
    const a = actual[i]!;
    const e = expected[i]!;
    if (Number.isNaN(e) ? !Number.isNaN(a) : !Number.isFinite(e) ? a !== e : !(Math.abs(a - e) <= atol + rtol * Math.abs(e))) {
      return `element ${i}: got ${a}, expected ${e} (atol ${atol}, rtol ${rtol})`;
    }
  }
  return undefined;
}

export interface CaseResult {
  errors: string[];
  output: Float32Array | Int32Array;
  grads: Record<string, Float32Array | Int32Array>;
}

/** Runs one case on `device`: forward value, dtype, shape and (when given) gradients. */
export type OpMap = Record<string, (torch: Torch, x: Record<string, T>, k: Kwargs) => T>;

export async function runCase(
  torch: Torch,
  c: OpCase,
  device: string,
  inputsOverride?: Record<string, EncodedArray>,
  ops: OpMap = OPS,
): Promise<CaseResult> {
  const errors: string[] = [];
  const encoded = inputsOverride ?? c.inputs;
  const withGrad = c.grads !== undefined && !inputsOverride;
  const inputs: Record<string, T> = {};
  for (const name of c.inputOrder) inputs[name] = makeInput(torch, encoded[name]!, device, withGrad);
  const fn = ops[c.op];
  if (!fn) throw new Error(`op table has no entry '${c.op}'`);
  const out = fn(torch, inputs, c.kwargs);
  if (out.dtype !== c.expected.dtype) errors.push(`dtype ${out.dtype}, expected ${c.expected.dtype}`);
  if (out.shape.join(',') !== c.expected.shape.join(',')) errors.push(`shape [${out.shape}], expected [${c.expected.shape}]`);
  const output = await out.data();
  if (!inputsOverride) {
    const bad = compare(output, decode(c.expected), c.atol, c.rtol);
    if (bad) errors.push(`forward: ${bad}`);
  }
  const grads: Record<string, Float32Array | Int32Array> = {};
  if (withGrad && c.cotangent) {
    const cot = makeInput(torch, c.cotangent, device, false);
    out.backward(cot);
    for (const [name, expected] of Object.entries(c.grads!)) {
      const g = inputs[name]!.grad;
      if (!g) {
        errors.push(`grad of ${name}: missing`);
        continue;
      }
      grads[name] = await g.data();
      const bad = compare(grads[name]!, decode(expected), c.gradAtol ?? 2e-4, c.gradRtol ?? 2e-3);
      if (bad) errors.push(`grad of ${name}: ${bad}`);
    }
    cot.dispose();
  }
  out.dispose();
  for (const t of Object.values(inputs)) t.dispose();
  return { errors, output, grads };
}
