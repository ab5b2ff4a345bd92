import { noGrad } from '../autograd/grad-mode.js';
import type { Tensor } from '../tensor.js';

/**
 * The values of `tensors` (all on one device), end to end, as one host buffer.
 * Where the backend has `readMany` (WebGPU: one staging buffer and one
 * mapAsync; cpu workers: one message) a bucket costs one round trip, however
 * many tensors it holds, and the read is queued now, in program order. On
 * the main thread's cpu, a synchronous read; elsewhere, one read per tensor,
 * all in flight together. (Flattening on the device with `cat` instead was
 * ~15x slower on SwiftShader: its indexAdd kernel adds with atomics.)
 */
export async function bulkRead(tensors: readonly Tensor[]): Promise<ArrayBuffer> {
  const backend = tensors[0]?.storage.backend;
  if (!backend) return new ArrayBuffer(0);
  // Host-visible memory (cpu) is read at once, so the values are those at the call, as elsewhere.
  if (backend.readSync) return concat(tensors.map((t) => t.dataSync()));
  if (!backend.readMany) return concat(await Promise.all(tensors.map((t) => t.data())));
  // Values still travelling in from another device must land first (only then an await: otherwise
  // the copies are recorded now, before any later kernel can change the values).
  if (tensors.some((t) => t.storage.pending)) await Promise.all(tensors.map((t) => t.storage.pending));
  // Strided tensors (rare for gradients and parameters) get a contiguous copy first.
  const sources = noGrad(() => tensors.map((t) => t.contiguous()));
  try {
    const parts = sources.map((t) => {
      t.assertUsable('DataParallel');
      return { buffer: t.storage.buffer, byteOffset: t.offset * 4, byteLength: t.numel() * 4 };
    });
    return await backend.readMany(parts);
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
