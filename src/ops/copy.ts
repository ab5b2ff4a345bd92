import { recordOp } from '../autograd/node.js';
import { canonicalDevice, getBackend } from '../device.js';
import type { DType } from '../dtype.js';
import { hostViewOf } from '../dtype.js';
import { formatShape, shapesEqual } from '../shape.js';
import { Storage } from '../storage.js';
import { Tensor } from '../tensor.js';
import type { NestedNumbers } from '../tensor.js';
import { assertTensor, empty } from './util.js';

/** A fresh contiguous copy converted to `dtype` (no autograd), which kernels may update in place. */
export function copyAs(t: Tensor, dtype: DType): Tensor {
  const out = empty(t.storage.backend, t.shape, dtype);
  t.storage.backend.copy(out.storage.buffer, t.view_(), dtype);
  return out;
}

/** `t` itself when already contiguous, else a contiguous copy (gradient flows through). */
export function contiguous(t: Tensor): Tensor {
  assertTensor('contiguous', t);
  if (t.isContiguous()) return t;
  return recordOp('contiguous', [t], copyAs(t, t.dtype), [], (g) => [g]);
}

export function clone(t: Tensor): Tensor {
  assertTensor('clone', t);
  return recordOp('clone', [t], copyAs(t, t.dtype), [], (g) => [g]);
}

/** Converts to `dtype`; returns `t` when it already has it. Gradients flow only float -> float. */
export function cast(t: Tensor, dtype: DType): Tensor {
  assertTensor('to', t);
  if (t.dtype === dtype) return t;
  const out = copyAs(t, dtype);
  return dtype === 'float32' && t.dtype === 'float32' ? recordOp('cast', [t], out, [], (g) => [g]) : out;
}

/** Storage holding `t`'s values contiguously as `dtype` (for in-place assignment). */
export function contiguousStorage(t: Tensor, dtype: DType): Storage {
  const c = copyAs(t, dtype);
  const s = c.storage.retain();
  c.dispose();
  return s;
}

export function checkAssign(target: Tensor, value: Tensor): void {
  assertTensor('assign_', value, 'value');
  if (!shapesEqual(target.shape, value.shape)) {
    throw new Error(`assign_: value shape ${formatShape(value.shape)} does not match tensor shape ${formatShape(target.shape)}`);
  }
  if (target.device !== value.device) throw new Error(`assign_: value is on ${value.device} but the tensor is on ${target.device}`);
}

/**
 * Copies to another device. From cpu the copy is immediate; from a GPU the new
 * tensor is usable once the read completes (`await t.data()` or `toAsync`).
 * Gradients flow back to the source device.
 */
export function toDevice(t: Tensor, device: string): Tensor {
  assertTensor('to', t);
  const target = getBackend(canonicalDevice(device));
  if (target.name === t.device) return t;
  const src = contiguous(t);
  const out = empty(target, t.shape, t.dtype);
  const bytes = t.numel() * 4;
  const srcBackend = src.storage.backend;
  if (srcBackend.readSync) {
    const host = srcBackend.readSync(src.storage.buffer, src.offset * 4, bytes);
    target.write(out.storage.buffer, new Uint8Array(host));
  } else if (target.writeLater) {
    // Ordered in the destination's queue: the tensor is usable at once.
    const source = src.storage.retain();
    const bytesRead = srcBackend.read(source.buffer, src.offset * 4, bytes).catch((e: unknown) => {
      // Surfaces at the destination's next read, maybe of another tensor: say which copy.
      throw new Error(`to: copying ${formatShape(t.shape)} ${t.dtype} from ${t.device} to ${target.name} failed: ${(e as Error).message}`);
    });
    bytesRead.then(() => source.release(), () => source.release());
    target.writeLater(out.storage.buffer, bytesRead);
  } else {
    const storage = out.storage;
    // The source must outlive the read even if the caller disposes it right away.
    const source = src.storage.retain();
    const done = srcBackend
      .read(source.buffer, src.offset * 4, bytes)
      .then((host) => {
        if (!storage.released) target.write(storage.buffer, new Uint8Array(host));
      })
      .finally(() => {
        storage.pending = undefined;
        source.release();
      });
    storage.pending = done;
  }
  if (src !== t) src.dispose();
  const from = t.device;
  return recordOp('to', [t], out, [], (g) => [toDevice(g, from)]);
}

/** Nested arrays from flat host data (bools as booleans). */
export function nest(flat: Float32Array | Int32Array, shape: readonly number[], dtype: DType): NestedNumbers {
  const conv = (v: number): number | boolean => (dtype === 'bool' ? v !== 0 : v);
  if (shape.length === 0) return conv(flat[0]!);
  const build = (dim: number, offset: number): NestedNumbers[] => {
    const n = shape[dim]!;
    const stride = shape.slice(dim + 1).reduce((a, b) => a * b, 1);
    const out: NestedNumbers[] = [];
    for (let i = 0; i < n; i++) {
      out.push(dim === shape.length - 1 ? conv(flat[offset + i]!) : build(dim + 1, offset + i * stride));
    }
    return out;
  };
  return build(0, 0);
}

export { hostViewOf };
