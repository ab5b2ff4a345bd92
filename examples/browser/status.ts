/** What the page reports through `window.webtorchDemo.status()`: the browser test reads it, people can too. */
export interface DemoStatus {
  phase: 'loading' | 'ready' | 'training' | 'paused' | 'done' | 'error';
  /** 'cpu' or 'webgpu:0'. */
  device: string;
  /** The WebGPU adapter, or why there is none. */
  webgpu: string;
  /** The cpu device: WebAssembly SIMD and its thread count (several only when the page is cross-origin isolated). */
  cpu: string;
  step: number;
  epoch: number;
  /** [step, mean loss of the steps since the previous point]. */
  losses: [number, number][];
  /** [step, accuracy on the evaluation digits]; step 0 is the untrained network. */
  accuracies: [number, number][];
  stepsPerSecond: number;
  /** [step, live tensors (torch.memory().numTensors)] at each evaluation: flat while training. */
  liveTensors: [number, number][];
  /** The class of the drawn digit, when something is drawn and classified. */
  prediction: number | undefined;
  /** Wrong guesses in the digit grid. */
  gridWrong: number;
  error: string | undefined;
}
