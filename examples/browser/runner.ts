// The training loop that shares the main thread with the page: one step, then
// a yield to the browser (input, painting), with the loss read back only every
// `lossEvery` steps. On WebGPU those reads are also what keeps the queue of
// submitted-but-unfinished steps short.
import type { Evaluation, Trainer } from './trainer.js';

export interface RunnerEvents {
  loss(step: number, loss: number): void;
  evaluation(step: number, result: Evaluation): void;
  /** After every step, and when the state changes. */
  progress(): void;
}

/** Lets the browser handle input and paint: a macrotask, not a microtask. */
const yieldToBrowser = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export class Runner {
  private loop: Promise<void> | undefined;
  private stopRequested = false;
  /** (time, step) samples of the last seconds, for steps/s. */
  private samples: [number, number][] = [];

  constructor(private readonly trainer: Trainer, private readonly events: RunnerEvents) {}

  get running(): boolean {
    return this.loop !== undefined;
  }

  /** True once the step budget (URL `steps`, else all epochs) is spent. */
  get finished(): boolean {
    const s = this.trainer.settings;
    return this.trainer.step >= (s.maxSteps ?? s.epochs * this.trainer.stepsPerEpoch);
  }

  get stepsPerSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last[0] === first[0]) return 0;
    return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
  }

  /** Starts (or resumes) training; errors reach `onError`. */
  start(onError: (e: unknown) => void): void {
    if (this.loop || this.finished) return;
    this.stopRequested = false;
    this.samples = [[performance.now(), this.trainer.step]];
    this.loop = this.run()
      .catch(onError)
      .finally(() => {
        this.loop = undefined;
        this.events.progress();
      });
    this.events.progress();
  }

  /** Stops after the current step; resolves once the loop has let go of the model. */
  async pause(): Promise<void> {
    this.stopRequested = true;
    await this.loop;
  }

  private async run(): Promise<void> {
    const { lossEvery, evalEvery } = this.trainer.settings;
    while (!this.stopRequested && !this.finished) {
      this.trainer.trainStep();
      const step = this.trainer.step;
      if (step % lossEvery === 0) {
        await this.flushLoss();
        // Sampled after a read only: on WebGPU, steps are queued faster than they run until a read waits for them.
        this.sample();
      }
      if (step % evalEvery === 0 || this.finished) this.events.evaluation(step, await this.trainer.evaluate());
      this.events.progress();
      await yieldToBrowser();
    }
    await this.flushLoss();
  }

  private async flushLoss(): Promise<void> {
    const loss = await this.trainer.readLoss();
    if (loss === undefined) return;
    if (!Number.isFinite(loss)) throw new Error(`training diverged at step ${this.trainer.step} (loss ${loss}); try a smaller lr`);
    this.events.loss(this.trainer.step, loss);
  }

  private sample(): void {
    const now = performance.now();
    this.samples.push([now, this.trainer.step]);
    while (this.samples.length > 2 && now - this.samples[0]![0] > 3000) this.samples.shift();
  }
}
