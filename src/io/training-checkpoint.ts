/**
 * A whole training run in one safetensors file, so `--resume` continues it
 * exactly: model state dict, optimizer state, scheduler, RNG states, epoch and
 * step. Tensors are stored as tensors; everything else as JSON in `__metadata__`.
 *
 *   model.<key>                       the model's state dict (PyTorch's keys)
 *   optimizer.state.<index>.<name>    optimizer state tensors (momentum_buffer, exp_avg, ...)
 *   __metadata__["webtorch.training"] JSON: epoch, step, optimizer param_groups and
 *                                     number-valued state, scheduler, RNG states, extra
 */
import { defaultGenerator } from '../random.js';
import { Tensor } from '../tensor.js';
import type { OptimizerStateDict, ParamState } from '../optim/optimizer.js';
import { readSource, save, toTensors, type LoadSource } from './checkpoint.js';
import { parse } from './safetensors.js';

/** What a model must offer (nn.Module does). */
export interface ModelLike {
  stateDict(): Record<string, Tensor>;
  loadStateDict(stateDict: Record<string, Tensor>, options?: { strict?: boolean }): unknown;
}

/** What an optimizer must offer (optim.Optimizer does). */
export interface OptimizerLike {
  readonly paramGroups: ReadonlyArray<{ params: readonly Tensor[] }>;
  stateDict(): OptimizerStateDict;
  loadStateDict(stateDict: OptimizerStateDict): void;
}

/** What a learning-rate scheduler must offer (optim.lrScheduler.* do). */
export interface SchedulerLike {
  stateDict(): { last_epoch: number };
  loadStateDict(state: { last_epoch: number }): void;
}

/** A random generator's state (torch.Generator, and DataLoader once it exposes its shuffling generator's state). */
export interface RngLike {
  getState(): number[];
  setState(state: readonly number[]): void;
}

export interface TrainingState {
  model: ModelLike;
  optimizer?: OptimizerLike;
  scheduler?: SchedulerLike;
  /** The DataLoader (or its Generator) whose shuffling order must continue. */
  dataLoader?: RngLike;
  epoch: number;
  step: number;
  /** Anything JSON-serialisable (best accuracy so far, the config, ...). */
  extra?: unknown;
}

export type TrainingTarget = Omit<TrainingState, 'epoch' | 'step' | 'extra'>;

export interface TrainingProgress {
  epoch: number;
  step: number;
  extra: unknown;
}

const KEY = 'webtorch.training';
const VERSION = 1;

interface Saved {
  version: number;
  epoch: number;
  step: number;
  optimizer: { param_groups: OptimizerStateDict['param_groups']; scalars: Record<string, Record<string, number>> } | null;
  scheduler: { last_epoch: number } | null;
  rng: { torch: number[]; dataLoader: number[] | null };
  extra: unknown;
}

/**
 * Saves everything needed to resume training. `target` is a path (Node, written
 * atomically) or omitted to get the bytes.
 *
 * @example
 * await saveTrainingCheckpoint('ck.safetensors', { model: net, optimizer, scheduler, dataLoader: trainLoader, epoch, step });
 */
