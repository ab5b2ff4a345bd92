import type { BackendBuffer } from '../../backend.js';
import type { Commands } from '../commands.js';

/** What a kernel family needs from the backend. */
export interface KernelContext {
  readonly commands: Commands;
  /** The GPUBuffer behind a handle; throws if it is freed or belongs to another backend. */
  gpu(buffer: BackendBuffer): GPUBuffer;
}

export const WG = 256;

export function groupsFor(n: number, perGroup = WG): number {
  return Math.ceil(n / perGroup);
}
