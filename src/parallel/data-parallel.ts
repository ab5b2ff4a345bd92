import { enableGrad, isGradEnabled, noGrad } from '../autograd/grad-mode.js';
import { canonicalDevice, getBackend } from '../device.js';
import { tidy } from '../memory.js';
import { Module, type AnyModule } from '../nn/module.js';
import { fromHost } from '../ops/creation.js';
import { cat } from '../ops/join.js';
import { formatShape } from '../shape.js';
import { Tensor } from '../tensor.js';
import { reduceToFirst } from './all-reduce.js';
import { broadcastFromFirst } from './broadcast.js';
import { allOrNothing, DeviceFailure, onDevice, readFlat } from './comm.js';
import { Replica } from './replicate.js';
import { scatter } from './scatter.js';
import { splitSizes } from './split.js';

export interface DataParallelOptions {
  /** Device names, one replica each ('webgpu:0', 'webgpu:1', ... or 'cpu', 'cpu:1', ...). The module lives on the first. */
  devices: readonly string[];
  /** Where outputs are gathered (and the loss is computed): must be devices[0], the default. */
  outputDevice?: string;
  /** Largest transfer of the gradient all-reduce and the parameter broadcast (default 8 MiB). */
  bucketBytes?: number;
}

/** What one forward left for `syncGradients`: each replica's output and its stand-in on the output device. */
interface Step {
  /** Replica outputs on their own devices, with their graphs. */
  outputs: (Tensor | null)[];
  /** Leaves on the output device holding replica i's output (the gathered output is their cat); backward leaves each its slice of the gradient in `.grad`. */
  received: (Tensor | null)[];
}

const DEFAULT_BUCKET_BYTES = 8 << 20;

/**
 * Data-parallel training over several devices (PyTorch's `nn.DataParallel`).
 *
 * `forward` splits every tensor argument along dim 0 (sizes differ by at
 * most one), runs one replica per device, and gathers the outputs, in order,
 * on `devices[0]`, where the wrapped module itself lives and the loss is
 * computed. Because the loss is taken over the gathered batch, each replica's
 * gradient is already its exact share of the full-batch gradient (an uneven
 * split is weighted by construction) and the all-reduce is a plain sum.
 *
 * Devices are WebGPU devices ('webgpu:N') or cpu ones: 'cpu', the main
 * thread, and 'cpu:N', worker threads opened by `torch.init({ cpuWorkers })`,
 * each with its own wasm instance (so replicas compute on several cores).
 *
 * Moving data between devices is asynchronous, so the loop has two awaits:
 *
 * @example
 * const dp = new parallel.DataParallel(net, { devices: ['webgpu:0', 'webgpu:1'] });
 * const optimizer = new optim.SGD(dp.parameters(), { lr: 0.02, momentum: 0.9 });
 * optimizer.zeroGrad();
 * const outputs = await dp.forward(inputs);        // inputs on cpu (or any device)
 * const loss = criterion.forward(outputs, labels); // labels on devices[0]
 * loss.backward();                                 // as far as the gathered outputs
 * await dp.syncGradients();                        // every replica's backward, summed into net's .grad
 * optimizer.step();
 *
 * How it keeps replicas identical: one optimizer, over the wrapped module's
 * parameters (replica 0). `loss.backward()` stops at the gathered outputs;
 * `syncGradients` sends each replica its slice of their gradient, runs every
 * replica's backward (devices[0]'s while the slices travel), reads every
 * replica's gradients (bucketed: one read per bucket per device, each device
 * starting once its backward is queued, all in flight together), sums them on
 * the host with the wasm kernels in a fixed order and writes the sum to the
 * module's `.grad` (replica 0's share includes what `.grad` held before, so
 * gradients accumulate across steps without zeroGrad as on one device). The next `forward` (or
 * `syncReplicas()`) copies the module's parameters and buffers to every
 * replica bit for bit, skipping the copy when nothing changed.
 *
 * BatchNorm: each replica normalises with the statistics of its own slice
 * (PyTorch's DataParallel semantics, not SyncBatchNorm); the running
 * statistics kept are replica 0's, the module's own.
 *
 * Failures: a device that fails or is lost makes `forward`/`syncGradients`
 * reject with an error naming it. `syncGradients` assigns nothing unless every
 * device succeeded; when it fails it also drops the module's gradients, so an
 * `optimizer.step()` that follows changes nothing (no half-applied step).
 *
 * NOTE: forward hooks registered on submodules run on replica 0 only, and a
 * module must keep its tensors in properties (as `nn.Module` registers them)
 * for a replica to see them.
 */
