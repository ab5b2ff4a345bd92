import { preprocess, type Defines } from './preprocess.js';
import type { DeviceState } from './device-state.js';

export interface ShaderKey {
  shader: string;
  entry?: string;
  defines?: Defines;
}

function cacheKey(k: ShaderKey): string {
  const defs = Object.entries(k.defines ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${k.shader}#${k.entry ?? 'main'}#${JSON.stringify(defs)}`;
}

/**
 * Compute pipelines cached by shader name + entry point + defines (the
 * workgroup size is a define where a kernel has one). Compile errors surface,
 * with the shader's name, at the next op or read.
 */
export class PipelineCache {
  private readonly cache = new Map<string, GPUComputePipeline>();

  constructor(
    private readonly device: GPUDevice,
    private readonly state: DeviceState,
    private readonly sources: Readonly<Record<string, string>>,
  ) {}

  get(k: ShaderKey): GPUComputePipeline {
    const key = cacheKey(k);
    const hit = this.cache.get(key);
    if (hit) return hit;
    const entry = k.entry ?? 'main';
    const code = preprocess(k.shader, { sources: this.sources, defines: k.defines });
    this.device.pushErrorScope('validation');
    const module = this.device.createShaderModule({ code, label: k.shader });
    const pipeline = this.device.createComputePipeline({
      layout: 'auto',
      compute: { module, entryPoint: entry },
      label: `${k.shader}:${entry}`,
    });
    const defs = JSON.stringify(k.defines ?? {});
    this.state.track(
      this.device.popErrorScope().then((err) => {
        if (err) this.state.recordError(`${this.state.name}: shader "${k.shader}" (entry ${entry}, defines ${defs}) failed: ${err.message}`);
      }),
    );
    this.cache.set(key, pipeline);
    return pipeline;
  }

  get size(): number {
    return this.cache.size;
  }
}
