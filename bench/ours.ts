import * as torch from '../src/node.js';
import type { Case, HostTensor, TorchTensor } from './case.js';
import { Missing } from './case.js';
import type { Impl, Prepared } from './impl.js';
import { prepared, toFloat } from './impl.js';

/** webtorch on one of its devices, through the public API only. */
export function oursImpl(device: 'cpu' | 'webgpu'): Impl {
  return {
    id: `ours:${device}`,
    lib: 'ours',
    side: device,
    async prepare(c: Case, x: HostTensor[]): Promise<Prepared | string> {
      const inputs: TorchTensor[] = [];
      for (const h of x) {
        const t = torch.tensor(h.data, { device: 'cpu' }).reshape(h.shape);
        inputs.push(device === 'cpu' ? t : await t.toAsync(device));
        if (device !== 'cpu') t.dispose();
      }
      try {
        const step = c.ours(torch, inputs);
        return prepared(step, {
          read: async (t) => toFloat(await t.data()),
          dispose: (t) => t.dispose(),
          finish: () => torch.sync(device),
          // NOTE: tidy's container type has no generic array of T; every output here is a Tensor.
          scope: (fn) => torch.tidy(fn as () => TorchTensor[]) as ReturnType<typeof fn>,
        }, inputs);
      } catch (e) {
        for (const t of inputs) t.dispose();
        if (e instanceof Missing || /not implemented/i.test((e as Error).message)) return `not in webtorch yet: ${(e as Error).message}`;
        throw e;
      }
    },
  };
}

/**
 * The parts of the contract (DESIGN.md) that land after the core: looked up at
 * run time so the bench builds and runs while src/nn and src/optim are written.
 */
export interface NnFunctional {
  conv2d(x: TorchTensor, w: TorchTensor, b: TorchTensor | null, o?: { stride?: number; padding?: number }): TorchTensor;
  maxPool2d(x: TorchTensor, k: number, o?: { stride?: number }): TorchTensor;
  crossEntropy(logits: TorchTensor, target: TorchTensor): TorchTensor;
}

export interface NnModule {
  parameters(): Iterable<TorchTensor>;
  forward(x: TorchTensor): TorchTensor;
}

export interface NnNamespace {
  functional: NnFunctional;
  Sequential: new (...m: NnModule[]) => NnModule;
  Conv2d: new (i: number, o: number, k: number, opts?: { padding?: number }) => NnModule;
  Linear: new (i: number, o: number) => NnModule;
  MaxPool2d: new (k: number) => NnModule;
  ReLU: new () => NnModule;
  Flatten: new () => NnModule;
  CrossEntropyLoss: new () => { forward(a: TorchTensor, b: TorchTensor): TorchTensor };
}

export interface OptimNamespace {
  SGD: new (params: Iterable<TorchTensor>, o: { lr: number; momentum?: number }) => { step(): void | Promise<void>; zeroGrad(): void };
}

type Loose = Record<string, unknown>;

function lookup(path: string): unknown {
  let v: unknown = torch;
  for (const k of path.split('.')) {
    v = v !== null && (typeof v === 'object' || typeof v === 'function') ? (v as Loose)[k] : undefined;
    if (v === undefined) throw new Missing(`torch.${path} does not exist yet`);
  }
  return v;
}

/** torch.nn.functional, with the named functions checked to exist. */
export function functional(...names: (keyof NnFunctional)[]): NnFunctional {
  for (const n of names) lookup(`nn.functional.${n}`);
  return lookup('nn.functional') as NnFunctional;
}

export function nnAndOptim(): { nn: NnNamespace; optim: OptimNamespace } {
  for (const n of ['Sequential', 'Conv2d', 'Linear', 'MaxPool2d', 'ReLU', 'Flatten', 'CrossEntropyLoss']) lookup(`nn.${n}`);
  lookup('optim.SGD');
  return { nn: lookup('nn') as NnNamespace, optim: lookup('optim') as OptimNamespace };
}
