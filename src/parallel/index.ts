/**
 * `parallel`: data-parallel training over several devices.
 *
 * @example
 * await torch.init({ webgpuDevices: 2 });
 * const dp = new torch.parallel.DataParallel(net, { devices: ['webgpu:0', 'webgpu:1'] });
 */
export { DataParallel } from './data-parallel.js';
export type { DataParallelOptions } from './data-parallel.js';
export { splitSizes } from './split.js';
