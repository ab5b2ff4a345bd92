// Opens the devices every suite runs on: cpu always, webgpu when an adapter is
// found. With WEBTORCH_REQUIRE_WEBGPU=1 (CI) a missing adapter fails the run
// instead of skipping the WebGPU half.
import * as torch from '../../src/node.js';

export { torch };

export const requireWebGPU = process.env.WEBTORCH_REQUIRE_WEBGPU === '1';

async function open(): Promise<string[]> {
  // One worker-thread cpu device: the same kernels, reached through the worker protocol.
  const names = await torch.init({ cpuWorkers: 1 });
  if (requireWebGPU && !names.some((n) => n.startsWith('webgpu'))) {
    throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but no WebGPU device: ${torch.webgpuUnavailableReason()}`);
  }
  return names.filter((n) => n === 'cpu' || n === 'cpu:1' || n === 'webgpu:0');
}

// Top-level await: the device list must be known while vitest collects tests.
const opened = await open();

/** Resolves once the devices are open (they already are when this module has loaded). */
export async function openDevices(): Promise<string[]> {
  return opened;
}

/** The devices each suite is parameterised over: 'cpu', 'cpu:1' (a worker thread) and, where an adapter exists, 'webgpu:0'. */
export function plannedDevices(): string[] {
  return opened;
}


export { collectGarbage } from './gc.js';
