// The browser demo: wires the trainer and runner to the page. Training runs on
// the main thread, one step per task (see runner.ts), so there is one copy of
// the model and drawing a digit classifies it with the weights being trained.
import * as torch from '../../src/index.js';
import { fetchMnistAsset, type MnistAsset } from './mnist-asset.js';
import { Runner } from './runner.js';
import { readSettings, type Settings } from './settings.js';
import type { DemoStatus } from './status.js';
import { spreadIndices, Trainer, type Evaluation } from './trainer.js';
import { Charts } from './ui/charts.js';
import { DigitGrid } from './ui/digit-grid.js';
import { byId } from './ui/dom.js';
import { PredictionView } from './ui/prediction.js';
import { SketchPad } from './ui/sketch.js';

const GRID_DIGITS = 40;

const el = {
  device: byId('device', HTMLSelectElement),
  deviceReason: byId('device-reason', HTMLElement),
  start: byId('start', HTMLButtonElement),
  reset: byId('reset', HTMLButtonElement),
  save: byId('save', HTMLButtonElement),
  load: byId('load', HTMLButtonElement),
  loadFile: byId('load-file', HTMLInputElement),
  status: byId('status', HTMLElement),
  epoch: byId('epoch', HTMLElement),
  epochBar: byId('epoch-bar', HTMLProgressElement),
  step: byId('step', HTMLElement),
  rate: byId('rate', HTMLElement),
  memory: byId('memory', HTMLElement),
  loss: byId('loss', HTMLElement),
  accuracy: byId('accuracy', HTMLElement),
  hyper: byId('hyper', HTMLElement),
  error: byId('error', HTMLElement),
  gridWrong: byId('grid-wrong', HTMLElement),
  clear: byId('clear', HTMLButtonElement),
};

const status: DemoStatus = {
  phase: 'loading', device: '', webgpu: '', cpu: '', step: 0, epoch: 0, losses: [], accuracies: [],
  stepsPerSecond: 0, liveTensors: [], prediction: undefined, gridWrong: 0, error: undefined,
};
(globalThis as { webtorchDemo?: { status(): DemoStatus } }).webtorchDemo = { status: () => structuredClone(status) };

const charts = new Charts(byId('charts', HTMLCanvasElement));
const prediction = new PredictionView(byId('preview', HTMLCanvasElement), byId('prediction', HTMLElement), byId('bars', HTMLElement));
let settings: Settings;
let asset: MnistAsset;
let trainer: Trainer | undefined;
let runner: Runner | undefined;
let grid: DigitGrid | undefined;
/** Set while a reset, save or load holds the model: the buttons wait. */
let busy = false;

