/**
 * Mixed precision: `autocast(deviceType, dtype, fn)` (PyTorch's
 * `torch.autocast`). Reduced precision needs 16-bit float kernels, which need
 * the adapter's `shader-f16` feature on WebGPU; where the device lacks it (or
 * no f16 kernel exists yet for an op, which today is every op), the region
 * runs in float32 and a note is printed once. Code written with autocast and
 * GradScaler therefore runs everywhere and keeps float32 master weights.
 */
import { getBackendIfReady, getDefaultDevice } from '../device.js';

export type AutocastDType = 'float16' | 'bfloat16';

export interface AutocastState {
  deviceType: 'cpu' | 'webgpu';
  /** The dtype the caller asked for. */
  requested: AutocastDType;
  /** What the ops of the region compute in: the requested dtype, or float32 as the fallback. */
  computeDType: AutocastDType | 'float32';
  /** Why the fallback applies (undefined when the requested dtype is used). */
  fallbackReason: string | undefined;
}

const stack: AutocastState[] = [];
const noted = new Set<string>();

/** The innermost active autocast region, or undefined. Ops consult it to pick their precision. */
export function autocastState(): AutocastState | undefined {
  return stack[stack.length - 1];
}

export function isAutocastEnabled(deviceType?: 'cpu' | 'webgpu'): boolean {
  const s = autocastState();
  return s !== undefined && (deviceType === undefined || s.deviceType === deviceType);
}

/** Why `dtype` cannot be used on `deviceType`, or undefined when it can. */
function unsupported(deviceType: 'cpu' | 'webgpu', dtype: AutocastDType): string | undefined {
  if (deviceType === 'cpu') return `the cpu backend has no ${dtype} kernels`;
  const name = getDefaultDevice().startsWith('webgpu') ? getDefaultDevice() : 'webgpu:0';
  const backend = getBackendIfReady(name);
  if (!backend) return `no WebGPU device is open`;
  if (dtype === 'bfloat16') return 'WebGPU has no bfloat16 shader type';
  if (!backend.supportsFloat16?.()) return `the adapter of ${name} lacks the 'shader-f16' feature`;
  return 'no float16 kernels are implemented yet';
}

/**
 * Runs `fn` with autocast on for `deviceType`; returns what `fn` returns (an
 * async `fn` keeps the region open until it settles). Regions nest.
 *
 * @example
 * const loss = torch.autocast('webgpu', 'float16', () => criterion.forward(model.forward(x), y));
 * scaler.scale(loss).backward();
 */
export function autocast<T>(deviceType: 'cpu' | 'webgpu', dtype: AutocastDType | undefined, fn: () => T, options: { enabled?: boolean } = {}): T {
  if (deviceType !== 'cpu' && deviceType !== 'webgpu') throw new Error(`autocast: unsupported deviceType '${String(deviceType)}' (expected 'cpu' or 'webgpu')`);
  const requested = dtype ?? (deviceType === 'cpu' ? 'bfloat16' : 'float16');
  if (requested !== 'float16' && requested !== 'bfloat16') throw new Error(`autocast: dtype must be 'float16' or 'bfloat16', got '${String(requested)}'`);
  if (options.enabled === false) return fn();
  const reason = unsupported(deviceType, requested);
  if (reason && !noted.has(`${deviceType}:${requested}`)) {
    noted.add(`${deviceType}:${requested}`);
    console.warn(`webtorch autocast: ${requested} on ${deviceType} is not available (${reason}); running in float32.`);
  }
  stack.push({ deviceType, requested, computeDType: reason ? 'float32' : requested, fallbackReason: reason });
  const pop = (): void => void stack.pop();
  try {
    const out = fn();
    if (out instanceof Promise) return out.finally(pop) as T;
    pop();
    return out;
  } catch (e) {
    pop();
    throw e;
  }
}
