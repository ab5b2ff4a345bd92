import { getBackend } from '../device.js';
import type { DType } from '../dtype.js';
import { hostArrayFor, isDType } from '../dtype.js';
import { defaultGenerator, type Generator } from '../random.js';
import { formatShape, numel } from '../shape.js';
import { Tensor } from '../tensor.js';
import type { NestedNumbers } from '../tensor.js';
import { empty } from './util.js';

export interface TensorOptions {
  dtype?: DType;
  device?: string;
  requiresGrad?: boolean;
}

export interface RandomOptions extends TensorOptions {
  generator?: Generator;
}

type Data = NestedNumbers | Float32Array | Float64Array | Int32Array | Int16Array | Int8Array | Uint8Array | Uint16Array | Uint32Array;

function checkOptions(op: string, options: TensorOptions): void {
  if (options.dtype !== undefined && !isDType(options.dtype)) {
    throw new TypeError(`${op}: unknown dtype '${String(options.dtype)}' (expected float32, int32 or bool)`);
  }
}

/** Uploads host values as a new tensor and applies requiresGrad. */
export function fromHost(op: string, values: ArrayLike<number>, shape: readonly number[], options: TensorOptions, dtype: DType): Tensor {
  checkOptions(op, options);
  if (options.requiresGrad && dtype !== 'float32') {
    throw new TypeError(`${op}: only float32 tensors can require gradients (got ${dtype})`);
  }
  const backend = getBackend(options.device);
  const host = hostArrayFor(dtype, numel(shape));
  if (dtype === 'bool') for (let i = 0; i < host.length; i++) host[i] = values[i] ? 1 : 0;
  else if (dtype === 'int32') for (let i = 0; i < host.length; i++) host[i] = Math.trunc(values[i]!);
  else host.set(values);
  const t = empty(backend, shape, dtype);
  if (host.length > 0) backend.write(t.storage.buffer, host);
  t.requiresGrad = options.requiresGrad ?? false;
  return t;
}

function flattenNested(data: NestedNumbers): { values: number[]; shape: number[]; sawBool: boolean; sawNumber: boolean } {
  const shape: number[] = [];
  let probe: NestedNumbers = data;
  while (Array.isArray(probe)) {
    shape.push(probe.length);
    probe = probe[0] as NestedNumbers;
    if (probe === undefined) break;
  }
  const values: number[] = [];
  let sawBool = false;
  let sawNumber = false;
  const walk = (v: NestedNumbers, dim: number, path: string): void => {
    if (Array.isArray(v)) {
      if (dim >= shape.length || v.length !== shape[dim]) {
        throw new Error(`tensor: ragged nested array: expected length ${shape[dim] ?? 'scalar'} at ${path || 'top level'}, got ${v.length}`);
      }
      v.forEach((x: NestedNumbers, i: number) => walk(x, dim + 1, `${path}[${i}]`));
      return;
    }
    if (dim !== shape.length) throw new Error(`tensor: ragged nested array: found a number at ${path} where a list of length ${shape[dim]} was expected`);
    if (typeof v === 'boolean') {
      sawBool = true;
      values.push(v ? 1 : 0);
    } else if (typeof v === 'number') {
      sawNumber = true;
      values.push(v);
    } else {
      throw new TypeError(`tensor: expected numbers or booleans, found ${typeof v} at ${path}`);
    }
  };
  walk(data, 0, '');
  return { values, shape, sawBool, sawNumber };
}

/**
 * A tensor from nested arrays, a TypedArray or a number. Numbers give float32,
 * booleans bool, Int32Array (and other integer arrays) int32, unless `dtype` says otherwise.
 *
 * @example
 * const w = torch.tensor([[1, 2], [3, 4]], { requiresGrad: true });
 */
export function tensor(data: Data, options: TensorOptions = {}): Tensor {
  if (ArrayBuffer.isView(data)) {
    const arr = data as Exclude<Data, NestedNumbers>;
    const inferred: DType = arr instanceof Float32Array || arr instanceof Float64Array ? 'float32' : 'int32';
    return fromHost('tensor', arr, [arr.length], options, options.dtype ?? inferred);
  }
  const { values, shape, sawBool, sawNumber } = flattenNested(data as NestedNumbers);
  const inferred: DType = sawBool && !sawNumber ? 'bool' : 'float32';
  return fromHost('tensor', values, shape, options, options.dtype ?? inferred);
}

function checkShape(op: string, shape: readonly number[]): number[] {
  if (!Array.isArray(shape)) throw new TypeError(`${op}: size must be an array of dims, e.g. [2, 3]`);
  for (const d of shape) {
    if (!Number.isInteger(d) || d < 0) throw new Error(`${op}: invalid size ${formatShape(shape)}`);
  }
  return [...shape];
}

