import { noGrad } from '../autograd/grad-mode.js';
import { canonicalDevice, getBackend } from '../device.js';
import { keep, retagTensor } from '../memory.js';
import { zerosLike } from '../ops/creation.js';
import { formatShape, shapesEqual } from '../shape.js';
import { Tensor } from '../tensor.js';
import { Parameter } from './parameter.js';

/** Tensors by PyTorch state-dict key (`features.0.weight`, `bn1.running_mean`), in PyTorch's order. */
export type StateDict = Record<string, Tensor>;

/** Any module, whatever its forward takes and returns (for containers and traversal). */
export type AnyModule = Module<never, unknown>;

export interface LoadStateDictOptions {
  /** Require the keys to match exactly (default true). Shapes and dtypes must always match. */
  strict?: boolean;
}

export interface LoadStateDictResult {
  missingKeys: string[];
  unexpectedKeys: string[];
}

export interface HookHandle {
  remove(): void;
}

/**
 * Runs after `forward` with the module, its inputs and its output; a returned
 * value (other than undefined) replaces the output.
 * NOTE: untyped on purpose: typing it by the module's forward would make
 * modules of different signatures unassignable to each other.
 */
export type ForwardHook = (module: AnyModule, inputs: readonly unknown[], output: unknown) => unknown;

/**
 * PyTorch's key for a JS property: camelCase becomes snake_case
 * (`runningMean` -> `running_mean`, `numBatchesTracked` -> `num_batches_tracked`).
 */
