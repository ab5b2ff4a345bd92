import type { DType } from './backend/backend.js';

export type { DType };

export const DTYPES: readonly DType[] = ['float32', 'int32', 'bool'];

/** Host-side array type of each dtype (bool is stored as 32-bit 0/1 words). */
export type HostArray = Float32Array | Int32Array;

export function hostArrayFor(dtype: DType, length: number): HostArray {
  return dtype === 'float32' ? new Float32Array(length) : new Int32Array(length);
}

export function hostViewOf(dtype: DType, buffer: ArrayBuffer): HostArray {
  return dtype === 'float32' ? new Float32Array(buffer) : new Int32Array(buffer);
}

export function isDType(value: unknown): value is DType {
  return typeof value === 'string' && (DTYPES as readonly string[]).includes(value);
}

/** PyTorch's promotion for our three dtypes: bool < int32 < float32. */
export function promoteTypes(a: DType, b: DType): DType {
  if (a === 'float32' || b === 'float32') return 'float32';
  if (a === 'int32' || b === 'int32') return 'int32';
  return 'bool';
}

/** The dtype a JS number takes part in promotion as (Python int vs float). */
export function scalarDType(value: number | boolean): DType {
  if (typeof value === 'boolean') return 'bool';
  return Number.isInteger(value) ? 'int32' : 'float32';
}

/** Promotion of a tensor with a JS scalar: a scalar only wins across categories (int tensor + 0.5 -> float32). */
export function promoteWithScalar(tensor: DType, value: number | boolean): DType {
  const s = scalarDType(value);
  if (tensor === 'bool') return s;
  if (tensor === 'int32' && s === 'float32') return 'float32';
  return tensor;
}
