// Worker-thread cpu devices ('cpu:N') as devices in their own right: moving
// tensors, batched reads, asynchronous errors and a worker that dies. The op
// suites run on 'cpu:1' too (test/support/setup-torch.ts); this file covers
// what is particular to a device in another thread.
import { afterAll, describe, expect, it } from 'vitest';
import { getBackend } from '../src/device.js';
import type { WorkerPort } from '../src/backend/worker/spawn.js';
import { plannedDevices, torch } from './support/setup-torch.js';

await torch.init({ cpuWorkers: 3 });
afterAll(() => torch.shutdown());

describe('[cpu:1] worker-thread cpu device', () => {
  it('is listed with its kind and is reached only through init({ cpuWorkers })', () => {
    expect(torch.devices()).toEqual(expect.arrayContaining(['cpu', 'cpu:1', 'cpu:2', 'cpu:3']));
    // The Node entry turns on Node 20's relaxed-SIMD flag, so workers run the fused multiply-add build too.
    expect(torch.getCpuCapability()).toBe('relaxed-simd');
    expect(torch.deviceInfo().find((d) => d.name === 'cpu:2')).toEqual({
      name: 'cpu:2', kind: 'cpu', description: 'WebAssembly relaxed SIMD (fused multiply-add) in worker thread 2',
    });
    expect(() => torch.zeros([2], { device: 'cpu:9' })).toThrow(/'cpu:9' is not open: .*cpuWorkers/);
    expect(torch.zeros([1], { device: 'cpu:0' }).device).toBe('cpu');
  });

  it('moves tensors between threads and back, with gradients flowing back to the main thread', async () => {
    const x = torch.tensor([[1, -2], [3, 4]], { requiresGrad: true });
    const onWorker = x.to('cpu:1');
    expect(onWorker.device).toBe('cpu:1');
    expect(() => onWorker.dataSync()).toThrow(/cpu:1, whose memory the main thread cannot see/);
    const y = onWorker.square().sum();
    expect(await y.item()).toBe(30);
    y.backward();
    expect(x.grad!.device).toBe('cpu');
    expect(await x.grad!.tolist()).toEqual([[2, -4], [6, 8]]);
  });

  it('orders a copy between two workers in the destination queue: usable at once, gradients flow back', async () => {
    // The bytes travel through the main thread; cpu:3 holds what is queued after them until they land.
    const a = torch.tensor([1, 2, 3], { device: 'cpu:2' });
    const onThree = a.to('cpu:3');
    const negated = onThree.neg();
    a.dispose();
    expect(await negated.tolist()).toEqual([-1, -2, -3]);
    // A model split over two workers: backward copies the gradient from cpu:3 back to cpu:2 the same way.
    const x = torch.tensor([[1, -2], [3, 4]], { device: 'cpu:2', requiresGrad: true });
    const h = x.mul(3).to('cpu:3');
    const loss = h.square().sum().to('cpu:2').mul(0.5);
    expect(await loss.item()).toBe(135);
    loss.backward();
    expect(x.grad!.device).toBe('cpu:2');
    expect(await x.grad!.tolist()).toEqual([[9, -18], [27, 36]]);
    // The placeholder write landing exactly on a full command batch (which posts at once) is still held:
    // some count of queued commands before the copy makes its placeholder the batch's last.
    const three = getBackend('cpu:3');
    const scratch = torch.zeros([4], { device: 'cpu:3' });
    for (let queued = 500; queued <= 512; queued++) {
      await torch.sync('cpu:3');
      for (let i = 0; i < queued; i++) three.fill(scratch.storage.buffer, 4, i, 'float32');
      expect(await torch.tensor([5, 6, 7], { device: 'cpu:2' }).to('cpu:3').tolist(), `${queued} queued`).toEqual([5, 6, 7]);
    }
    // Several copies in flight, then ops on all of them, in order.
    const parts = [1, 2, 3].map((k) => torch.full([4], k, { device: 'cpu:1' }).to('cpu:2'));
    expect(await torch.stack(parts).sum(1).tolist()).toEqual([4, 8, 12]);
    // From a GPU the same way (the read is the GPU's, the ordering the worker's).
    if (plannedDevices().includes('webgpu:0')) {
      const g = torch.tensor([[1, 2], [3, 4]], { device: 'webgpu:0', requiresGrad: true });
      const y = g.mul(2).to('cpu:1').square().sum();
      expect(await y.item()).toBe(120);
      y.backward();
      expect(await g.grad!.tolist()).toEqual([[8, 16], [24, 32]]);
    }
  });

  it('reports a copy whose source failed at the destination\'s next read, then carries on', async () => {
    const source = getBackend('cpu:1');
    const a = torch.ones([4], { device: 'cpu:1' });
    // A kernel error on cpu:1 (a view past the end of its buffer) makes its next read, the copy's, reject.
    source.copy(source.alloc(64), { buffer: a.storage.buffer, dtype: 'float32', shape: [100], strides: [1], offset: 0 }, 'float32');
    const moved = a.to('cpu:3');
    await expect(moved.neg().data()).rejects.toThrow(/^to: copying \[4\] float32 from cpu:1 to cpu:3 failed: cpu:1: copy failed/);
    expect(await torch.ones([2], { device: 'cpu:3' }).neg().tolist()).toEqual([-1, -1]);
    // The same into a GPU, which holds its queue the same way.
    if (plannedDevices().includes('webgpu:0')) {
      source.copy(source.alloc(64), { buffer: a.storage.buffer, dtype: 'float32', shape: [100], strides: [1], offset: 0 }, 'float32');
      const onGpu = a.to('webgpu:0');
      await expect(onGpu.neg().data()).rejects.toThrow(/^to: copying \[4\] float32 from cpu:1 to webgpu:0 failed: cpu:1: copy failed/);
      expect(await torch.ones([2], { device: 'webgpu:0' }).neg().tolist()).toEqual([-1, -1]);
    }
  });

  it('reads several ranges in one round trip (readMany) on every asynchronous device', async () => {
    for (const device of plannedDevices().filter((d) => d !== 'cpu')) {
      const a = torch.arange(0, 10, 1, { device, dtype: 'float32' });
      const b = torch.tensor([-1, -2, -3], { device });
      const backend = getBackend(device);
      const bytes = await backend.readMany!([
        { buffer: a.storage.buffer, byteOffset: 8, byteLength: 12 },
        { buffer: b.storage.buffer, byteOffset: 0, byteLength: 12 },
      ]);
      expect([...new Float32Array(bytes)], device).toEqual([2, 3, 4, -1, -2, -3]);
    }
  });

  it('keeps memory per device and frees it on dispose', async () => {
    const before = torch.memory().bytes['cpu:2']!;
    const t = torch.ones([256], { device: 'cpu:2' });
    expect(torch.memory().bytes['cpu:2']).toBe(before + 1024);
    t.dispose();
    expect(torch.memory().bytes['cpu:2']).toBe(before);
  });

  it('reports a failed kernel at the next read, naming the device, and carries on', async () => {
    const backend = getBackend('cpu:1');
    const a = torch.ones([4], { device: 'cpu:1' });
    // A view past the end of its buffer: the worker's cpu backend rejects it.
    backend.copy(backend.alloc(64), { buffer: a.storage.buffer, dtype: 'float32', shape: [100], strides: [1], offset: 0 }, 'float32');
    await expect(torch.sync('cpu:1')).rejects.toThrow(/^cpu:1: copy failed: cpu copy/);
    expect(await a.add(1).tolist()).toEqual([2, 2, 2, 2]);
  });

  it('fails every later call, naming the device, once its worker died', async () => {
    const t = torch.ones([3], { device: 'cpu:3' });
    (getBackend('cpu:3') as unknown as { port: WorkerPort }).port.terminate();
    await expect(t.data()).rejects.toThrow(/cpu:3 was lost: the worker exited/);
    expect(() => t.add(1)).toThrow(/cpu:3 was lost/);
  });
});
