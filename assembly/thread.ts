// Per-thread scratch. With a shared memory every thread's instance sees the
// same static data, so the small mutable buffers the kernels need (odometer
// counters, parked scalars, the matmul edge tile) live in a block TS allocates
// per thread and hands over once; only the pointer is a per-instance global.

/** Byte offsets inside a thread's scratch block. */
export const T_COUNTERS = 0; // 32 i32: elementwise / indexing odometers
export const T_SCALARS = 128; // 2 x 32-bit scalar operands
export const T_BOUNDS = 144; // clamp lo / hi
export const T_EDGE_TILE = 160; // MR x 8 f32 matmul edge tile (MR <= 6)
const BYTES = T_EDGE_TILE + 6 * 8 * 4;

let base: usize = 0;

export function thread_scratch_bytes(): i32 {
  return BYTES;
}

/** Must be called once per instance before any kernel runs (CpuBackend's constructor does). */
export function set_thread_scratch(ptr: usize): void {
  base = ptr;
}

@inline export function scratch(offset: usize): usize {
  return base + offset;
}
