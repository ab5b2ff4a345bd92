import { afterAll, describe, expect, it } from 'vitest';
import { openGPUs, torch } from './parallel-support.js';
import { dataParallelSuite } from './support/data-parallel-suite.js';

// Four independent GPUDevices on the one (SwiftShader, in CI) adapter.
const gpus = await openGPUs(4);
afterAll(() => torch.shutdown());

if (gpus.length === 4) dataParallelSuite('WebGPU', gpus);
else describe.skip('DataParallel on WebGPU (no adapter)', () => undefined);

(gpus.length === 4 ? describe : describe.skip)('[webgpu] a copy between two GPUs', () => {
  it('is ordered in the destination queue: usable at once, with writes, reads and more copies behind it', async () => {
    const a = torch.arange(0, 300, 1, { device: 'webgpu:0', dtype: 'float32' });
    const onOne = a.to('webgpu:1');
    // Behind the late write: a dispatch, a plain upload (queue.writeBuffer) and another copy, in order.
    const sum = onOne.add(torch.tensor([1], { device: 'webgpu:1' }));
    const more = torch.full([300], 2, { device: 'webgpu:2' }).to('webgpu:1');
    a.dispose();
    const out = await sum.mul(more).tolist();
    expect(out).toEqual(Array.from({ length: 300 }, (_, i) => 2 * (i + 1)));
    await torch.sync('webgpu:1');
  });

  it('carries a model split over two GPUs forward and backward', async () => {
    const x = torch.tensor([[1, -2], [3, 4]], { device: 'webgpu:0', requiresGrad: true });
    const w = torch.tensor([[0.5, 1], [-1, 2]], { device: 'webgpu:1', requiresGrad: true });
    const loss = x.mul(3).to('webgpu:1').matmul(w).square().sum().to('webgpu:0');
    // [[3,-6],[9,12]] @ w = [[7.5,-9],[-7.5,33]]: squares sum to 56.25 + 81 + 56.25 + 1089
    expect(await loss.item()).toBeCloseTo(1282.5, 3);
    loss.backward();
    // dL/dh = 2 (h w) wᵀ, dL/dx = 3 dL/dh; dL/dw = hᵀ 2 (h w)
    expect(await x.grad!.tolist()).toEqual([[-31.5, -153], [175.5, 441]]);
    expect(await w.grad!.tolist()).toEqual([[-90, 540], [-270, 900]]);
  });
});
