// Opens the devices every suite runs on: cpu always, webgpu when an adapter is
// found. With WEBTORCH_REQUIRE_WEBGPU=1 (CI) a missing adapter fails the run
// instead of skipping the WebGPU half.
import * as torch from '../../src/node.js';

export { torch };

export const requireWebGPU = process.env.WEBTORCH_REQUIRE_WEBGPU === '1';

let ready: Promise<string[]> | undefined;

export async function openDevices(): Promise<string[]> {
  ready ??= torch.init().then((names) => {
    if (requireWebGPU && !names.some((n) => n.startsWith('webgpu'))) {
      throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but no WebGPU device: ${torch.webgpuUnavailableReason()}`);
    }
    return names.filter((n) => n === 'cpu' || n === 'webgpu:0');
  });
  return ready;
}

/**
 * The devices a suite is parameterised over, known before tests are collected.
 * WebGPU is listed when the environment points Vulkan somewhere or requires it;
 * `openDevices()` then fails loudly if it is missing.
 */
export function plannedDevices(): string[] {
  const wantGpu = requireWebGPU || process.env.VK_ICD_FILENAMES !== undefined || process.env.WEBTORCH_TRY_WEBGPU === '1';
  return wantGpu ? ['cpu', 'webgpu:0'] : ['cpu'];
}
