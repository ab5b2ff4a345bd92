import type { Backend, BackendBuffer } from '../backend/backend.js';
import { noGrad } from '../autograd/grad-mode.js';
import type { Tensor } from '../tensor.js';

/** The public members of WebGPUBackend a bulk read uses. */
interface CopyingBackend {
  readonly name: string;
  readonly device: GPUDevice;
  readonly commands: {
    copy(src: GPUBuffer, srcOffset: number, dst: GPUBuffer, dstOffset: number, size: number): void;
    flush(): void;
  };
  gpu(buffer: BackendBuffer): GPUBuffer;
  sync(): Promise<void>;
}

function copying(b: Backend): CopyingBackend | undefined {
  const c = b as unknown as Partial<CopyingBackend>;
  return b.kind === 'webgpu' && c.commands && c.device && typeof c.gpu === 'function' ? (c as CopyingBackend) : undefined;
}

/** Mappable staging buffers per device, reused across steps. */
const staging = new WeakMap<GPUDevice, GPUBuffer[]>();

function acquire(device: GPUDevice, size: number): GPUBuffer {
  const free = staging.get(device) ?? [];
  staging.set(device, free);
  const i = free.findIndex((b) => b.size >= size && b.size <= 2 * size);
  if (i >= 0) return free.splice(i, 1)[0]!;
  return device.createBuffer({ size, usage: GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST, label: 'dataparallel-staging' });
}

/**
 * The values of `tensors` (all on one device), end to end, as one host buffer.
 * On WebGPU every tensor is copied into ONE staging buffer and read with one
 * mapAsync: a bucket costs one round trip, however many tensors it holds.
 * On cpu, a synchronous read; where the backend has `readMany` (cpu workers), one
 * round trip; elsewhere, one read per tensor, all in flight together.
 * NOTE: this belongs in the Backend as an optional `readMany(ranges)`; until
 * then it records copies through WebGPUBackend's public `commands`. Flattening
 * on the device with `cat` instead was ~15x slower on SwiftShader (its
 * indexAdd kernel adds with atomics).
 */
export async function bulkRead(tensors: readonly Tensor[]): Promise<ArrayBuffer> {
  const backend = tensors[0]?.storage.backend;
  if (!backend) return new ArrayBuffer(0);
  const gpu = copying(backend);
  // Host-visible memory (cpu) is read at once, so the values are those at the call, as on WebGPU.
  if (backend.readSync) return concat(tensors.map((t) => t.dataSync()));
  if (backend.readMany) return readManyContiguous(backend, tensors);
  if (!gpu) return concat(await Promise.all(tensors.map((t) => t.data())));
  // Strided tensors (rare for gradients and parameters) get a contiguous copy first.
  const sources = noGrad(() => tensors.map((t) => t.contiguous()));
  try {
    const size = sources.reduce((n, t) => n + t.numel() * 4, 0);
    if (size === 0) return new ArrayBuffer(0);
    const buffer = acquire(gpu.device, size);
    let offset = 0;
    for (const t of sources) {
      t.assertUsable('DataParallel');
      const bytes = t.numel() * 4;
      gpu.commands.copy(gpu.gpu(t.storage.buffer), t.offset * 4, buffer, offset, bytes);
      offset += bytes;
    }
    gpu.commands.flush();
    try {
      await buffer.mapAsync(GPUMapMode.READ, 0, size);
    } catch (err) {
      buffer.destroy();
      // The backend's own error (device lost, validation) says more than mapAsync's.
      await gpu.sync();
      throw err;
    }
    const out = buffer.getMappedRange(0, size).slice(0);
    buffer.unmap();
    staging.get(gpu.device)!.push(buffer);
    return out;
  } finally {
    sources.forEach((s, i) => {
      if (s !== tensors[i]) s.dispose();
    });
  }
}

/** One `readMany` over contiguous copies of `tensors` (strided ones are copied first, as on WebGPU). */
async function readManyContiguous(backend: Backend, tensors: readonly Tensor[]): Promise<ArrayBuffer> {
  // Values still travelling in from another device must land first (an await only then, so
  // otherwise the read is queued now, in program order).
  if (tensors.some((t) => t.storage.pending)) await Promise.all(tensors.map((t) => t.storage.pending));
  const sources = noGrad(() => tensors.map((t) => t.contiguous()));
  try {
    const parts = sources.map((t) => {
      t.assertUsable('DataParallel');
      return { buffer: t.storage.buffer, byteOffset: t.offset * 4, byteLength: t.numel() * 4 };
    });
    return await backend.readMany!(parts);
  } finally {
    sources.forEach((s, i) => {
      if (s !== tensors[i]) s.dispose();
    });
  }
}

function concat(parts: readonly ArrayBufferView[]): ArrayBuffer {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(new Uint8Array(p.buffer, p.byteOffset, p.byteLength), offset);
    offset += p.byteLength;
  }
  return out.buffer;
}
