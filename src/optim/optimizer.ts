import { noGrad } from '../autograd/grad-mode.js';
import { keep, tidy } from '../memory.js';
import { clearGrad, stateKeyOf } from '../nn/module.js';
import { formatShape, shapesEqual } from '../shape.js';
import { Tensor } from '../tensor.js';

/** Hyperparameters every optimizer has. */
export interface BaseOptions {
  lr: number;
}

/** Per-parameter state under PyTorch's keys (`momentum_buffer`, `exp_avg`, `exp_avg_sq`, `step`, ...). */
export type ParamState = Record<string, Tensor | number>;

/** A group of parameters sharing hyperparameters (per-group lr etc.). */
export type ParamGroup<O> = O & { params: Tensor[] };

/** What optimizers accept: parameters, or groups of them with option overrides. */
export type ParamsInput<O> = Iterable<Tensor> | ReadonlyArray<Partial<O> & { params: Iterable<Tensor> }>;

/** PyTorch's optimizer state-dict layout: parameters are referred to by their index over all groups. */
export interface OptimizerStateDict {
  state: Record<number, ParamState>;
  param_groups: Array<Record<string, unknown> & { params: number[] }>;
}

/**
 * Base class of the optimizers: parameter groups, zeroGrad, step and state
 * dicts. Subclasses give one parameter's update; `step()` runs it inside a
 * `tidy` on the parameter's device and writes the result with `assign_`, so
 * parameters (and state tensors) keep their identity and memory stays flat.
 */
export abstract class Optimizer<O extends BaseOptions> {
  readonly paramGroups: ParamGroup<O>[] = [];
  readonly state = new Map<Tensor, ParamState>();

  constructor(
    params: ParamsInput<O>,
    readonly defaults: O,
  ) {
    const list = [...(params as Iterable<Tensor | (Partial<O> & { params: Iterable<Tensor> })>)];
    if (list.length === 0) throw new Error(`${this.constructor.name}: optimizer got an empty parameter list`);
    if (list.every((p) => p instanceof Tensor)) this.addParamGroup({ params: list as Tensor[] } as Partial<O> & { params: Tensor[] });
    else for (const g of list) this.addParamGroup(g as Partial<O> & { params: Iterable<Tensor> });
  }

  /** Adds a group; options it leaves out come from the defaults. */
  addParamGroup(group: Partial<O> & { params: Iterable<Tensor> }): void {
    const params = group.params instanceof Tensor ? [group.params] : [...group.params];
    const seen = new Set(this.paramGroups.flatMap((g) => g.params));
    for (const p of params) {
      if (!(p instanceof Tensor)) throw new TypeError(`${this.constructor.name}: can only optimize Tensors, got ${typeof p}`);
      if (!p.isLeaf) throw new Error(`${this.constructor.name}: can't optimize a non-leaf Tensor (shape ${formatShape(p.shape)})`);
      if (seen.has(p)) throw new Error(`${this.constructor.name}: some parameters appear in more than one parameter group`);
      seen.add(p);
    }
    const full = { ...this.defaults, ...group, params } as ParamGroup<O>;
    this.validate(full);
    this.paramGroups.push(full);
  }

  /** Checks a group's hyperparameters; throws with PyTorch's wording. */
  protected validate(group: O): void {
    if (!(group.lr >= 0)) throw new RangeError(`Invalid learning rate: ${group.lr}`);
  }

  /** Drops every gradient (PyTorch's default `set_to_none=True`); `false` fills them with zeros. */
  zeroGrad(setToNone = true): void {
    for (const g of this.paramGroups) for (const p of g.params) clearGrad(p, setToNone);
  }

  /** One update of every parameter that has a gradient. */
  step(): void {
    noGrad(() => {
      for (const group of this.paramGroups) {
        for (const p of group.params) {
          const grad = p.grad;
          if (!grad) continue;
          if (grad.device !== p.device) throw new Error(`${this.constructor.name}: gradient on ${grad.device} for a parameter on ${p.device}`);
          let state = this.state.get(p);
          if (!state) this.state.set(p, (state = {}));
          const s = state;
          if (this.stepInPlace(p, grad, group, s)) continue;
          tidy(() => void p.assign_(this.update(p, grad, group, s)));
        }
      }
    });
  }

  /**
   * One parameter's update done in place by a fused kernel, where the backend
   * and the tensors allow it; false when it did nothing and `update` runs.
   */
  protected stepInPlace(_param: Tensor, _grad: Tensor, _group: ParamGroup<O>, _state: ParamState): boolean {
    return false;
  }

