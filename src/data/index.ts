/**
 * `data`: datasets and batching. In Node, `torch.data` also has `mnist()` and
 * `cifar10(dir)` (they read files, so the browser build leaves them out).
 *
 * @example
 * const { train, test } = await torch.data.mnist();
 * const loader = new torch.data.DataLoader(train, { batchSize: 64, shuffle: true });
 */
export { Dataset, TensorDataset } from './dataset.js';
export { DataLoader } from './dataloader.js';
export type { DataLoaderOptions } from './dataloader.js';
