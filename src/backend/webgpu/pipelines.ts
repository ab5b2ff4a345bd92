import { preprocess, type Defines } from './preprocess.js';
import type { DeviceState } from './device-state.js';

export interface ShaderKey {
  shader: string;
  entry?: string;
  defines?: Defines;
}

/**
 * The cache key: shader, entry and the defines in sorted name order (the
 * same defines in another order are the same pipeline). Built by hand: it
 * runs on every dispatch, where sorting entries and JSON cost several
 * microseconds.
 */
function cacheKey(k: ShaderKey): string {
  let key = `${k.shader}#${k.entry ?? 'main'}`;
  const defines = k.defines;
  if (!defines) return key;
  const names = Object.keys(defines).sort();
  // NOTE: \u0000 cannot occur in a define's name or WGSL value, so the parts cannot run together.
  for (const name of names) key += `\u0000${name}=${typeof defines[name]}:${String(defines[name])}`;
  return key;
}

/** A cached pipeline and its bind group layout (shared by every pipeline with the same bindings). */
export interface Pipeline {
  pipeline: GPUComputePipeline;
  layout: GPUBindGroupLayout;
}

/**
 * The storage bindings of a dispatch, one letter each from `@binding(1)` on:
 * `w` read_write, `r` read, `-` not declared by the shader. `@binding(0)` is
 * always the uniform block.
 */
export type BindingSignature = string;

/**
 * Compute pipelines cached by shader name + entry point + defines (the
 * workgroup size is a define where a kernel has one), with explicit layouts
 * whose uniform binding takes a dynamic offset: one bind group then serves
 * every dispatch that binds the same buffers (see Commands). Compile errors
 * surface, with the shader's name, at the next op or read.
 */
export class PipelineCache {
  private readonly cache = new Map<string, Pipeline>();
  private readonly layouts = new Map<BindingSignature, { group: GPUBindGroupLayout; pipeline: GPUPipelineLayout }>();

  constructor(
    private readonly device: GPUDevice,
    private readonly state: DeviceState,
    private readonly sources: Readonly<Record<string, string>>,
  ) {}

  get(k: ShaderKey, signature: BindingSignature): Pipeline {
    const key = `${cacheKey(k)}\u0000${signature}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    const entry = k.entry ?? 'main';
    const layout = this.layout(signature);
    const code = preprocess(k.shader, { sources: this.sources, defines: k.defines });
    this.device.pushErrorScope('validation');
    const module = this.device.createShaderModule({ code, label: k.shader });
    const pipeline = this.device.createComputePipeline({
      layout: layout.pipeline,
      compute: { module, entryPoint: entry },
      label: `${k.shader}:${entry}`,
    });
    const defs = JSON.stringify(k.defines ?? {});
    this.state.track(
      this.device.popErrorScope().then((err) => {
        if (err) this.state.recordError(`${this.state.name}: shader "${k.shader}" (entry ${entry}, defines ${defs}, bindings ${signature}) failed: ${err.message}`);
      }),
    );
    const cached = { pipeline, layout: layout.group };
    this.cache.set(key, cached);
    return cached;
  }

  get size(): number {
    return this.cache.size;
  }

  private layout(signature: BindingSignature): { group: GPUBindGroupLayout; pipeline: GPUPipelineLayout } {
    let layout = this.layouts.get(signature);
    if (layout) return layout;
    const entries: GPUBindGroupLayoutEntry[] = [
      { binding: 0, visibility: GPUShaderStage.COMPUTE, buffer: { type: 'uniform', hasDynamicOffset: true } },
    ];
    [...signature].forEach((c, k) => {
      if (c !== '-') entries.push({ binding: k + 1, visibility: GPUShaderStage.COMPUTE, buffer: { type: c === 'w' ? 'storage' : 'read-only-storage' } });
    });
    const group = this.device.createBindGroupLayout({ entries, label: `bindings ${signature}` });
    layout = { group, pipeline: this.device.createPipelineLayout({ bindGroupLayouts: [group] }) };
    this.layouts.set(signature, layout);
    return layout;
  }
}