export async function saveTrainingCheckpoint(target: string, state: TrainingState): Promise<void>;
export async function saveTrainingCheckpoint(target: undefined, state: TrainingState): Promise<Uint8Array>;
export async function saveTrainingCheckpoint(target: string | undefined, state: TrainingState): Promise<Uint8Array | void> {
  const { model, optimizer, scheduler, dataLoader, epoch, step } = state;
  if (!Number.isInteger(epoch) || !Number.isInteger(step)) throw new Error(`saveTrainingCheckpoint: epoch and step must be integers, got ${epoch} and ${step}`);
  const tensors = new Map<string, Tensor>();
  for (const [k, t] of Object.entries(model.stateDict())) tensors.set(`model.${k}`, t);
  let saved: Saved['optimizer'] = null;
  if (optimizer) {
    const sd = optimizer.stateDict();
    const scalars: Record<string, Record<string, number>> = {};
    for (const [index, entries] of Object.entries(sd.state)) {
      for (const [name, v] of Object.entries(entries as ParamState)) {
        if (v instanceof Tensor) tensors.set(`optimizer.state.${index}.${name}`, v);
        else (scalars[index] ??= {})[name] = v;
      }
    }
    saved = { param_groups: sd.param_groups, scalars };
  }
  const meta: Saved = {
    version: VERSION,
    epoch,
    step,
    optimizer: saved,
    scheduler: scheduler ? scheduler.stateDict() : null,
    rng: { torch: defaultGenerator.getState(), dataLoader: dataLoader ? dataLoader.getState() : null },
    extra: state.extra ?? null,
  };
  const metadata = { [KEY]: encodeJson(meta) };
  if (target === undefined) return save(tensors, { metadata });
  return save(tensors, target, { metadata });
}

/**
 * Restores a checkpoint written by `saveTrainingCheckpoint` into `model` (and
 * the optimizer, scheduler and generators given), returning epoch, step and
 * extra. Everything is checked before anything changes: a bad or mismatched
 * file throws and leaves the model's parameters, the optimizer and the RNG as they were.
 *
 * @example
 * const { epoch } = await loadTrainingCheckpoint('ck.safetensors', { model: net, optimizer, dataLoader: trainLoader });
 */
export async function loadTrainingCheckpoint(source: LoadSource, into: TrainingTarget): Promise<TrainingProgress> {
  const { bytes, name } = await readSource(source);
  const { tensors: parsed, metadata } = parse(bytes, { name });
  const fail = (problem: string): Error => new Error(`${name}: ${problem}`);
  const text = metadata[KEY];
  if (text === undefined) throw fail(`not a training checkpoint (no "${KEY}" in __metadata__); for a plain state dict use torch.load`);
  const meta = decodeSaved(text, fail);

  const optimizerKeys = new Map<string, [index: number, name: string]>();
  for (const key of parsed.keys()) {
    const m = OPTIMIZER_KEY.exec(key);
    if (m) optimizerKeys.set(key, [Number(m[1]), m[2]!]);
    else if (!key.startsWith('model.')) throw fail(`unexpected tensor "${key}" (expected model.* or optimizer.state.<index>.*)`);
  }
  if (into.optimizer && !meta.optimizer) throw fail('the checkpoint has no optimizer state');
  if (into.scheduler && !meta.scheduler) throw fail('the checkpoint has no scheduler state');
  if (into.dataLoader && !meta.rng.dataLoader) throw fail('the checkpoint has no DataLoader generator state');
  if (into.optimizer) checkOptimizer(into.optimizer, meta, parsed, fail);

  // Upload on the host: loadStateDict moves values to each parameter's device.
  const all = toTensors(parsed, 'cpu');
  try {
    const modelState: Record<string, Tensor> = {};
    for (const [key, t] of Object.entries(all)) if (key.startsWith('model.')) modelState[key.slice(6)] = t;
    // NOTE: first mutation. Module.loadStateDict checks every key and shape before changing anything.
    into.model.loadStateDict(modelState, { strict: true });
    if (into.optimizer && meta.optimizer) {
      const state: Record<number, ParamState> = {};
      for (const [index, scalars] of Object.entries(meta.optimizer.scalars)) state[Number(index)] = { ...scalars };
      for (const [key, [index, stateName]] of optimizerKeys) (state[index] ??= {})[stateName] = all[key]!;
      into.optimizer.loadStateDict({ state, param_groups: meta.optimizer.param_groups });
    }
    if (into.scheduler && meta.scheduler) into.scheduler.loadStateDict(meta.scheduler);
    defaultGenerator.setState(meta.rng.torch);
    if (into.dataLoader && meta.rng.dataLoader) into.dataLoader.setState(meta.rng.dataLoader);
  } finally {
    for (const t of Object.values(all)) t.dispose();
  }
  return { epoch: meta.epoch, step: meta.step, extra: meta.extra };
}