  /** The parameter's new value (called inside tidy and noGrad); update state through `setState`. */
  protected abstract update(param: Tensor, grad: Tensor, group: ParamGroup<O>, state: ParamState): Tensor;

  /** Stores `value` (a tensor created in this step) as state `key`, keeping the state tensor's identity. */
  protected setState(state: ParamState, key: string, value: Tensor): Tensor {
    const old = state[key];
    if (old instanceof Tensor) return old.assign_(value);
    state[key] = keep(value);
    return value;
  }

  /**
   * PyTorch's layout: `{ state: { 0: { momentum_buffer } }, param_groups: [{ lr, momentum, ..., params: [0, 1] }] }`.
   * Option names are snake_case as in PyTorch. NOTE: the state tensors are the optimizer's own; clone to snapshot.
   */
  stateDict(): OptimizerStateDict {
    const state: Record<number, ParamState> = {};
    let index = 0;
    const groups = this.paramGroups.map((group) => {
      const entry: Record<string, unknown> & { params: number[] } = { params: [] };
      for (const [k, v] of Object.entries(group)) if (k !== 'params') entry[stateKeyOf(k)] = v;
      for (const p of group.params) {
        const s = this.state.get(p);
        if (s) state[index] = { ...s };
        entry.params.push(index++);
      }
      return entry;
    });
    return { state, param_groups: groups };
  }

  /**
   * Restores hyperparameters and state saved by `stateDict()` (here or in PyTorch).
   * Groups and shapes are checked first; on any mismatch nothing changes.
   */
  loadStateDict(stateDict: OptimizerStateDict): void {
    const name = this.constructor.name;
    const saved = stateDict.param_groups;
    if (!Array.isArray(saved) || saved.length !== this.paramGroups.length) {
      throw new Error(`${name}.loadStateDict: loaded state dict has ${saved?.length ?? 0} parameter groups, the optimizer has ${this.paramGroups.length}`);
    }
    const byIndex = new Map<number, Tensor>();
    saved.forEach((g, i) => {
      const own = this.paramGroups[i]!.params;
      if (g.params.length !== own.length) {
        throw new Error(`${name}.loadStateDict: loaded state dict contains a parameter group (${i}) that doesn't match the size of optimizer's group (${g.params.length} vs ${own.length})`);
      }
      g.params.forEach((id, j) => byIndex.set(id, own[j]!));
    });
    for (const [id, entries] of Object.entries(stateDict.state)) {
      const p = byIndex.get(Number(id));
      if (!p) throw new Error(`${name}.loadStateDict: state for parameter ${id}, which no group lists`);
      for (const [key, v] of Object.entries(entries)) {
        if (v instanceof Tensor && key !== 'step' && !shapesEqual(v.shape, p.shape)) {
          throw new Error(`${name}.loadStateDict: state '${key}' of parameter ${id} has shape ${formatShape(v.shape)}, the parameter ${formatShape(p.shape)}`);
        }
        if (v instanceof Tensor && v.device !== p.device && v.device !== 'cpu') {
          throw new Error(`${name}.loadStateDict: state '${key}' of parameter ${id} is on ${v.device} and the parameter on ${p.device}; move it to cpu first`);
        }
      }
    }
    noGrad(() => {
      saved.forEach((g, i) => {
        const group = this.paramGroups[i]! as unknown as Record<string, unknown>;
        const keys = new Map(Object.keys(group).map((k) => [stateKeyOf(k), k]));
        for (const [k, v] of Object.entries(g)) if (k !== 'params' && keys.has(k)) group[keys.get(k)!] = v;
      });
      for (const s of this.state.values()) for (const v of Object.values(s)) if (v instanceof Tensor) v.dispose();
      this.state.clear();
      for (const [id, entries] of Object.entries(stateDict.state)) {
        const p = byIndex.get(Number(id))!;
        const state: ParamState = {};
        for (const [key, v] of Object.entries(entries)) state[key] = ownCopy(key, v, p.device);
        this.state.set(p, state);
      }
    });
  }
}

/** The optimizer's own copy of a loaded state value, on the parameter's device (`step` as a number). */
function ownCopy(key: string, v: Tensor | number, device: string): Tensor | number {
  if (!(v instanceof Tensor)) return v;
  if (key === 'step') return Number(v.dataSync()[0]);
  const moved = v.to(device);
  return keep(moved === v ? v.clone() : moved);
}
