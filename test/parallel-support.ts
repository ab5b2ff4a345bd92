// Shared by the data-parallel suites. Each suite file opens its own devices:
// test/support/setup-torch.ts opens one WebGPU device, and init() caches its
// first answer, so these files do not import it (vitest forks one process per file).
import * as torch from '../src/node.js';
import type { Tensor } from '../src/node.js';

export { torch };
export const { nn } = torch;

export const requireWebGPU = process.env.WEBTORCH_REQUIRE_WEBGPU === '1';

/** Opens `count` WebGPU devices; returns their names, or [] (skip) when no adapter. */
export async function openGPUs(count: number): Promise<string[]> {
  const names = (await torch.init({ webgpuDevices: count })).filter((n) => n.startsWith('webgpu'));
  if (names.length < count && requireWebGPU) {
    throw new Error(`WEBTORCH_REQUIRE_WEBGPU=1 but only ${names.length} WebGPU device(s): ${torch.webgpuUnavailableReason() ?? ''}`);
  }
  return names.length >= count ? names : [];
}

/** The founding document's CNN (the library's LeNet, same names and layers). */
export const Net = torch.models.LeNet;
export type Net = InstanceType<typeof torch.models.LeNet>;

/** A fresh Net on cpu with the weights seed `seed` gives (the same every time). */
export function seededNet(seed = 0): Net {
  torch.manualSeed(seed);
  return new Net();
}

/** `count` batches of random digits-shaped inputs and labels, on cpu. */
export function batches(count: number, size: number, seed = 1): [Tensor, Tensor][] {
  torch.manualSeed(seed);
  return Array.from({ length: count }, () => [torch.randn([size, 1, 28, 28]), torch.randint(0, 10, [size], { dtype: 'int32' })]);
}

/** Every parameter and buffer of a module, read to the host, by state-dict key. */
export async function snapshot(module: { stateDict(): Record<string, Tensor> }): Promise<Map<string, Float32Array | Int32Array>> {
  const out = new Map<string, Float32Array | Int32Array>();
  for (const [k, t] of Object.entries(module.stateDict())) out.set(k, await t.data());
  return out;
}

/** Largest |a - b| over every entry of two snapshots (Infinity when keys or sizes differ). */
export function maxDifference(a: Map<string, ArrayLike<number>>, b: Map<string, ArrayLike<number>>): number {
  if (a.size !== b.size) return Infinity;
  let worst = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.length !== x.length) return Infinity;
    for (let i = 0; i < x.length; i++) worst = Math.max(worst, Math.abs(x[i]! - y[i]!));
  }
  return worst;
}

/** True when two snapshots are equal bit for bit. */
export function bitIdentical(a: Map<string, Float32Array | Int32Array>, b: Map<string, Float32Array | Int32Array>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (!y || y.length !== x.length) return false;
    const xb = new Uint32Array(x.buffer, x.byteOffset, x.length);
    const yb = new Uint32Array(y.buffer, y.byteOffset, y.length);
    for (let i = 0; i < xb.length; i++) if (xb[i] !== yb[i]) return false;
  }
  return true;
}
