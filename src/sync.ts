import { devices, getBackendIfReady } from './device.js';

/** Waits until every device finished the work queued so far (for timing and tests). */
export async function sync(device?: string): Promise<void> {
  const names = device ? [device] : devices();
  await Promise.all(names.map((n) => getBackendIfReady(n)?.sync()));
}
