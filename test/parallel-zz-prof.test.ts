import { it } from 'vitest';
import { readFlat, sumOnHost } from '../src/parallel/comm.js';
import { openGPUs, torch } from './parallel-support.js';
const gpus = await openGPUs(2);
it('prof', async () => {
  const n = 1 << 20;
  const a = torch.randn([1024, 1024], { device: gpus[0] });
  const b = torch.randn([1024, 1024], { device: gpus[1] });
  await torch.sync();
  for (let k = 0; k < 3; k++) {
    let t0 = performance.now();
    const ha = await a.data();
    console.log('data() webgpu:0', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    const [x, y] = await Promise.all([readFlat([a], [a], gpus[0]!, 'float32'), readFlat([b], [b], gpus[1]!, 'float32')]);
    console.log('readFlat both', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    const s = sumOnHost([x as Float32Array, y as Float32Array], gpus[0]!);
    console.log('sumOnHost', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    const c1 = torch.tensor(ha as Float32Array);
    console.log('tensor cpu', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    const c2 = c1.add(c1);
    console.log('add cpu', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    const c3 = c2.to(gpus[0]!);
    console.log('to gpu', (performance.now() - t0).toFixed(1));
    t0 = performance.now();
    await torch.sync();
    console.log('sync', (performance.now() - t0).toFixed(1));
    s.dispose(); c1.dispose(); c2.dispose(); c3.dispose();
  }
});
