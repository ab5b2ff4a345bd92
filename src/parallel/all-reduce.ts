import type { Tensor } from '../tensor.js';
import { allOrNothing, onDevice, planBuckets, readFlat, sumOnHost, unflatten } from './comm.js';

export interface ReduceOptions {
  /** Device names; `devices[0]` receives the sum. */
  devices: readonly string[];
  /** Largest single read (one bucket of one device). */
  bucketBytes: number;
  /**
   * Per device, resolves once that device's tensors are queued (DataParallel:
   * once the replica's backward ran). Its reads start then, not after the others'.
   */
  ready?: readonly Promise<void>[];
}

/**
 * Sums `tensors(d)` (the same list of shapes on every device d; a null entry
 * counts as zeros) into new tensors on `devices[0]`: the all-reduce of
 * DataParallel, through host memory.
 *
 * Each device's list is cut into buckets of at most `bucketBytes`; a bucket is
 * flattened on its device and read with one mapAsync, every read of every
 * device in flight together. A bucket is summed, with the cpu backend's wasm
 * kernels in device order (the same inputs give the same bits), as soon as all
 * devices' copies of it have landed, and uploaded to devices[0].
 * Returns null where every device had null. All or nothing: on a failure
 * nothing is left allocated, and the error names the device.
 */
export async function reduceToFirst(
  tensors: (device: number) => readonly (Tensor | null)[],
  like: readonly Tensor[],
  options: ReduceOptions,
): Promise<(Tensor | null)[]> {
  const { devices, bucketBytes } = options;
  const buckets = planBuckets(like, bucketBytes);
  // Per device, once it is ready: each bucket's host copy, plus which entries were present.
  const reads = devices.map((device, d) =>
    onDevice(device, 'the gradient all-reduce', async () => {
      await options.ready?.[d];
      const mine = tensors(d);
      return buckets.map((b) => {
        const parts = b.map((i) => mine[i] ?? null);
        const host = onDevice(device, 'the gradient all-reduce', () => readFlat(parts, b.map((i) => like[i]!), 'float32'));
        // Consumed once every device is ready; marked handled now so an early failure is not "unhandled".
        host.catch(() => undefined);
        return { host, present: parts.map((t) => t !== null) };
      });
    }),
  );
  const perBucket = buckets.map((b, j) =>
    Promise.all(reads).then(async (all) => {
      const hosts = await Promise.all(all.map((p) => p[j]!.host));
      const flat = sumOnHost(hosts as Float32Array[], devices[0]!);
      const views = unflatten(flat, b.map((i) => like[i]!));
      flat.dispose();
      return views.map((v, k) => {
        if (all.some((p) => p[j]!.present[k])) return v;
        v.dispose();
        return null;
      });
    }),
  );
  const reduced = allOrNothing(perBucket, (vs) => vs.forEach((v) => v?.dispose()));
  // Settle every transfer before deciding, so a failure leaves no read in flight behind us.
  // NOTE: one allSettled over both: a rejection needs a handler at once, or Node reports it unhandled.
  const transfers = Promise.allSettled(reads.map((r) => r.then((bs) => Promise.allSettled(bs.map((x) => x.host)))));
  await Promise.allSettled([reduced, transfers]);
  const done = await reduced;
  const out: (Tensor | null)[] = new Array<Tensor | null>(like.length).fill(null);
  buckets.forEach((b, j) => b.forEach((i, k) => (out[i] = done[j]![k]!)));
  return out;
}
