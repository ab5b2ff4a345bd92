import { Tensor } from '../tensor.js';
import { allOrNothing, copyTo, DeviceFailure, onDevice } from './comm.js';

/**
 * Per device, `inputs` with every tensor replaced by its slice along dim 0
 * (`sizes[i]` rows for device i) on that device, once every copy has arrived.
 * The returned tensors are the caller's; `inputs` are left as they are.
 */
export async function scatter(inputs: readonly unknown[], sizes: readonly number[], devices: readonly string[]): Promise<unknown[][]> {
  const shards: unknown[][] = [];
  const slices: Tensor[] = [];
  const arriving: Promise<unknown>[] = [];
  let start = 0;
  try {
    devices.forEach((device, i) => {
      const args: unknown[] = [];
      shards.push(args);
      for (const a of inputs) {
        if (!(a instanceof Tensor)) {
          args.push(a);
          continue;
        }
        const slice = a.narrow(0, start, sizes[i]!);
        slices.push(slice);
        try {
          const { tensor, arrived } = copyTo(slice, device);
          args.push(tensor === slice ? slice.alias() : tensor);
          arriving.push(onDevice(device, 'the input scatter', () => arrived));
        } catch (e) {
          throw new DeviceFailure(device, 'the input scatter', e);
        }
      }
      start += sizes[i]!;
    });
    await allOrNothing(arriving, () => undefined);
  } catch (e) {
    await Promise.allSettled(arriving);
    for (const args of shards) for (const a of args) if (a instanceof Tensor) a.dispose();
    throw e;
  } finally {
    // Only now: the copies read them asynchronously.
    for (const s of slices) s.dispose();
  }
  return shards;
}