const OPTIMIZER_KEY = /^optimizer\.state\.(\d+)\.(.+)$/;

/** The optimizer checks of Optimizer.loadStateDict, done up front so a mismatch fails before the model changes. */
function checkOptimizer(optimizer: OptimizerLike, meta: Saved, parsed: ReturnType<typeof parse>['tensors'], fail: (p: string) => Error): void {
  const groups = meta.optimizer!.param_groups;
  if (groups.length !== optimizer.paramGroups.length) {
    throw fail(`the checkpoint's optimizer has ${groups.length} parameter groups, this optimizer ${optimizer.paramGroups.length}`);
  }
  const params = new Map<number, Tensor>();
  groups.forEach((g, i) => {
    const own = optimizer.paramGroups[i]!.params;
    if (!Array.isArray(g.params) || g.params.length !== own.length) {
      throw fail(`optimizer parameter group ${i} has ${Array.isArray(g.params) ? g.params.length : 'no'} parameters in the checkpoint, ${own.length} here`);
    }
    g.params.forEach((id, j) => params.set(id, own[j]!));
  });
  for (const [key, t] of parsed) {
    const m = OPTIMIZER_KEY.exec(key);
    if (!m) continue;
    const p = params.get(Number(m[1]));
    if (!p) throw fail(`optimizer state "${key}" is for parameter ${m[1]}, which no group lists`);
    if (m[2] !== 'step' && t.shape.join(',') !== p.shape.join(',')) {
      throw fail(`optimizer state "${key}" has shape [${t.shape.join(', ')}], the parameter [${p.shape.join(', ')}]`);
    }
  }
  for (const index of Object.keys(meta.optimizer!.scalars)) {
    if (!params.has(Number(index))) throw fail(`optimizer state for parameter ${index}, which no group lists`);
  }
}

// NOTE: JSON has no NaN/Infinity (the generator state holds NaN when no normal
// is cached), so non-finite numbers travel as {"$number": "NaN"}.
function encodeJson(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'number' && !Number.isFinite(v) ? { $number: String(v) } : v));
}

function decodeJson(text: string): unknown {
  return JSON.parse(text, (_k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const n = (v as Record<string, unknown>).$number;
      if (Object.keys(v).length === 1 && (n === 'NaN' || n === 'Infinity' || n === '-Infinity')) return Number(n);
    }
    return v;
  });
}

function decodeSaved(text: string, fail: (p: string) => Error): Saved {
  let v: unknown;
  try {
    v = decodeJson(text);
  } catch (e) {
    throw fail(`"${KEY}" is not valid JSON (${(e as Error).message})`);
  }
  const s = v as Partial<Saved> | null;
  const isState = (a: unknown): a is number[] => Array.isArray(a) && a.length === 5 && a.every((x) => typeof x === 'number');
  if (!s || typeof s !== 'object') throw fail(`"${KEY}" is not an object`);
  if (s.version !== VERSION) throw fail(`training checkpoint version ${String(s.version)} is not supported (expected ${VERSION})`);
  if (!Number.isInteger(s.epoch) || !Number.isInteger(s.step)) throw fail(`"${KEY}" lacks integer epoch and step`);
  if (!s.rng || !isState(s.rng.torch) || !(s.rng.dataLoader === null || isState(s.rng.dataLoader))) throw fail(`"${KEY}" has an invalid rng state`);
  if (s.scheduler !== null && !(s.scheduler && Number.isInteger(s.scheduler.last_epoch))) throw fail(`"${KEY}" has an invalid scheduler state`);
  const o = s.optimizer;
  if (o !== null && !(o && Array.isArray(o.param_groups) && o.scalars && typeof o.scalars === 'object')) throw fail(`"${KEY}" has an invalid optimizer state`);
  return s as Saved;
}
