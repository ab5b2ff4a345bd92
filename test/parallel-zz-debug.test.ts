import { it } from 'vitest';
import { DataParallel } from '../src/parallel/index.js';
import { batches, nn, openGPUs, seededNet, torch } from './parallel-support.js';
const gpus = await openGPUs(2);
it('debug memory', async () => {
  const net = seededNet();
  const dp = new DataParallel(net, { devices: gpus.slice(0, 2) });
  const criterion = new nn.CrossEntropyLoss();
  const optimizer = new torch.optim.SGD(dp.parameters(), { lr: 0.05, momentum: 0.9 });
  for (const [x, y] of batches(5, 8)) {
    optimizer.zeroGrad();
    const outputs = await dp.forward(x);
    console.log('after forward', JSON.stringify(torch.memory().tensors));
    torch.tidy(() => criterion.forward(outputs, y.to(gpus[0]!)).backward());
    console.log('after backward', JSON.stringify(torch.memory().tensors));
    await dp.syncGradients();
    console.log('after sync', JSON.stringify(torch.memory().tensors));
    optimizer.step();
    outputs.dispose();
    console.log('after step', JSON.stringify(torch.memory().tensors));
  }
});
