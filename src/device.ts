import type { Backend } from './backend/backend.js';
import { chooseCpuCapability, CPU_CAPABILITY_NAMES, getCpuCapability, type CpuCapability } from './backend/cpu/capability.js';

/**
 * The device registry: 'cpu' always, 'cpu:N' for each worker-thread cpu device and
 * 'webgpu:N' for each WebGPU device opened by `init()`.
 * Backends are created by `init()`; the entry points (index.ts / node.ts) tell it
 * where WebGPU comes from.
 */

export interface WebGPUProvider {
  /** The GPU object (navigator.gpu in browsers, the `webgpu` package's create() in Node). */
  gpu(): GPU | undefined;
  /** Lets Node drop its reference to the dawn instance so the process can exit. */
  release?(): void;
}

export interface InitOptions {
  /** How many independent devices to open on the WebGPU adapter (default 1). */
  webgpuDevices?: number;
  /** Skip WebGPU entirely (cpu only). */
  webgpu?: boolean;
  powerPreference?: GPUPowerPreference;
  /**
   * Worker-thread cpu devices to open besides 'cpu': 'cpu:1' ... 'cpu:N', each
   * with its own WebAssembly instance (for data-parallel training on several
   * cores). Default 0.
   */
  cpuWorkers?: number;
  /**
   * The build of the cpu kernels: 'relaxed-simd' (fused multiply-add) or
   * 'simd128' (a multiply then an add). Default: 'relaxed-simd' where the
   * engine has it. Fixed by the first init of a process. In Node the
   * environment variable WEBTORCH_CPU_CAPABILITY sets the default.
   */
  cpuCapability?: CpuCapability;
}

export interface DeviceInfo {
  name: string;
  kind: 'cpu' | 'webgpu';
  description: string;
}

const backends = new Map<string, Backend>();
let defaultDevice = 'cpu';
let provider: WebGPUProvider | undefined;
let webgpuProblem = 'WebGPU was not probed: call `await torch.init()`';
let initPromise: Promise<string[]> | undefined;
const descriptions = new Map<string, string>();

export function setWebGPUProvider(p: WebGPUProvider): void {
  provider = p;
}

/** Why no WebGPU device is present, or undefined when one is. */
export function webgpuUnavailableReason(): string | undefined {
  return [...backends.keys()].some((k) => k.startsWith('webgpu')) ? undefined : webgpuProblem;
}

/**
 * Loads the WebAssembly kernels and probes WebGPU. Returns the device names.
 * Calling it again after a successful init returns the same devices.
 *
 * @example
 * await torch.init();            // ['cpu', 'webgpu:0'] where an adapter exists
 */
export function init(options: InitOptions = {}): Promise<string[]> {
  if (initPromise && options.cpuWorkers) {
    // Already initialised: open the worker devices not open yet.
    const workers = options.cpuWorkers;
    return initPromise.then(() => openCpuWorkers(workers)).then(() => devices());
  }
  initPromise ??= doInit(options).catch((e: unknown) => {
    initPromise = undefined;
    throw e;
  });
  return initPromise;
}

async function doInit(options: InitOptions): Promise<string[]> {
  const capability = chooseCpuCapability(options.cpuCapability);
  const { createCpuBackend } = await import('./backend/cpu/cpu-backend.js');
  if (!backends.has('cpu')) {
    const cpu = await createCpuBackend();
    backends.set('cpu', cpu);
    descriptions.set('cpu', CPU_CAPABILITY_NAMES[capability]);
  }
  await openCpuWorkers(options.cpuWorkers ?? 0);
  if (options.webgpu !== false) await probeWebGPU(options);
  return devices();
}

