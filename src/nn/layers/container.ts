import type { Tensor } from '../../tensor.js';
import { Module } from '../module.js';

/** A module that maps one tensor to one tensor: what Sequential chains. */
export type TensorModule = Module<[Tensor], Tensor>;

/**
 * Runs its modules in order; they are registered as children '0', '1', ...
 * so state-dict keys match PyTorch's (`0.weight`, `features.3.bias`).
 *
 * @example
 * const mlp = new nn.Sequential(new nn.Linear(784, 128), new nn.ReLU(), new nn.Linear(128, 10));
 * Object.keys(mlp.stateDict()); // ['0.weight', '0.bias', '2.weight', '2.bias']
 */
export class Sequential extends Module<[Tensor], Tensor> {
  private count = 0;

  constructor(...modules: TensorModule[]) {
    super();
    for (const m of modules) this.append(m);
  }

  /** Adds `module` at the end as child `String(length)`. */
  append(module: TensorModule): this {
    if (!(module instanceof Module)) throw new TypeError(`Sequential: argument ${this.count} is not a Module`);
    this.registerModule(String(this.count++), module);
    return this;
  }

  get length(): number {
    return this.count;
  }

  /** The module at `index` (negative counts from the end). */
  at(index: number): TensorModule {
    const i = index < 0 ? index + this.count : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.count) throw new RangeError(`Sequential: index ${index} is out of range for ${this.count} modules`);
    return (this as unknown as Record<string, TensorModule>)[String(i)]!;
  }

  *[Symbol.iterator](): IterableIterator<TensorModule> {
    for (let i = 0; i < this.count; i++) yield this.at(i);
  }

  forward(x: Tensor): Tensor {
    // NOTE: intermediates are left to the caller's tidy, like any other op chain.
    let out = x;
    for (const m of this) out = m.forward(out);
    return out;
  }
}
