import type { BackendBuffer } from '../../backend.js';
import type { Commands } from '../commands.js';

/** What a kernel family needs from the backend. */
export interface KernelContext {
  readonly commands: Commands;
  /** The GPUBuffer behind a handle; throws if it is freed or belongs to another backend. */
  gpu(buffer: BackendBuffer): GPUBuffer;
  /**
   * The adapter runs shaders on the CPU (SwiftShader, llvmpipe, WARP): barriers
   * and workgroup memory cost more than they save there, so kernels that tile
   * through workgroup memory give way to register-blocked ones.
   */
  readonly emulated: boolean;
  /** The subgroup size when the device has 'subgroups' and every subgroup has that one size; 0 otherwise. */
  readonly subgroupSize: number;
  /** A buffer for temporary data of the dispatches being recorded; recycled after the next submit. */
  scratch(byteLength: number): BackendBuffer;
}

/**
 * Threads per workgroup for one-thread-per-element kernels. 64 costs nothing on
 * GPUs and is 2-4x faster than 256 on SwiftShader, which runs a workgroup's
 * invocations as coroutines on one CPU thread.
 */
export const WG = 64;

export function groupsFor(n: number, perGroup = WG): number {
  return Math.ceil(n / perGroup);
}

/**
 * Reductions up to this length run one thread per output with no barriers;
 * longer ones use a workgroup tree. On CPU emulators (SwiftShader) each
 * barrier costs a coroutine switch per invocation, so short rows must avoid them.
 */
export const SERIAL_MAX = 64;

/** Threads for a workgroup-per-row reduction of `len` elements: ~8 elements each, 64..256. */
export function rowWorkgroupSize(len: number): number {
  const want = 2 ** Math.ceil(Math.log2(Math.max(1, Math.ceil(len / 8))));
  return Math.min(256, Math.max(64, want));
}
