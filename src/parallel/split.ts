/**
 * How DataParallel splits a batch of `batch` samples over `parts` devices:
 * sizes differ by at most one, larger first (10 over 4 -> [3, 3, 2, 2]).
 * NOTE: not torch.chunk's rule (10 over 4 -> [3, 3, 3, 1]; 5 over 4 -> only 3
 * chunks): every device gets work and the slowest one has as little as possible.
 */
export function splitSizes(batch: number, parts: number): number[] {
  if (!Number.isInteger(batch) || !Number.isInteger(parts) || parts < 1 || batch < parts) {
    throw new RangeError(`splitSizes: cannot split ${batch} samples into ${parts} non-empty parts`);
  }
  const base = Math.floor(batch / parts);
  const extra = batch % parts;
  return Array.from({ length: parts }, (_, i) => base + (i < extra ? 1 : 0));
}
