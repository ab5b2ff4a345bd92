// Training settings: the defaults match `npm start` (examples/mnist-cnn.ts);
// URL parameters override them, which is how the browser test keeps runs short:
//   ?device=cpu|webgpu&steps=N&epochs=12&batch=32&lr=0.02&seed=0&lossEvery=10&evalEvery=50&evalSize=1000&autostart=1

export interface Settings {
  /** 'cpu' or 'webgpu'; undefined: the picker's choice. */
  device: string | undefined;
  batchSize: number;
  lr: number;
  seed: number;
  epochs: number;
  /** Stop after this many steps (default: all epochs). */
  maxSteps: number | undefined;
  /** Read the loss from the device every this many steps (a GPU sync each time). */
  lossEvery: number;
  /** Measure test accuracy every this many steps. */
  evalEvery: number;
  /** Held-out digits in the accuracy measure, spread over all classes. */
  evalSize: number;
  autostart: boolean;
}

export function readSettings(search: string): Settings {
  const params = new URLSearchParams(search);
  const int = (name: string, fallback: number, min = 1): number => {
    const raw = params.get(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new Error(`URL parameter ${name}=${raw}: expected an integer >= ${min}`);
    return n;
  };
  const lrText = params.get('lr');
  const lr = lrText === null ? 0.02 : Number(lrText);
  if (!(lr > 0)) throw new Error(`URL parameter lr=${lrText}: expected a positive number`);
  const device = params.get('device') ?? undefined;
  if (device !== undefined && device !== 'cpu' && device !== 'webgpu') throw new Error(`URL parameter device=${device}: expected cpu or webgpu`);
  const steps = params.get('steps');
  return {
    device,
    batchSize: int('batch', 32),
    lr,
    seed: int('seed', 0, 0),
    epochs: int('epochs', 12),
    maxSteps: steps === null ? undefined : int('steps', 0),
    lossEvery: int('lossEvery', 10),
    evalEvery: int('evalEvery', 50),
    evalSize: int('evalSize', 1000),
    autostart: params.get('autostart') === '1',
  };
}
