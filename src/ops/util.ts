import type { Backend, View } from '../backend/backend.js';
import type { DType } from '../dtype.js';
import { broadcastStrides, contiguousStrides, formatShape, numel } from '../shape.js';
import { Storage } from '../storage.js';
import { Tensor } from '../tensor.js';

export type Scalar = number | boolean;
/** A tensor or a JS number standing for a 0-d tensor. */
export type TensorLike = Tensor | Scalar;

export function assertTensor(op: string, value: unknown, what = 'input'): asserts value is Tensor {
  if (!(value instanceof Tensor)) throw new TypeError(`${op}: ${what} must be a Tensor, got ${value === null ? 'null' : typeof value}`);
  value.assertUsable(op);
}

/** The backend all `tensors` live on; throws naming both devices when they differ. */
export function backendOf(op: string, ...tensors: Tensor[]): Backend {
  const first = tensors[0]!;
  for (const t of tensors) {
    t.assertUsable(op);
    if (t.device !== first.device) {
      throw new Error(`${op}: expected all tensors on the same device, but found ${first.device} and ${t.device}`);
    }
  }
  return first.storage.backend;
}

/** A new contiguous tensor with uninitialised memory. */
export function empty(backend: Backend, shape: readonly number[], dtype: DType): Tensor {
  const buffer = backend.alloc(Math.max(numel(shape), 1) * 4);
  return new Tensor(new Storage(backend, buffer), [...shape], contiguousStrides(shape), 0, dtype);
}

/** The view of `t` read as `shape` (stride 0 on broadcast dims). */
export function broadcastView(t: Tensor, shape: readonly number[]): View {
  const v = t.view_();
  return { ...v, shape, strides: broadcastStrides(t.shape, t.strides, shape) };
}

export function checkDType(op: string, t: Tensor, allowed: readonly DType[], what = 'input'): void {
  if (!allowed.includes(t.dtype)) {
    throw new TypeError(`${op}: ${what} has dtype ${t.dtype} (shape ${formatShape(t.shape)}), expected ${allowed.join(' or ')}`);
  }
}

export function checkFloat(op: string, t: Tensor, what = 'input'): void {
  checkDType(op, t, ['float32'], what);
}
