import { noGrad } from '../autograd/grad-mode.js';
import { keep } from '../memory.js';
import { Module, type AnyModule } from '../nn/module.js';
import { Parameter } from '../nn/parameter.js';
import { zeros } from '../ops/creation.js';
import { Tensor } from '../tensor.js';

/**
 * A copy of a module tree on another device, for DataParallel. Same classes and
 * settings as the original (the prototype and every plain property are shared);
 * every Parameter and tensor-valued property (buffers, cached masks) is the
 * replica's own tensor on `device`. Values arrive later through `broadcast`.
 */
export class Replica {
  /** [original module, replica module] for the whole tree, root first. */
  readonly modules: [AnyModule, AnyModule][] = [];
  /** The replica's tensor standing for each original tensor (shared weights stay shared). */
  private readonly tensors = new Map<Tensor, Tensor>();
  readonly root: AnyModule;

  constructor(original: AnyModule, readonly device: string) {
    this.root = this.copyModule(original, new Map());
  }

  /** The replica tensor mirroring `original` (created on first use). */
  tensorFor(original: Tensor): Tensor {
    let mine = this.tensors.get(original);
    if (!mine) {
      mine = placeholder(original, this.device);
      this.tensors.set(original, mine);
    }
    return mine;
  }

  /**
   * Points every tensor-valued property of the replica tree at the mirror of the
   * original's current tensor, and copies train/eval modes. Returns the
   * [original, replica] tensor pairs, each original once.
   * NOTE: walked on every sync so a buffer the original reassigned (rather
   * than updated with assign_) is still mirrored.
   */
  pairs(): [Tensor, Tensor][] {
    const out = new Map<Tensor, Tensor>();
    for (const [orig, copy] of this.modules) {
      copy.training = orig.training;
      const slots = copy as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(orig)) {
        if (!(value instanceof Tensor)) continue;
        const mine = this.tensorFor(value);
        slots[key] = mine;
        out.set(value, mine);
      }
    }
    return [...out];
  }

  /** Parameters of the replica in the original's `parameters()` order. */
  parametersLike(originals: readonly Tensor[]): Tensor[] {
    return originals.map((p) => this.tensorFor(p));
  }

  /** Drops the replica's gradients (they were folded into the original's). */
  clearGrads(): void {
    for (const t of this.tensors.values()) {
      t.grad?.dispose();
      t.grad = null;
    }
  }

  dispose(): void {
    for (const t of this.tensors.values()) t.dispose();
    this.tensors.clear();
  }

  private copyModule(orig: AnyModule, seen: Map<AnyModule, AnyModule>): AnyModule {
    const existing = seen.get(orig);
    if (existing) return existing;
    // NOTE: Object.create skips the constructor: no parameters are initialised
    // (or random numbers drawn) for a replica; every own property is copied below.
    const copy = Object.create(Object.getPrototypeOf(orig) as object) as AnyModule;
    seen.set(orig, copy);
    this.modules.push([orig, copy]);
    const slots = copy as unknown as Record<string, unknown>;
    // Own enumerable properties only: a forward-hook wrapper (non-enumerable
    // own `forward`) is bound to the original and must not run the original's forward.
    for (const [key, value] of Object.entries(orig)) {
      if (value instanceof Module) slots[key] = this.copyModule(value as AnyModule, seen);
      else if (value instanceof Tensor) slots[key] = this.tensorFor(value);
      else if (value instanceof Set) slots[key] = new Set(value);
      else if (value instanceof Map) slots[key] = key === 'forwardHooks' ? new Map() : new Map(value);
      else slots[key] = value;
    }
    return copy;
  }
}

/** A same-shaped tensor on `device` (zeros until the first broadcast); a Parameter stays a Parameter. */
function placeholder(orig: Tensor, device: string): Tensor {
  return noGrad(() => {
    const z = zeros(orig.shape, { device, dtype: orig.dtype });
    if (!(orig instanceof Parameter)) return keep(z);
    const p = new Parameter(z, orig.requiresGrad);
    z.dispose();
    return p;
  });
}
