import { WebGPUBackend, type WebGPUAdapterInfo, type WebGPUBackendOptions } from './webgpu-backend.js';

export interface OpenWebGPUOptions extends WebGPUBackendOptions {
  /** How many devices to open (default 1). */
  devices?: number;
  powerPreference?: GPUPowerPreference;
  /** N of the first backend's name 'webgpu:N' (default 0). */
  firstIndex?: number;
}

const WANTED_LIMITS = ['maxStorageBufferBindingSize', 'maxBufferSize', 'maxComputeWorkgroupStorageSize'] as const;

/**
 * Opens `devices` independent GPUDevices, each wrapped in a WebGPUBackend
 * named 'webgpu:N'. Requests the adapter's maximum buffer and workgroup-storage
 * limits, and 'timestamp-query', 'shader-f16' and 'subgroups' when the adapter has them.
 * NOTE: an adapter is "consumed" by its first requestDevice (the spec; Dawn
 * enforces it), so each device comes from a fresh requestAdapter with the same options.
 * Throws when no adapter is available.
 */
export async function openWebGPUBackends(gpu: GPU, options: OpenWebGPUOptions = {}): Promise<WebGPUBackend[]> {
  const count = options.devices ?? 1;
  const first = options.firstIndex ?? 0;
  const backends: WebGPUBackend[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const adapter = await gpu.requestAdapter(options.powerPreference ? { powerPreference: options.powerPreference } : undefined);
      if (!adapter) throw new Error('WebGPU: no adapter available');
      const requiredLimits: Record<string, number> = {};
      for (const key of WANTED_LIMITS) requiredLimits[key] = adapter.limits[key];
      // 'shader-f16' where present, so autocast can tell float16-capable devices apart.
      // 'subgroups' for the emulators' matmul (kernels/matmul.ts: shared rows).
      const requiredFeatures = (['timestamp-query', 'shader-f16', 'subgroups'] as GPUFeatureName[]).filter((f) => adapter.features.has(f));
      const device = await adapter.requestDevice({ requiredLimits, requiredFeatures, label: `webgpu:${first + i}` });
      const info: WebGPUAdapterInfo = {
        vendor: adapter.info.vendor,
        architecture: adapter.info.architecture,
        description: adapter.info.description,
        subgroupMinSize: adapter.info.subgroupMinSize ?? 0,
        subgroupMaxSize: adapter.info.subgroupMaxSize ?? 0,
      };
      backends.push(new WebGPUBackend(`webgpu:${first + i}`, device, info, options));
    }
  } catch (err) {
    for (const b of backends) b.destroy();
    throw err;
  }
  return backends;
}
