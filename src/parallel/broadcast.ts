import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { allOrNothing, DeviceFailure, onDevice, planBuckets, readFlat, scatterHost } from './comm.js';

/**
 * Copies `sources` (all on devices[0]) into `targets[k]` on devices[k + 1],
 * bit for bit: each bucket is read once from devices[0] (one mapAsync, all
 * buckets in flight together) and written to every other device. Targets keep
 * their identity (assign_), as optimizers update parameters.
 */
export async function broadcastFromFirst(
  sources: readonly Tensor[],
  targets: readonly (readonly Tensor[])[],
  devices: readonly string[],
  bucketBytes: number,
): Promise<void> {
  const source = devices[0]!;
  for (const t of sources) {
    if (t.device !== source) throw new Error(`DataParallel: the module's tensor ${formatShape(t.shape)} is on ${t.device}, expected ${source} (devices[0])`);
  }
  const buckets = planBuckets(sources, bucketBytes);
  const hosts = await allOrNothing(
    buckets.map((b) => onDevice(source, 'the parameter broadcast', () => readFlat(b.map((i) => sources[i]!), [], sources[b[0]!]!.dtype))),
    () => undefined,
  );
  targets.forEach((mine, k) => {
    const device = devices[k + 1]!;
    try {
      buckets.forEach((b, j) => scatterHost(hosts[j]!, b.map((i) => sources[i]!), b.map((i) => mine[i]!), device));
    } catch (e) {
      throw new DeviceFailure(device, 'the parameter broadcast', e);
    }
  });
}
