/**
 * Intra-op threads of the cpu device, as PyTorch's torch.set_num_threads /
 * torch.get_num_threads: one cpu kernel call (a matmul, a convolution, a large
 * elementwise op) is split over this many threads sharing the WebAssembly
 * memory. Needs shared memory: Node, or a browser page that is cross-origin
 * isolated; elsewhere the cpu device runs one thread and
 * `cpuThreadsUnavailableReason()` says why.
 */
import type { Backend } from './backend/backend.js';
import type { CpuBackend } from './backend/cpu/cpu-backend.js';
import { MAX_THREADS } from './backend/cpu/thread-pool.js';
import { setRequestedThreads } from './backend/cpu/thread-support.js';
import { devices, getBackend } from './device.js';

function cpuBackend(): CpuBackend | undefined {
  if (!devices().includes('cpu')) return undefined;
  const b: Backend = getBackend('cpu');
  return 'threads' in b ? (b as CpuBackend) : undefined;
}

/**
 * Sets how many threads cpu kernels use (default: the machine's cores, at
 * most 8). Results are bitwise the same for every count. In Node the helpers
 * are running when this returns; in a browser they join as they start.
 *
 * @example
 * torch.setNumThreads(1); // measure single-thread speed
 */
export function setNumThreads(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) {
    throw new RangeError(`setNumThreads: expected an integer from 1 to ${MAX_THREADS}, got ${n}`);
  }
  setRequestedThreads(n);
  cpuBackend()?.threads.setNumThreads(n);
}

/** Threads cpu kernels use: 1 where shared memory is unavailable (see cpuThreadsUnavailableReason). */
export function getNumThreads(): number {
  return cpuBackend()?.threads.numThreads ?? 1;
}

/** Why the cpu device runs one thread only, or undefined where threads are available (or before init). */
export function cpuThreadsUnavailableReason(): string | undefined {
  return cpuBackend()?.threads.unavailableReason;
}