export class DataParallel extends Module<unknown[], Promise<Tensor>> {
  readonly module: AnyModule;
  readonly devices: readonly string[];
  readonly bucketBytes: number;
  // NOTE: arrays are not registered as children, so replica parameters stay out of parameters()/stateDict().
  private readonly replicas: Replica[];
  private step: Step | undefined;
  /** The tensors and storages last copied to the replicas, to skip an unchanged broadcast. */
  private broadcastStamp: unknown[] = [];

  constructor(module: AnyModule, options: DataParallelOptions) {
    super();
    const devices = (options.devices ?? []).map((d) => getBackend(canonicalDevice(d)).name);
    if (devices.length === 0) throw new Error('DataParallel: options.devices must name at least one device');
    if (new Set(devices).size !== devices.length) throw new Error(`DataParallel: devices must be distinct, got ${devices.join(', ')}`);
    const output = options.outputDevice === undefined ? devices[0]! : canonicalDevice(options.outputDevice);
    if (output !== devices[0]) throw new Error(`DataParallel: outputDevice must be devices[0] (${devices[0]}), got ${output}`);
    this.bucketBytes = options.bucketBytes ?? DEFAULT_BUCKET_BYTES;
    if (!(this.bucketBytes > 0)) throw new RangeError(`DataParallel: bucketBytes must be positive, got ${this.bucketBytes}`);
    placeModule(module, devices[0]!);
    this.module = module;
    this.devices = devices;
    this.replicas = devices.slice(1).map((d) => new Replica(module, d));
  }

  /** Replica i's module (0: the wrapped module itself), e.g. to check that replicas agree. */
  replica(i: number): AnyModule {
    if (i === 0) return this.module;
    const r = this.replicas[i - 1];
    if (!r) throw new RangeError(`DataParallel.replica: index ${i} out of range for ${this.devices.length} devices`);
    return r.root;
  }

  /**
   * Splits the batch, runs the replicas and gathers their outputs on
   * devices[0]. Tensor arguments are split along dim 0; other arguments go to
   * every replica as they are.
   */
  async forward(...inputs: unknown[]): Promise<Tensor> {
    this.finishStep('forward');
    const grad = isGradEnabled();
    const tensors = inputs.filter((a): a is Tensor => a instanceof Tensor);
    const batch = this.checkInputs(tensors);
    const sizes = splitSizes(batch, this.devices.length);
    const shards = await scatter(inputs, sizes, this.devices);
    const outputs: Tensor[] = [];
    const run = (i: number): void => void (grad ? enableGrad : noGrad)(() => (outputs[i] = this.runReplica(i, this.devices[i]!, shards[i]!)));
    try {
      const broadcast = this.syncReplicas();
      if (this.firstRunsInline()) {
        // The main thread's cpu computes as it records: queue the other devices' work first.
        await broadcast;
        for (let i = 1; i < this.devices.length; i++) run(i);
        this.flushOthers();
        run(0);
      } else {
        // Replica 0 is the module itself: it starts while its parameters travel to the others
        // (the broadcast's copies are queued on devices[0] first, so they read the values before this forward).
        try {
          run(0);
        } finally {
          await broadcast;
        }
        for (let i = 1; i < this.devices.length; i++) run(i);
      }
    } catch (e) {
      for (const o of outputs) o?.dispose(); // sparse when a replica failed
      throw e;
    } finally {
      for (const args of shards) for (const a of args) if (a instanceof Tensor) a.dispose();
    }
    return this.gather(outputs, grad);
  }

  /**
   * After `loss.backward()`: runs every replica's backward with its slice of
   * the output gradient, sums every replica's gradients and writes
   * the sum to the wrapped module's `.grad`. Call before `optimizer.step()`.
   */
  async syncGradients(): Promise<void> {
    const step = this.step;
    this.step = undefined;
    if (!step) throw new Error('DataParallel.syncGradients: no forward to reduce: call `await dp.forward(...)` and `loss.backward()` first');
    const params = [...this.module.parameters()].filter((p) => p.requiresGrad);
    try {
      // One device: backward already left the gradients on the module.
      if (this.replicas.length === 0) return;
      if (step.received.every((r) => !r?.grad)) {
        throw new Error('DataParallel.syncGradients: the gathered output has no gradient yet: call `loss.backward()` first');
      }
      const summed = await this.allReduce(step, params);
      // Replica 0's reads included whatever `.grad` held before, so the sum replaces it.
      params.forEach((p, i) => setGrad(p, summed[i]!));
    } catch (e) {
      // No half-applied step: whatever replica 0 accumulated goes too.
      this.module.zeroGrad();
      throw e;
    } finally {
      for (const r of this.replicas) r.clearGrads();
      disposeStep(step);
    }
  }