export function full(shape: readonly number[], value: number | boolean, options: TensorOptions = {}): Tensor {
  checkOptions('full', options);
  const s = checkShape('full', shape);
  const dtype = options.dtype ?? (typeof value === 'boolean' ? 'bool' : 'float32');
  if (options.requiresGrad && dtype !== 'float32') throw new TypeError(`full: only float32 tensors can require gradients (got ${dtype})`);
  const backend = getBackend(options.device);
  const t = empty(backend, s, dtype);
  const n = numel(s);
  if (n > 0) backend.fill(t.storage.buffer, n, Number(value), dtype);
  t.requiresGrad = options.requiresGrad ?? false;
  return t;
}

export function zeros(shape: readonly number[], options: TensorOptions = {}): Tensor {
  return full(shape, 0, options);
}

export function ones(shape: readonly number[], options: TensorOptions = {}): Tensor {
  return full(shape, 1, options);
}

function likeOptions(t: Tensor, options: TensorOptions): TensorOptions {
  return { dtype: t.dtype, device: t.device, ...options };
}

export function zerosLike(t: Tensor, options: TensorOptions = {}): Tensor {
  return zeros(t.shape, likeOptions(t, options));
}

export function onesLike(t: Tensor, options: TensorOptions = {}): Tensor {
  return ones(t.shape, likeOptions(t, options));
}

export function fullLike(t: Tensor, value: number, options: TensorOptions = {}): Tensor {
  return full(t.shape, value, likeOptions(t, options));
}

/**
 * Values from start to end (exclusive) by step, as PyTorch: `arange(5)`, `arange(1, 4)`, `arange(0, 1, 0.25)`.
 * All-integer arguments give int32 (PyTorch gives int64), otherwise float32.
 */
export function arange(start: number, end?: number, step = 1, options: TensorOptions = {}): Tensor {
  if (end === undefined) [start, end] = [0, start];
  if (step === 0) throw new Error('arange: step must be nonzero');
  const n = Math.max(0, Math.ceil((end - start) / step));
  const values = Array.from({ length: n }, (_, i) => start + i * step);
  const allInt = [start, end, step].every(Number.isInteger);
  return fromHost('arange', values, [n], options, options.dtype ?? (allInt ? 'int32' : 'float32'));
}

export function linspace(start: number, end: number, steps: number, options: TensorOptions = {}): Tensor {
  if (!Number.isInteger(steps) || steps < 0) throw new Error(`linspace: steps must be a non-negative integer, got ${steps}`);
  const step = steps > 1 ? (end - start) / (steps - 1) : 0;
  // NOTE: PyTorch fills the second half from the end so the last value is exactly `end`.
  const values = Array.from({ length: steps }, (_, i) => (i < steps / 2 ? start + i * step : end - (steps - 1 - i) * step));
  return fromHost('linspace', values, [steps], options, options.dtype ?? 'float32');
}

export function eye(n: number, m: number = n, options: TensorOptions = {}): Tensor {
  const values = new Float32Array(n * m);
  for (let i = 0; i < Math.min(n, m); i++) values[i * m + i] = 1;
  return fromHost('eye', values, [n, m], options, options.dtype ?? 'float32');
}

function randomTensor(op: string, shape: readonly number[], options: RandomOptions, draw: (g: Generator) => number, dtype: DType): Tensor {
  const s = checkShape(op, shape);
  const g = options.generator ?? defaultGenerator;
  const values = new Float32Array(numel(s));
  for (let i = 0; i < values.length; i++) values[i] = draw(g);
  return fromHost(op, values, s, options, dtype);
}

/** Uniform [0, 1). */
export function rand(shape: readonly number[], options: RandomOptions = {}): Tensor {
  return randomTensor('rand', shape, options, (g) => g.uniform(), options.dtype ?? 'float32');
}

/** Standard normal. */
export function randn(shape: readonly number[], options: RandomOptions = {}): Tensor {
  return randomTensor('randn', shape, options, (g) => g.normal(), options.dtype ?? 'float32');
}

/** Integers in [low, high) (int32). */
export function randint(low: number, high: number, shape: readonly number[], options: RandomOptions = {}): Tensor {
  if (!(high > low)) throw new Error(`randint: high (${high}) must be greater than low (${low})`);
  return randomTensor('randint', shape, options, (g) => g.integer(low, high), options.dtype ?? 'int32');
}

export function randLike(t: Tensor, options: RandomOptions = {}): Tensor {
  return rand(t.shape, { device: t.device, ...options });
}

export function randnLike(t: Tensor, options: RandomOptions = {}): Tensor {
  return randn(t.shape, { device: t.device, ...options });
}

/** A 0-d tensor holding `value`. */
export function scalarTensor(value: number, dtype: DType, device: string): Tensor {
  return fromHost('scalar', [value], [], { device }, dtype);
}
