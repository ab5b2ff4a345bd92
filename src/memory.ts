import type { Tensor } from './tensor.js';

/**
 * Memory ownership: explicit `dispose()`, `tidy(fn)` scopes, and a
 * FinalizationRegistry as a late safety net (it cannot see GPU memory pressure).
 */

/** A tensor's storage cell (never the tensor itself, which the finalizer must not keep alive). */
export interface StorageCell {
  readonly storage: { readonly backend: { readonly name: string }; release(): void };
}

interface Scope {
  /**
   * The tensors created in this scope (or returned into it from an inner one)
   * and their cells. These are not registered with the finalizer: the scope
   * frees them unless they escape, and they join the safety net only then.
   */
  tensors: Map<Tensor, StorageCell>;
}

const scopes: Scope[] = [];
const liveCounts = new Map<string, number>();

const finalizer = new FinalizationRegistry<StorageCell>((cell) => {
  // The collected tensor was never disposed: it leaves the live count here.
  const device = cell.storage.backend.name;
  liveCounts.set(device, (liveCounts.get(device) ?? 1) - 1);
  cell.storage.release();
});

// NOTE: registering is the costly part of tracking a tensor (V8 allocates a
// weak cell each time), and nearly every tensor of a training step is a
// temporary that its tidy scope frees: only escaping tensors are registered.
export function trackTensor(t: Tensor, cell: StorageCell): void {
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 0) + 1);
  const scope = scopes[scopes.length - 1];
  if (scope) scope.tensors.set(t, cell);
  else finalizer.register(t, cell, t);
}

/** Takes `t` out of the scope holding it; returns its cell, or undefined when no scope held it (it is registered). */
function leaveScope(t: Tensor): StorageCell | undefined {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const tensors = scopes[i]!.tensors;
    const cell = tensors.get(t);
    if (cell) {
      tensors.delete(t);
      return cell;
    }
  }
  return undefined;
}

export function untrackTensor(t: Tensor): void {
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 1) - 1);
  if (!leaveScope(t)) finalizer.unregister(t);
}

/** Moves a tensor's live count from device `from` to its current device (after its storage moved). */
export function retagTensor(t: Tensor, from: string): void {
  if (from === t.device) return;
  liveCounts.set(from, (liveCounts.get(from) ?? 1) - 1);
  liveCounts.set(t.device, (liveCounts.get(t.device) ?? 0) + 1);
}

/** Removes a tensor from every open `tidy` scope so it outlives them. Returns it. */
export function keep<T extends Tensor>(t: T): T {
  const cell = leaveScope(t);
  if (cell) finalizer.register(t, cell, t);
  return t;
}

/** A tensor leaving its scope alive: into the enclosing scope, else under the finalizer. */
function escape(t: Tensor, cell: StorageCell): void {
  const parent = scopes[scopes.length - 1];
  if (parent) parent.tensors.set(t, cell);
  else finalizer.register(t, cell, t);
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
  const scope: Scope = { tensors: new Map() };
  scopes.push(scope);
  let result: T;
  try {
    result = fn();
  } catch (e) {
    scopes.splice(scopes.indexOf(scope), 1);
    for (const t of scope.tensors.keys()) t.dispose();
    throw e;
  }
  scopes.splice(scopes.indexOf(scope), 1);
  if (result instanceof Promise) throw new Error('tidy: the function must be synchronous (it returned a Promise)');
  const kept = new Set<Tensor>();
  if (isTensorFn) collect(result, kept, isTensorFn);
  for (const [t, cell] of scope.tensors) {
    if (kept.has(t)) escape(t, cell);
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