  /** `loss.backward()` then `syncGradients()`. */
  async backward(loss: Tensor): Promise<void> {
    try {
      loss.backward();
    } catch (e) {
      this.finishStep('backward', true);
      throw e;
    }
    await this.syncGradients();
  }

  /**
   * Copies the wrapped module's parameters and buffers to every replica (bit
   * for bit; bucketed, one read on devices[0] per bucket). `forward` calls it;
   * it does nothing when no tensor changed since the last copy.
   */
  async syncReplicas(): Promise<void> {
    if (this.replicas.length === 0) return;
    const pairs = this.replicas.map((r) => r.pairs());
    const sources = pairs[0]!.map(([orig]) => orig);
    const stamp = sources.flatMap((t) => [t, t.storage, t.storage.version]);
    if (stamp.length === this.broadcastStamp.length && stamp.every((v, i) => v === this.broadcastStamp[i])) return;
    this.broadcastStamp = [];
    await broadcastFromFirst(sources, pairs.map((p) => p.map(([, mine]) => mine)), this.devices, this.bucketBytes);
    this.broadcastStamp = stamp;
  }

  /** Frees the replicas' tensors; the wrapped module is left as it is. */
  dispose(): void {
    this.finishStep('dispose', true);
    for (const r of this.replicas) r.dispose();
  }

  // ------------------------------------------------------------ forward parts

  private checkInputs(tensors: readonly Tensor[]): number {
    const first = tensors[0];
    if (!first) throw new Error('DataParallel.forward: expected at least one Tensor argument to split along dim 0');
    const n = this.devices.length;
    for (const t of tensors) {
      if (t.ndim === 0) throw new Error('DataParallel.forward: cannot split a 0-d tensor along dim 0');
      if (t.shape[0] !== first.shape[0]) {
        throw new Error(`DataParallel.forward: tensor arguments must share dim 0: got shapes ${formatShape(first.shape)} and ${formatShape(t.shape)}`);
      }
      if (t.requiresGrad) throw new Error('DataParallel.forward: inputs that require grad are not supported (gradients do not flow back across devices to inputs)');
    }
    const batch = first.shape[0]!;
    if (batch < n) {
      throw new Error(`DataParallel.forward: a batch of ${batch} cannot be split across ${n} devices (${this.devices.join(', ')}): use a batch of at least ${n}`);
    }
    return batch;
  }

  private runReplica(i: number, device: string, args: unknown[]): Tensor {
    const module = this.replica(i);
    const forward = module.forward as unknown as (...a: unknown[]) => unknown;
    try {
      // tidy: the replica's intermediates go (its graph keeps what backward needs), as in the one-device loop.
      return tidy(() => {
        const out = forward.apply(module, args);
        if (!(out instanceof Tensor)) throw new TypeError(`DataParallel.forward: the module must return a Tensor, got ${out === null ? 'null' : typeof out}`);
        return out;
      });
    } catch (e) {
      throw e instanceof TypeError ? e : new DeviceFailure(device, 'forward', e);
    }
  }

  /** Concatenates the replica outputs on devices[0] (a cat, so backward hands each replica its slice). */
  private async gather(outputs: Tensor[], grad: boolean): Promise<Tensor> {
    const target = this.devices[0]!;
    if (outputs.length === 1) {
      if (outputs[0]!.requiresGrad) this.step = { outputs: [null], received: [null] };
      return outputs[0]!;
    }
    // Start devices[0] on its share while the others' outputs travel.
    void getBackend(target).sync().catch(() => undefined);
    let received: Tensor[];
    try {
      received = await allOrNothing(
        outputs.slice(1).map((out, k) =>
          onDevice(this.devices[k + 1]!, 'the output gather', async () => {
            const host = await out.data();
            const t = fromHost('DataParallel', host, out.shape, { device: target }, out.dtype);
            if (grad && out.requiresGrad) t.requiresGrad = true;
            return t;
          }),
        ),
        (t) => t.dispose(),
      );
    } catch (e) {
      for (const o of outputs) o.dispose();
      throw e;
    }
    // Replica 0's output joins as a leaf too (an alias: no copy), so loss.backward() stops at the
    // gather and syncGradients can start the other devices' transfers before replica 0's backward.
    const first = outputs[0]!.detach();
    if (grad && outputs[0]!.requiresGrad) first.requiresGrad = true;
    received.unshift(first);
    const gathered = (grad ? enableGrad : noGrad)(() => cat(received, 0));
    if (gathered.requiresGrad) {
      this.step = { outputs, received };
    } else {
      for (const t of [...outputs, ...received]) t.dispose();
    }
    return gathered;
  }

