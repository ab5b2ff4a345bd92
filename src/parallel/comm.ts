import { noGrad } from '../autograd/grad-mode.js';
import { fromHost } from '../ops/creation.js';
import { add } from '../ops/elementwise.js';
import { narrow } from '../ops/views.js';
import type { DType } from '../dtype.js';
import type { Tensor } from '../tensor.js';
import { bulkRead } from './bulk-read.js';

/**
 * Collective operations between devices through host memory: every device
 * reads its part with one mapAsync per bucket (reads on different devices are
 * in flight together), the host combines, and writes go back with writeBuffer.
 * Everything here is all-or-nothing: on any failure the results already made
 * are disposed and the first error is thrown, with nothing assigned.
 */

/** Labels an error with the device and phase it came from. */
export class DeviceFailure extends Error {
  constructor(readonly device: string, phase: string, cause: unknown) {
    const message = cause instanceof Error ? cause.message : String(cause);
    super(`DataParallel: ${device} failed during ${phase}: ${message}`, { cause });
  }
}

/**
 * Runs `work` now (so the device commands it records up to its first await
 * are queued in program order), labelling any failure with `device`.
 */
export function onDevice<T>(device: string, phase: string, work: () => Promise<T>): Promise<T> {
  const label = (e: unknown): never => {
    throw e instanceof DeviceFailure ? e : new DeviceFailure(device, phase, e);
  };
  try {
    return work().catch(label);
  } catch (e) {
    return Promise.reject(e).catch(label);
  }
}

/**
 * Starts copying `t` to `device`; `arrived` resolves once the copy can be used
 * (from a GPU the read is asynchronous; from cpu it is done at once).
 */
export function copyTo(t: Tensor, device: string): { tensor: Tensor; arrived: Promise<void> } {
  const tensor = noGrad(() => t.to(device));
  return { tensor, arrived: tensor.storage.pending ?? Promise.resolve() };
}

/** Groups consecutive same-dtype tensors into buckets of at most `bucketBytes` (a larger tensor gets its own). */
export function planBuckets(tensors: readonly Tensor[], bucketBytes: number): number[][] {
  const buckets: number[][] = [];
  let current: number[] = [];
  let bytes = 0;
  tensors.forEach((t, i) => {
    const size = t.numel() * 4;
    const prev = current[0] === undefined ? undefined : tensors[current[0]]!;
    if (current.length > 0 && (bytes + size > bucketBytes || prev!.dtype !== t.dtype)) {
      buckets.push(current);
      current = [];
      bytes = 0;
    }
    current.push(i);
    bytes += size;
  });
  if (current.length > 0) buckets.push(current);
  return buckets;
}

/** Host copy of `parts` laid end to end (a null part reads as zeros of `like`'s size), in one bulk read. */
export async function readFlat(parts: readonly (Tensor | null)[], like: readonly Tensor[], dtype: DType): Promise<Float32Array | Int32Array> {
  const present = parts.filter((t): t is Tensor => t !== null);
  const bytes = await bulkRead(present);
  const read = dtype === 'float32' ? new Float32Array(bytes) : new Int32Array(bytes);
  if (present.length === parts.length) return read;
  const out = dtype === 'float32' ? new Float32Array(like.reduce((n, t) => n + t.numel(), 0)) : new Int32Array(like.reduce((n, t) => n + t.numel(), 0));
  let from = 0;
  let to = 0;
  parts.forEach((t, i) => {
    const n = like[i]!.numel();
    if (t) {
      out.set(read.subarray(from, from + n), to);
      from += n;
    }
    to += n;
  });
  return out;
}

/** Writes host `values` (laid out as `like`, end to end) into `targets` with assign_, on `device`. */
export function scatterHost(values: Float32Array | Int32Array, like: readonly Tensor[], targets: readonly Tensor[], device: string): void {
  noGrad(() => {
    let offset = 0;
    like.forEach((t, i) => {
      const n = t.numel();
      const fresh = fromHost('DataParallel', values.subarray(offset, offset + n), t.shape, { device }, t.dtype);
      targets[i]!.assign_(fresh);
      fresh.dispose();
      offset += n;
    });
  });
}

/**
 * Sums equally shaped host vectors with the cpu backend's wasm kernels, in
 * replica order (a fixed order: the same inputs give the same bits), and
 * uploads the sum to `device`.
 */
export function sumOnHost(parts: readonly Float32Array[], device: string): Tensor {
  return noGrad(() => {
    const n = parts[0]!.length;
    let acc = fromHost('DataParallel', parts[0]!, [n], { device: 'cpu' }, 'float32');
    for (const part of parts.slice(1)) {
      const next = fromHost('DataParallel', part, [n], { device: 'cpu' }, 'float32');
      const sum = add(acc, next);
      acc.dispose();
      next.dispose();
      acc = sum;
    }
    const moved = acc.to(device);
    if (moved !== acc) acc.dispose();
    return moved;
  });
}

/** Views of `flat` shaped like `like`, end to end (each keeps the flat storage alive). */
export function unflatten(flat: Tensor, like: readonly Tensor[]): Tensor[] {
  return noGrad(() => {
    let offset = 0;
    return like.map((t) => {
      const n = t.numel();
      const piece = narrow(flat, 0, offset, n);
      const shaped = piece.reshape(t.shape);
      if (shaped !== piece) piece.dispose();
      offset += n;
      return shaped;
    });
  });
}

/**
 * Awaits every promise; if any rejected, hands each fulfilled value to
 * `discard` and throws the first rejection (so nothing half-made survives).
 */
export async function allOrNothing<T>(work: readonly Promise<T>[], discard: (value: T) => void): Promise<T[]> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) {
    for (const s of settled) if (s.status === 'fulfilled') discard(s.value);
    throw failed.reason;
  }
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}
