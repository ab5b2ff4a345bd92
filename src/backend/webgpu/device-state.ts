/**
 * Health of one GPUDevice: loss and uncaptured/validation errors are recorded
 * as they arrive (asynchronously) and thrown by the next op, read or sync.
 */
export class DeviceState {
  private lostReason: string | undefined;
  private destroyed = false;
  private errors: string[] = [];
  private checks: Promise<void>[] = [];

  constructor(readonly name: string, device: GPUDevice) {
    device.lost.then((info) => {
      if (!this.destroyed) this.lostReason = info.message || info.reason || 'unknown reason';
    }, () => undefined);
    device.addEventListener('uncapturederror', (event) => {
      const err = (event as GPUUncapturedErrorEvent).error;
      this.errors.push(`${name}: ${err.message}`);
    });
  }

  markDestroyed(): void {
    this.destroyed = true;
  }

  recordError(message: string): void {
    this.errors.push(message);
  }

  /** Track an async validation check (an error scope) to settle before the next read. */
  track(check: Promise<void>): void {
    this.checks.push(check);
  }

  /** Throws when the device is gone or an error was recorded since the last throw. */
  check(): void {
    if (this.destroyed) throw new Error(`${this.name} was destroyed`);
    if (this.lostReason !== undefined) throw new Error(`${this.name} lost: ${this.lostReason}`);
    if (this.errors.length > 0) {
      const errors = this.errors;
      this.errors = [];
      throw new Error(errors.join('\n'));
    }
  }

  /** Waits for pending validation checks, then `check()`. */
  async settle(): Promise<void> {
    const checks = this.checks;
    this.checks = [];
    await Promise.all(checks);
    this.check();
  }
}
