// Opens the devices every suite runs on: cpu always, webgpu when an adapter is
// found. With WEBTORCH_REQUIRE_WEBGPU=1 (CI) a missing adapter fails the run
// instead of skipping the WebGPU half.
import * as torch from '../../src/node.js';

export { torch };

export const requireWebGPU = process.env.WEBTORCH_REQUIRE_WEBGPU === '1';

async function open(): Promise<string[]> {
  const names = await torch.init();
  if (requireWebGPU && !names.some((n) => n.startsWith('webgpu'))) {
    throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but no WebGPU device: ${torch.webgpuUnavailableReason()}`);
  }
  return names.filter((n) => n === 'cpu' || n === 'webgpu:0');
}

// Top-level await: the device list must be known while vitest collects tests.
const opened = await open();

/** Resolves once the devices are open (they already are when this module has loaded). */
export async function openDevices(): Promise<string[]> {
  return opened;
}

/** The devices each suite is parameterised over: 'cpu' and, where an adapter exists, 'webgpu:0'. */
export function plannedDevices(): string[] {
  return opened;
}

/**
 * Runs the garbage collector and lets pending finalizers release their tensors,
 * so a memory count taken next is not skewed by earlier tests' garbage.
 */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('collectGarbage: run node with --expose-gc (vitest.config.ts sets it)');
  gc();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await torch.sync();
}