function showError(e: unknown): void {
  const message = e instanceof Error ? `${e.message}${e.stack ? `\n${e.stack}` : ''}` : String(e);
  console.error(e);
  status.phase = 'error';
  status.error = message;
  el.error.style.display = 'block';
  el.error.textContent = message;
  render();
}
window.addEventListener('error', (e) => showError(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => showError(e.reason));

function render(): void {
  if (trainer && runner && status.phase !== 'error') {
    status.step = trainer.step;
    status.epoch = trainer.epoch;
    status.stepsPerSecond = runner.running ? runner.stepsPerSecond : status.stepsPerSecond;
    status.phase = runner.running ? 'training' : runner.finished ? 'done' : trainer.step > 0 ? 'paused' : 'ready';
    const epochs = settings.epochs;
    el.epoch.textContent = `epoch ${Math.min(trainer.epoch + 1, epochs)} / ${epochs}`;
    el.epochBar.value = runner.finished && trainer.step % trainer.stepsPerEpoch === 0 && trainer.step > 0 ? 1 : (trainer.step % trainer.stepsPerEpoch) / trainer.stepsPerEpoch;
    el.step.textContent = String(trainer.step);
    el.rate.textContent = status.stepsPerSecond ? status.stepsPerSecond.toFixed(1) : '–';
    const memory = torch.memory();
    el.memory.textContent = `${memory.numTensors} tensors, ${(memory.numBytes / 1e6).toFixed(1)} MB`;
    el.start.textContent = runner.running ? 'Pause' : trainer.step > 0 && !runner.finished ? 'Resume' : 'Start';
  }
  const idle = !busy && status.phase !== 'loading' && status.phase !== 'error';
  el.start.disabled = !idle || (runner?.finished ?? true);
  el.reset.disabled = el.device.disabled = !idle;
  el.save.disabled = el.load.disabled = !idle;
  el.status.textContent = busy ? 'working…' : { loading: 'loading MNIST…', ready: 'ready: press Start', training: 'training…', paused: 'paused', done: 'done', error: 'stopped by an error (below)' }[status.phase];
}

function onLoss(step: number, loss: number): void {
  status.losses.push([step, loss]);
  charts.addLoss(step, loss);
  el.loss.textContent = loss.toFixed(3);
}

function onEvaluation(step: number, result: Evaluation): void {
  status.accuracies.push([step, result.accuracy]);
  status.liveTensors.push([step, torch.memory().numTensors]);
  charts.addAccuracy(step, result.accuracy);
  el.accuracy.textContent = `${(result.accuracy * 100).toFixed(1)}%`;
  const positions = spreadIndices(result.predictions.length, GRID_DIGITS);
  grid?.show(Array.from(positions, (i) => result.predictions[i]!));
  status.gridWrong = grid?.wrong ?? 0;
  el.gridWrong.textContent = grid ? `(${grid.wrong} of ${positions.length} wrong)` : '';
  void classifyDrawing();
}

/** Runs `fn` with training paused and the buttons held; training resumes after if `resume`. */
async function withModel(fn: () => Promise<void>, resume: boolean): Promise<void> {
  if (busy) return;
  busy = true;
  const wasRunning = runner?.running ?? false;
  render();
  try {
    await runner?.pause();
    await fn();
  } catch (e) {
    showError(e);
  } finally {
    busy = false;
    if (resume && wasRunning) runner?.start(showError);
    render();
  }
}

/** A fresh, seeded network on `device`, evaluated once so step 0 has an accuracy. */
async function newTrainer(device: string): Promise<void> {
  trainer?.dispose();
  trainer = undefined;
  status.losses = [];
  status.accuracies = [];
  status.liveTensors = [];
  status.stepsPerSecond = 0;
  status.device = device;
  charts.reset();
  trainer = new Trainer(device, asset, settings);
  runner = new Runner(trainer, { loss: onLoss, evaluation: onEvaluation, progress: render });
  if (!grid) {
    const positions = spreadIndices(trainer.evalLabels.length, GRID_DIGITS);
    grid = new DigitGrid(byId('grid', HTMLCanvasElement), Array.from(positions, (i) => ({ pixels: trainer!.evalPixels.subarray(i * 784, (i + 1) * 784), label: trainer!.evalLabels[i]! })));
  }
  el.loss.textContent = '–';
  onEvaluation(0, await trainer.evaluate());
  el.hyper.textContent = `batch ${settings.batchSize} · SGD lr ${settings.lr} momentum 0.9 · accuracy on ${trainer.evalLabels.length} held-out digits`;
}

/** Fills the device picker: WebGPU when an adapter was found (the default), else WebAssembly, saying why. */
function setupPicker(): string {
  const gpu = torch.deviceInfo().find((d) => d.kind === 'webgpu');
  status.cpu = torch.deviceInfo().find((d) => d.name === 'cpu')?.description ?? '';
  const option = (value: string, label: string, disabled = false): HTMLOptionElement => {
    const o = new Option(label, value);
    o.disabled = disabled;
    return o;
  };
  el.device.replaceChildren(
    option(gpu?.name ?? 'webgpu:0', gpu ? `WebGPU (${gpu.description || 'adapter'})` : 'WebGPU (unavailable)', !gpu),
    option('cpu', `${status.cpu || 'WebAssembly SIMD'} (cpu)`),
  );
  if (gpu) {
    // NOTE: SwiftShader and friends run the shaders on the CPU, usually slower than the wasm kernels.
    const software = /swiftshader|llvmpipe|lavapipe/i.test(gpu.description);
    status.webgpu = gpu.description;
    el.deviceReason.textContent = `WebGPU adapter found: ${gpu.description || 'unnamed'}${software ? ' (a software emulation on the CPU: WebAssembly is likely faster here)' : ''}`;
  } else {
    status.webgpu = torch.webgpuUnavailableReason() ?? 'no adapter';
    el.deviceReason.textContent = `Using WebAssembly: ${status.webgpu}`;
  }
  const wanted = settings.device === 'webgpu' ? 'webgpu:0' : settings.device;
  if (wanted && !torch.devices().includes(wanted)) throw new Error(`device=${settings.device} was asked for in the URL, but it is not available: ${status.webgpu}`);
  el.device.value = wanted ?? (gpu ? gpu.name : 'cpu');
  return el.device.value;
}

/** Classifies the drawing with the current weights; one request in flight, the latest drawing wins. */
let classifying = false;
let classifyAgain = false;
async function classifyDrawing(): Promise<void> {
  if (classifying) {
    classifyAgain = true;
    return;
  }
  classifying = true;
  try {
    do {
      classifyAgain = false;
      const image = pad.image();
      const probs = image && trainer ? await trainer.classify(image) : undefined;
      prediction.show(image, probs);
      status.prediction = probs ? probs.indexOf(Math.max(...probs)) : undefined;
    } while (classifyAgain);
  } catch (e) {
    showError(e);
  } finally {
    classifying = false;
  }
}

const pad = new SketchPad(byId('pad', HTMLCanvasElement), () => void classifyDrawing());

function download(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  // The click has queued the download by now; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

function wireControls(): void {
  el.start.addEventListener('click', () => {
    if (!runner || busy) return;
    if (runner.running) void runner.pause().then(render);
    else runner.start(showError);
  });
  el.reset.addEventListener('click', () => void withModel(() => newTrainer(el.device.value), false));
  el.device.addEventListener('change', () => void withModel(() => newTrainer(el.device.value), false));
  el.save.addEventListener('click', () => void withModel(async () => {
    if (trainer) download(await trainer.save(), `webtorch-lenet-mnist-step${trainer.step}.safetensors`);
  }, true));
  el.load.addEventListener('click', () => el.loadFile.click());
  el.loadFile.addEventListener('change', () => {
    const file = el.loadFile.files?.[0];
    el.loadFile.value = '';
    if (!file) return;
    void withModel(async () => {
      if (!trainer) return;
      await trainer.load(file, file.name);
      onEvaluation(trainer.step, await trainer.evaluate());
    }, false);
  });
  el.clear.addEventListener('click', () => pad.clear());
}

async function main(): Promise<void> {
  settings = readSettings(location.search);
  wireControls();
  render();
  const [, loaded] = await Promise.all([torch.init(), fetchMnistAsset('mnist.bin')]);
  asset = loaded;
  await newTrainer(setupPicker());
  render();
  if (settings.autostart) runner?.start(showError);
}

main().catch(showError);
