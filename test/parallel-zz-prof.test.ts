import { it } from 'vitest';
import { readFlat } from '../src/parallel/comm.js';
import { openGPUs, torch } from './parallel-support.js';
const gpus = await openGPUs(2);
it('prof', async () => {
  for (const [count, size] of [[16, 1 << 18], [10, 6000]] as const) {
    const ts = Array.from({ length: count }, () => torch.randn([size], { device: gpus[0] }));
    await torch.sync();
    for (let k = 0; k < 3; k++) {
      let t0 = performance.now();
      await readFlat(ts, ts, gpus[0]!, 'float32');
      await torch.sync();
      console.log(`PROF ${count}x${size} readFlat(cat)`, (performance.now() - t0).toFixed(1));
      t0 = performance.now();
      await Promise.all(ts.map((t) => t.data()));
      console.log(`PROF ${count}x${size} parallel data()`, (performance.now() - t0).toFixed(1));
      t0 = performance.now();
      await ts[0]!.data();
      console.log(`PROF ${count}x${size} one data()`, (performance.now() - t0).toFixed(1));
    }
  }
});