async function openCpuWorkers(count: number): Promise<void> {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`init: cpuWorkers must be a non-negative integer, got ${count}`);
  if (count === 0) return;
  const { getWorkerSpawner } = await import('./backend/worker/spawn.js');
  const spawn = getWorkerSpawner();
  if (!spawn) throw new Error('init: cpuWorkers needs Web Workers (browsers) or worker_threads (the Node entry), and neither is available');
  const { WorkerBackend } = await import('./backend/worker/worker-backend.js');
  const { compileKernels } = await import('./backend/cpu/wasm.js');
  const module = await compileKernels();
  const names = Array.from({ length: count }, (_, i) => `cpu:${i + 1}`).filter((n) => !backends.has(n));
  const opened = await Promise.allSettled(names.map((n) => WorkerBackend.open(n, spawn, module)));
  const failed = opened.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) {
    for (const o of opened) if (o.status === 'fulfilled') o.value.destroy();
    throw failed.reason;
  }
  for (const o of opened) {
    const b = (o as PromiseFulfilledResult<Backend>).value;
    backends.set(b.name, b);
    descriptions.set(b.name, `${CPU_CAPABILITY_NAMES[getCpuCapability()]} in worker thread ${b.name.slice(4)}`);
  }
}

async function probeWebGPU(options: InitOptions): Promise<void> {
  const gpu = provider?.gpu();
  if (!gpu) {
    webgpuProblem = provider ? 'no WebGPU implementation found (navigator.gpu is undefined)' : 'no WebGPU provider registered';
    return;
  }
  try {
    const { openWebGPUBackends } = await import('./backend/webgpu/webgpu-backend.js');
    const opened = await openWebGPUBackends(gpu, {
      devices: options.webgpuDevices ?? 1,
      ...(options.powerPreference ? { powerPreference: options.powerPreference } : {}),
    });
    if (opened.length === 0) webgpuProblem = 'requestAdapter() returned no adapter';
    for (const b of opened) {
      backends.set(b.name, b);
      const info = b.adapterInfo;
      descriptions.set(b.name, [info.vendor, info.architecture, info.description].filter(Boolean).join(' ') || 'WebGPU adapter');
    }
  } catch (e) {
    webgpuProblem = `WebGPU initialisation failed: ${(e as Error).message}`;
  }
}

/** Names of the devices ready to use, e.g. ['cpu', 'webgpu:0']. */
export function devices(): string[] {
  return [...backends.keys()];
}

export function deviceInfo(): DeviceInfo[] {
  return [...backends.values()].map((b) => ({ name: b.name, kind: b.kind, description: b.describe?.() ?? descriptions.get(b.name) ?? '' }));
}

/** 'webgpu' means 'webgpu:0'; 'cpu:0' means 'cpu' (the main thread's). */
export function canonicalDevice(name: string): string {
  if (name === 'webgpu') return 'webgpu:0';
  return name === 'cpu:0' ? 'cpu' : name;
}

export function getBackend(name?: string): Backend {
  const key = canonicalDevice(name ?? defaultDevice);
  const b = backends.get(key);
  if (b) return b;
  if (backends.size === 0) throw new Error(`webtorch: no devices are ready: call \`await torch.init()\` first`);
  if (key.startsWith('webgpu')) {
    const reason = webgpuUnavailableReason();
    throw new Error(`webtorch: device '${key}' is not available (${reason ?? `opened: ${devices().join(', ')}`})`);
  }
  if (/^cpu:\d+$/.test(key)) {
    throw new Error(`webtorch: device '${key}' is not open: worker cpu devices come from \`torch.init({ cpuWorkers: N })\` (opened: ${devices().join(', ')})`);
  }
  throw new Error(`webtorch: unknown device '${name}' (available: ${devices().join(', ')})`);
}

export function getBackendIfReady(name: string): Backend | undefined {
  return backends.get(canonicalDevice(name));
}

export function setDefaultDevice(name: string): void {
  getBackend(name);
  defaultDevice = canonicalDevice(name);
}

export function getDefaultDevice(): string {
  return defaultDevice;
}

/** Releases every device (and, in Node, the dawn instance) so the process can exit. */
export function shutdown(): void {
  for (const [name, b] of backends) {
    if (name !== 'cpu') {
      b.destroy();
      backends.delete(name);
    } else b.releaseThreads?.();
  }
  if (defaultDevice !== 'cpu') defaultDevice = 'cpu';
  provider?.release?.();
  initPromise = undefined;
  webgpuProblem = 'WebGPU was shut down';
}
