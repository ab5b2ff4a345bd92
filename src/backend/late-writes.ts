/**
 * Bookkeeping for `Backend.writeLater`, shared by the asynchronous backends:
 * how many late writes are still awaited (while any is, the backend holds back
 * what was queued after them), who waits for them all to land, and the first
 * one whose source failed (the next read or sync rejects with it).
 */
export class LateWrites {
  private awaited = 0;
  private waiters: (() => void)[] = [];
  private failure: Error | undefined;

  /** `landed` runs when the last awaited write has settled, before the waiters resume. */
  constructor(private readonly landed: () => void) {}

  /** True while a late write is awaited. */
  get holding(): boolean {
    return this.awaited > 0;
  }

  /** Holds until `bytes` settles and `use` took them; a rejection, or `use` throwing, is kept as the failure to report. */
  track<T>(bytes: Promise<T>, use: (value: T) => void): void {
    this.awaited++;
    void bytes.then(use).catch((e: unknown) => {
      this.failure ??= e instanceof Error ? e : new Error(String(e));
    }).finally(() => {
      if (--this.awaited > 0) return;
      this.landed();
      for (const resume of this.waiters.splice(0)) resume();
    });
  }

  /** Resolves once nothing is held (at once when nothing is). */
  released(): Promise<void> {
    return this.awaited === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Throws the first failure since the last call, once. */
  takeFailure(): void {
    const e = this.failure;
    this.failure = undefined;
    if (e) throw e;
  }
}