export function stateKeyOf(property: string): string {
  return property.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * Base class of every layer and model (PyTorch's `nn.Module`). Assigning a
 * `Parameter` or a `Module` to a property registers it, in assignment order;
 * buffers (running statistics and other non-learned state) are registered with
 * `registerBuffer`. Call the model through `forward`.
 *
 * NOTE: JS enumerates integer-like property names ('0', '1', ...) before all
 * others, so a module mixing such names with ordinary ones lists them first.
 * Sequential only uses integer names, so its order is its index order.
 *
 * @example
 * class Net extends nn.Module {
 *   fc1 = new nn.Linear(784, 128);
 *   fc2 = new nn.Linear(128, 10);
 *   forward(x: Tensor): Tensor { return this.fc2.forward(this.fc1.forward(x.flatten(1)).relu()); }
 * }
 * const net = new Net();
 * Object.keys(net.stateDict()); // ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']
 */
export abstract class Module<In extends unknown[] = Tensor[], Out = Tensor> {
  /** Train mode (dropout active, batch statistics) or eval mode. */
  training = true;
  private readonly bufferNames = new Set<string>();
  private readonly transientBuffers = new Set<string>();
  private readonly forwardHooks = new Map<number, ForwardHook>();
  private nextHookId = 0;

  abstract forward(...inputs: In): Out;

  // ------------------------------------------------------------ registration

  private get slots(): Record<string, unknown> {
    return this as unknown as Record<string, unknown>;
  }

  /** Registers `param` (or null: declared but absent, e.g. a layer without bias) under `name`. */
  registerParameter(name: string, param: Parameter | null): void {
    if (param !== null && !(param instanceof Parameter)) {
      throw new TypeError(`registerParameter: '${name}' must be a Parameter or null (wrap tensors with new nn.Parameter(t))`);
    }
    this.slots[name] = param;
  }

  /**
   * Registers module state that is not learned (BatchNorm's running statistics).
   * Persistent buffers are part of `stateDict()`; reassigning the property keeps it registered.
   */
  registerBuffer(name: string, tensor: Tensor | null, options: { persistent?: boolean } = {}): void {
    if (tensor !== null && !(tensor instanceof Tensor)) throw new TypeError(`registerBuffer: '${name}' must be a Tensor or null`);
    this.bufferNames.add(name);
    if (options.persistent === false) this.transientBuffers.add(name);
    else this.transientBuffers.delete(name);
    this.slots[name] = tensor === null ? null : keep(tensor);
  }

  registerModule(name: string, module: AnyModule | null): void {
    if (module !== null && !(module instanceof Module)) throw new TypeError(`registerModule: '${name}' must be a Module or null`);
    this.slots[name] = module;
  }

  // ------------------------------------------------------------ traversal

  /** This module's own parameters as [property, value], in registration order. */
  private ownParameters(): [string, Parameter][] {
    return Object.entries(this.slots).filter((e): e is [string, Parameter] => e[1] instanceof Parameter && !this.bufferNames.has(e[0]));
  }

  private ownBuffers(persistentOnly: boolean): [string, Tensor][] {
    return [...this.bufferNames]
      .filter((name) => !(persistentOnly && this.transientBuffers.has(name)))
      .map((name): [string, unknown] => [name, this.slots[name]])
      .filter((e): e is [string, Tensor] => e[1] instanceof Tensor);
  }

  /** Direct submodules as [state-dict name, module]. */
  *namedChildren(): IterableIterator<[string, AnyModule]> {
    for (const [name, value] of Object.entries(this.slots)) {
      if (value instanceof Module) yield [stateKeyOf(name), value as AnyModule];
    }
  }

  *children(): IterableIterator<AnyModule> {
    for (const [, m] of this.namedChildren()) yield m;
  }

  /** This module and every descendant, each once, as [dotted name, module] ('' for this one). */
  *namedModules(prefix = '', seen = new Set<AnyModule>()): IterableIterator<[string, AnyModule]> {
    const self = this as unknown as AnyModule;
    if (seen.has(self)) return;
    seen.add(self);
    yield [prefix, self];
    for (const [name, child] of this.namedChildren()) yield* child.namedModules(prefix ? `${prefix}.${name}` : name, seen);
  }

  *modules(): IterableIterator<AnyModule> {
    for (const [, m] of this.namedModules()) yield m;
  }

  /** Parameters with their state-dict names; a parameter shared by two modules is listed once. */
  *namedParameters(prefix = '', recurse = true): IterableIterator<[string, Parameter]> {
    const seen = new Set<Tensor>();
    const modules: Iterable<[string, AnyModule]> = recurse ? this.namedModules(prefix) : [[prefix, this as unknown as AnyModule]];
    for (const [path, m] of modules) {
      for (const [name, p] of m.ownParameters()) {
        if (seen.has(p)) continue;
        seen.add(p);
        yield [path ? `${path}.${stateKeyOf(name)}` : stateKeyOf(name), p];
      }
    }
  }

  *parameters(recurse = true): IterableIterator<Parameter> {
    for (const [, p] of this.namedParameters('', recurse)) yield p;
  }

  *namedBuffers(prefix = '', recurse = true): IterableIterator<[string, Tensor]> {
    const modules: Iterable<[string, AnyModule]> = recurse ? this.namedModules(prefix) : [[prefix, this as unknown as AnyModule]];
    for (const [path, m] of modules) {
      for (const [name, b] of m.ownBuffers(false)) yield [path ? `${path}.${stateKeyOf(name)}` : stateKeyOf(name), b];
    }
  }

  *buffers(recurse = true): IterableIterator<Tensor> {
    for (const [, b] of this.namedBuffers('', recurse)) yield b;
  }

  /** Calls `fn` on every submodule and then on this one (PyTorch's `apply`, e.g. for custom init). */
  apply(fn: (module: AnyModule) => void): this {
    for (const child of this.children()) child.apply(fn);
    fn(this as unknown as AnyModule);
    return this;
  }

  // ------------------------------------------------------------ modes, devices, gradients

  /** Sets train mode (`mode = true`) or eval mode on this module and all descendants. */
  train(mode = true): this {
    for (const m of this.modules()) m.training = mode;
    return this;
  }

  eval(): this {
    return this.train(false);
  }

  /**
   * Moves parameters, their gradients and buffers to `device` in place: the
   * Parameter objects stay the same, so an optimizer built earlier still holds
   * them. From a GPU to another device the data arrives asynchronously: use
   * `await module.toAsync(device)` before reading.
   */
  to(device: string): this {
    const target = getBackend(canonicalDevice(device)).name;
    const tensors = new Set<Tensor>([...this.parameters(), ...this.buffers()]);
    noGrad(() => {
      for (const t of tensors) {
        moveInPlace(t, target);
        if (t.grad) moveInPlace(t.grad, target);
      }
    });
    return this;
  }

  /** `to(device)`, resolving once every tensor has arrived. */
  async toAsync(device: string): Promise<this> {
    this.to(device);
    const tensors = [...this.parameters(), ...this.buffers()];
    await Promise.all(tensors.flatMap((t) => [t.storage.pending, t.grad?.storage.pending]));
    return this;
  }

  /** Drops every parameter's gradient (PyTorch's default `set_to_none=True`); `false` fills them with zeros. */
  zeroGrad(setToNone = true): void {
    for (const p of this.parameters()) clearGrad(p, setToNone);
  }

  // ------------------------------------------------------------ state dict

  /**
   * Parameters and persistent buffers by PyTorch's keys, in PyTorch's order
   * (each module's parameters, then its buffers, then its children's).
   * NOTE: the values are the module's own tensors, not copies: don't dispose
   * them; `clone()` one to keep a snapshot across training.
   */
  stateDict(prefix = ''): StateDict {
    const out: StateDict = {};
    this.collectState(prefix, out, new Set());
    return out;
  }

  private collectState(prefix: string, out: StateDict, seen: Set<AnyModule>): void {
    for (const [name, p] of this.ownParameters()) out[prefix + stateKeyOf(name)] = p;
    for (const [name, b] of this.ownBuffers(true)) out[prefix + stateKeyOf(name)] = b;
    for (const [name, child] of this.namedChildren()) {
      if (seen.has(child)) continue;
      seen.add(child);
      child.collectState(`${prefix}${name}.`, out, seen);
    }
  }

  /**
   * Copies `stateDict`'s values into this module's parameters and buffers.
   * Every key, shape, dtype and device is checked first; any problem throws
   * one error listing all of them and leaves the module unchanged. With
   * `strict: false`, missing and unexpected keys are returned instead of thrown.
   */
  loadStateDict(stateDict: StateDict | ReadonlyMap<string, Tensor>, options: LoadStateDictOptions = {}): LoadStateDictResult {
    const strict = options.strict ?? true;
    const source = stateDict instanceof Map ? stateDict : new Map(Object.entries(stateDict));
    const own = this.stateDict();
    const missingKeys = Object.keys(own).filter((k) => !source.has(k));
    const unexpectedKeys = [...source.keys()].filter((k) => !(k in own));
    const problems: string[] = [];
    if (strict && missingKeys.length) problems.push(`Missing key(s) in state_dict: ${missingKeys.map((k) => `"${k}"`).join(', ')}.`);
    if (strict && unexpectedKeys.length) problems.push(`Unexpected key(s) in state_dict: ${unexpectedKeys.map((k) => `"${k}"`).join(', ')}.`);
    for (const [key, target] of Object.entries(own)) {
      const value = source.get(key);
      if (value === undefined) continue;
      const problem = loadProblem(key, target, value);
      if (problem) problems.push(problem);
    }
    if (problems.length) {
      throw new Error(`loadStateDict: error(s) in loading state_dict for ${this.constructor.name}:\n  ${problems.join('\n  ')}`);
    }
    noGrad(() => {
      for (const [key, target] of Object.entries(own)) {
        const value = source.get(key);
        if (!value || value === target) continue;
        const moved = value.to(target.device);
        target.assign_(moved);
        if (moved !== value) moved.dispose();
      }
    });
    return { missingKeys, unexpectedKeys };
  }

  // ------------------------------------------------------------ hooks and printing

  /**
   * Runs `hook(module, inputs, output)` after every `forward`; a returned value
   * replaces the output. Returns a handle whose `remove()` unregisters it.
   */
  registerForwardHook(hook: ForwardHook): HookHandle {
    if (this.forwardHooks.size === 0 && !Object.prototype.hasOwnProperty.call(this, 'forward')) this.wrapForward();
    const id = this.nextHookId++;
    this.forwardHooks.set(id, hook);
    return { remove: () => void this.forwardHooks.delete(id) };
  }

  private wrapForward(): void {
    // NOTE: the founding loop calls `module.forward(x)` directly, so hooks live in an
    // own (non-enumerable) `forward` that shadows the class method.
    const original = this.forward.bind(this);
    Object.defineProperty(this, 'forward', {
      enumerable: false,
      configurable: true,
      writable: true,
      value: (...inputs: In): Out => {
        let output = original(...inputs);
        for (const hook of [...this.forwardHooks.values()]) {
          const replaced = hook(this as unknown as AnyModule, inputs, output);
          if (replaced !== undefined) output = replaced as Out;
        }
        return output;
      },
    });
  }

  /** One-line description of this module's settings, as in PyTorch's repr (`in_features=4, ...`). */
  extraRepr(): string {
    return '';
  }

  toString(): string {
    const kids = [...this.namedChildren()];
    const head = `${this.constructor.name}(${this.extraRepr()}`;
    if (kids.length === 0) return `${head})`;
    const body = kids.map(([name, m]) => `  (${name}): ${m.toString().replace(/\n/g, '\n  ')}`).join('\n');
    return `${head}\n${body}\n)`;
  }
}

function loadProblem(key: string, target: Tensor, value: unknown): string | undefined {
  if (!(value instanceof Tensor)) return `"${key}": expected a Tensor, got ${value === null ? 'null' : typeof value}.`;
  if (value.isDisposed) return `"${key}": the tensor was disposed.`;
  if (!shapesEqual(value.shape, target.shape)) {
    return `size mismatch for ${key}: copying a param with shape ${formatShape(value.shape)} from checkpoint, the shape in current model is ${formatShape(target.shape)}.`;
  }
  if (value.dtype !== target.dtype) return `dtype mismatch for ${key}: checkpoint has ${value.dtype}, the model has ${target.dtype}.`;
  // NOTE: copies out of a GPU are asynchronous, and loadStateDict is not.
  if (value.device !== target.device && value.device !== 'cpu') {
    return `device mismatch for ${key}: the tensor is on ${value.device} and the model on ${target.device}; move it first with await t.toAsync('${target.device}').`;
  }
  return undefined;
}

/** Drops `p.grad` (or zeroes it in place): shared by Module.zeroGrad and Optimizer.zeroGrad. */
export function clearGrad(p: Tensor, setToNone: boolean): void {
  if (!p.grad) return;
  if (setToNone) {
    p.grad.dispose();
    p.grad = null;
  } else {
    noGrad(() => {
      // NOTE: not grad.mul(0): NaN * 0 stays NaN.
      const zero = zerosLike(p.grad!);
      p.grad!.assign_(zero);
      zero.dispose();
    });
  }
}

/**
 * Moves `t`'s data to `device`, keeping the Tensor object.
 * NOTE: memory accounting is per device, so the tensor's live count moves with
 * it; it stays out of any open `tidy` scope (its owner keeps it).
 */
function moveInPlace(t: Tensor, device: string): void {
  if (t.device === device) return;
  const from = t.device;
  const moved = t.to(device);
  const previous = t.storage;
  // to() keeps its source alive until an asynchronous read lands, so the old storage can go now.
  t.storage = moved.storage.retain();
  (t as { strides: readonly number[] }).strides = moved.strides;
  (t as { offset: number }).offset = moved.offset;
  if (moved !== t) moved.dispose();
  previous.release();
  retagTensor(t, from);
  keep(t);
}