  // ------------------------------------------------------------ gradient all-reduce

  /** Every replica's gradients summed, per parameter (null where no replica has one), on devices[0]. */
  private async allReduce(step: Step, params: readonly Tensor[]): Promise<(Tensor | null)[]> {
    // Reverse order: the last layers' gradients are computed first.
    const ordered = [...params].reverse();
    const replicaParams = [ordered, ...this.replicas.map((r) => r.parametersLike(ordered))];
    // The others' gradient slices are read from devices[0] first, ahead of replica 0's backward there.
    const others = this.devices.slice(1).map((device, k) => onDevice(device, 'backward', () => this.replicaBackward(step, k + 1)));
    // On the main thread's cpu, replica 0's backward runs as it is recorded: only once the others are queued.
    const first = this.firstRunsInline() ? Promise.allSettled(others).then(() => this.flushOthers()) : Promise.resolve();
    const ready = [onDevice(this.devices[0]!, 'backward', () => first.then(() => this.replicaBackward(step, 0))), ...others];
    const summed = await reduceToFirst((r) => replicaParams[r]!.map((p) => p.grad), ordered, {
      devices: this.devices,
      bucketBytes: this.bucketBytes,
      ready,
    });
    return summed.reverse();
  }

  /** Brings replica r's slice of the output gradient to its device and runs its backward. */
  private async replicaBackward(step: Step, r: number): Promise<void> {
    const out = step.outputs[r];
    const slice = step.received[r]?.grad;
    if (!out || !slice) return;
    if (r === 0) {
      out.backward(slice);
      return;
    }
    // bulkRead queues its copy now, in program order (a plain read would queue it after replica 0's backward).
    const host = await onDevice(this.devices[0]!, 'the gradient scatter', () => readFlat([slice], [slice], slice.dtype));
    const g = fromHost('DataParallel', host, slice.shape, { device: this.devices[r]! }, slice.dtype);
    try {
      out.backward(g);
    } finally {
      g.dispose();
    }
  }

  /** Sends the other devices their queued work before the main thread blocks on replica 0's. */
  private flushOthers(): void {
    for (const d of this.devices.slice(1)) getBackend(d).flush?.();
  }

  /** True when devices[0] computes synchronously as ops are recorded (the main thread's cpu). */
  private firstRunsInline(): boolean {
    return this.devices.length > 1 && getBackend(this.devices[0]!).readSync !== undefined;
  }

  /** Drops the previous forward's state; if its backward ran but was never reduced, that is a bug in the loop. */
  private finishStep(caller: string, quiet = false): void {
    const step = this.step;
    if (!step) return;
    this.step = undefined;
    const backwardRan = step.received.some((r) => r?.grad);
    disposeStep(step);
    for (const r of this.replicas) r.clearGrads();
    if (backwardRan && !quiet) {
      throw new Error(
        `DataParallel.${caller}: loss.backward() ran through the last forward but \`await dp.syncGradients()\` was not called: the module has no gradients from that step`,
      );
    }
  }
}

/** Puts the module on `device`: from cpu it moves (synchronously); elsewhere it must already be there. */
function placeModule(module: AnyModule, device: string): void {
  const tensors = [...module.parameters(), ...module.buffers()];
  const off = tensors.filter((t) => t.device !== device);
  if (off.length === 0) return;
  if (off.every((t) => t.device === 'cpu')) {
    module.to(device);
    return;
  }
  throw new Error(`DataParallel: the module must be on devices[0] (${device}) or on cpu, but a tensor ${formatShape(off[0]!.shape)} is on ${off[0]!.device}`);
}

function setGrad(p: Tensor, g: Tensor | null): void {
  p.grad?.dispose();
  p.grad = g;
}

function disposeStep(step: Step): void {
  for (const t of [...step.outputs, ...step.received]) t?.dispose();
}
