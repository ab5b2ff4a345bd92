import type { Tensor } from './tensor.js';

/**
 * Memory ownership: explicit `dispose()`, `tidy(fn)` scopes, and a
 * FinalizationRegistry as a late safety net (it cannot see GPU memory pressure).
 */

interface Scope {
  tensors: Set<Tensor>;
}

const scopes: Scope[] = [];
const liveCounts = new Map<string, number>();

const finalizer = new FinalizationRegistry<() => void>((release) => release());

export function trackTensor(t: Tensor, release: () => void): void {
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 0) + 1);
  finalizer.register(t, release, t);
  scopes[scopes.length - 1]?.tensors.add(t);
}

export function untrackTensor(t: Tensor): void {
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 1) - 1);
  finalizer.unregister(t);
  for (const s of scopes) s.tensors.delete(t);
}

/** Moves a tensor's live count from device `from` to its current device (after its storage moved). */
export function retagTensor(t: Tensor, from: string): void {
  if (from === t.device) return;
  liveCounts.set(from, (liveCounts.get(from) ?? 1) - 1);
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 0) + 1);
}

/** Removes a tensor from every open `tidy` scope so it outlives them. Returns it. */
export function keep<T extends Tensor>(t: T): T {
  for (const s of scopes) s.tensors.delete(t);
  return t;
}

type TensorContainer = Tensor | readonly TensorContainer[] | { readonly [k: string]: TensorContainer } | void | undefined | null | number | string | boolean;

function collect(value: unknown, out: Set<Tensor>, isTensor: (v: unknown) => v is Tensor): void {
  if (isTensor(value)) out.add(value);
  else if (Array.isArray(value)) for (const v of value) collect(v, out, isTensor);
  else if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    for (const v of Object.values(value)) collect(v, out, isTensor);
  }
}

let isTensorFn: ((v: unknown) => v is Tensor) | undefined;
export function setTensorGuard(fn: (v: unknown) => v is Tensor): void {
  isTensorFn = fn;
}

/**
 * Runs `fn` and disposes every tensor created inside it, except the tensors it
 * returns (alone, in an array or in a plain object) and those passed to `keep`.
 * Parameters updated in place, `.grad` and optimizer state survive on their own.
 *
 * @example
 * const loss = torch.tidy(() => criterion.forward(net.forward(x), y));
 */
export function tidy<T extends TensorContainer>(fn: () => T): T {
  if (typeof fn !== 'function') throw new TypeError('tidy: expected a function');
  const scope: Scope = { tensors: new Set() };
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.splice(scopes.indexOf(scope), 1);
    for (const t of scope.tensors) t.dispose();
    throw e;
  }
  scopes.splice(scopes.indexOf(scope), 1);
  if (result instanceof Promise) throw new Error('tidy: the function must be synchronous (it returned a Promise)');
  const kept = new Set<Tensor>();
  if (isTensorFn) collect(result, kept, isTensorFn);
  for (const t of scope.tensors) {
    if (kept.has(t)) scopes[scopes.length - 1]?.tensors.add(t);
    else t.dispose();
  }
  return result;
}

export interface MemoryInfo {
  /** Live (not disposed) tensors per device. */
  tensors: Record<string, number>;
  /** Bytes held by each device's backend (live storage, pools excluded). */
  bytes: Record<string, number>;
  numTensors: number;
  numBytes: number;
}

export function liveTensorCounts(): Record<string, number> {
  return Object.fromEntries([...liveCounts.entries()].filter(([, n]) => n > 0));
}
