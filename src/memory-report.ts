import { getBackendIfReady, devices } from './device.js';
import { liveTensorCounts } from './memory.js';
import type { MemoryInfo } from './memory.js';

/**
 * Live tensors and bytes per device. In a training loop both must stay flat
 * from step to step.
 *
 * @example
 * const before = torch.memory().numTensors;
 */
export function memory(): MemoryInfo {
  const tensors = liveTensorCounts();
  const bytes: Record<string, number> = {};
  for (const name of devices()) bytes[name] = getBackendIfReady(name)?.bytesInUse() ?? 0;
  return {
    tensors,
    bytes,
    numTensors: Object.values(tensors).reduce((a, b) => a + b, 0),
    numBytes: Object.values(bytes).reduce((a, b) => a + b, 0),
  };
}
