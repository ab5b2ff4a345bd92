// The Node build's `data` namespace: everything in ./index.js plus the file-reading datasets.
export * from './index.js';
export { mnist, cifar10 } from './node-datasets.js';
export type { MnistOptions, Cifar10Options, ImageDataset } from './node-datasets.js';
