import type { Case, HostTensor, Step } from './case.js';
import type { Runnable } from './timing.js';

/** A prepared case: timed through `Runnable`, checked through `read`. */
export interface Prepared extends Runnable {
  /** Outputs of the last run, in our layout, as float32. */
  read(): Promise<Float32Array[]>;
  dispose(): void;
}

/** One library on one device: 'ours:cpu', 'tfjs:wasm', 'jax:webgpu', ... */
export interface Impl {
  id: string;
  lib: 'ours' | 'tfjs' | 'jax';
  /** Which of our devices it is compared with. */
  side: 'cpu' | 'webgpu';
  /** Resolves to a runnable case, or to the reason it cannot run this case. */
  prepare(c: Case, x: HostTensor[]): Promise<Prepared | string>;
}

/** How a library reads, frees and waits for its tensors. */
export interface TensorOps<T> {
  read(t: T): Promise<Float32Array>;
  dispose(t: T): void;
  /** Wait for the queued work that produced `last` (the outputs of the latest run). */
  finish(last: readonly T[]): Promise<void>;
  /**
   * Called after each run: jax-js is lazy and drops work whose result is
   * disposed unrealised, so each of its iterations must be realised.
   */
  settle?(outs: readonly T[]): Promise<void>;
  /** Runs one iteration so its temporaries are freed (tf.tidy, torch.tidy). */
  scope<R>(fn: () => R): R;
}

export function prepared<T>(step: Step<T>, ops: TensorOps<T>, inputs: readonly T[]): Prepared {
  let last: T[] = [];
  const drop = (): void => {
    for (const t of last) ops.dispose(t);
    last = [];
  };
  return {
    run() {
      drop();
      const out = step.unscoped ? step.run() : ops.scope(() => step.run());
      if (out instanceof Promise || ops.settle) {
        return Promise.resolve(out).then((o) => {
          last = o;
          return ops.settle?.(o);
        });
      }
      last = out;
      return undefined;
    },
    finish: () => ops.finish(last),
    async read() {
      const outs = step.toOurLayout ? ops.scope(() => step.toOurLayout!(last)) : last;
      const values = await Promise.all(outs.map((t) => ops.read(t)));
      if (outs !== last) for (const t of outs) ops.dispose(t);
      return values;
    },
    dispose() {
      drop();
      step.dispose?.();
      for (const t of inputs) ops.dispose(t);
    },
  };
}

export function toFloat(a: ArrayLike<number>): Float32Array {
  return a instanceof Float32Array ? a : Float32Array.from(a);
}
