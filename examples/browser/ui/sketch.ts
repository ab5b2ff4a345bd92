// "Draw a digit": a pad for the mouse, finger or pen, and the preprocessing
// that makes a drawing look like an MNIST digit: the ink's bounding box is
// scaled (area averaging) to fit 20x20, then placed in 28x28 with its centre
// of mass at the centre, as in LeCun's preparation of MNIST.
import { fitCanvas } from './dom.js';

const SIDE = 28;
const BOX = 20;

/** Ink (0-1) of an RGBA image drawn white on black, one value per pixel. */
function inkOf(image: ImageData): Float32Array {
  const ink = new Float32Array(image.width * image.height);
  for (let i = 0; i < ink.length; i++) ink[i] = image.data[4 * i]! / 255;
  return ink;
}

/** The MNIST-style 28x28 image (floats in [0, 1]) of a drawing, or undefined when nothing is drawn. */
export function toMnist(ink: Float32Array, width: number, height: number): Float32Array | undefined {
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (ink[y * width + x]! > 0.05) {
        x0 = Math.min(x0, x); x1 = Math.max(x1, x);
        y0 = Math.min(y0, y); y1 = Math.max(y1, y);
      }
    }
  }
  if (x1 < 0) return undefined;
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const scale = BOX / Math.max(w, h);
  const tw = Math.max(1, Math.round(w * scale));
  const th = Math.max(1, Math.round(h * scale));
  // Area-average each target pixel's source rectangle: a plain resize would alias thin strokes away.
  const small = new Float32Array(tw * th);
  for (let ty = 0; ty < th; ty++) {
    const sy0 = y0 + Math.floor(ty / scale);
    const sy1 = Math.min(y1 + 1, y0 + Math.ceil((ty + 1) / scale));
    for (let tx = 0; tx < tw; tx++) {
      const sx0 = x0 + Math.floor(tx / scale);
      const sx1 = Math.min(x1 + 1, x0 + Math.ceil((tx + 1) / scale));
      let sum = 0;
      for (let y = sy0; y < sy1; y++) for (let x = sx0; x < sx1; x++) sum += ink[y * width + x]!;
      small[ty * tw + tx] = sum / Math.max(1, (sy1 - sy0) * (sx1 - sx0));
    }
  }
  let mass = 0, cx = 0, cy = 0;
  small.forEach((v, i) => { mass += v; cx += v * (i % tw); cy += v * Math.floor(i / tw); });
  const clamp = (v: number, hi: number): number => Math.min(Math.max(v, 0), hi);
  const ox = clamp(Math.round(SIDE / 2 - 0.5 - cx / mass), SIDE - tw);
  const oy = clamp(Math.round(SIDE / 2 - 0.5 - cy / mass), SIDE - th);
  const out = new Float32Array(SIDE * SIDE);
  for (let y = 0; y < th; y++) for (let x = 0; x < tw; x++) out[(y + oy) * SIDE + x + ox] = Math.min(1, small[y * tw + x]!);
  return out;
}

export class SketchPad {
  private drawing = false;
  private empty = true;
  private last: [number, number] | undefined;
  private ctx: CanvasRenderingContext2D;

  /** `onChange` runs after every stroke segment and on clear. */
  constructor(private readonly canvas: HTMLCanvasElement, private readonly onChange: () => void) {
    this.ctx = fitCanvas(canvas, { willReadFrequently: true });
    this.paintBlank();
    canvas.addEventListener('pointerdown', (e) => {
      canvas.setPointerCapture(e.pointerId);
      this.drawing = true;
      this.last = this.point(e);
      this.segment(this.last, this.last);
    });
    canvas.addEventListener('pointermove', (e) => {
      if (!this.drawing || !this.last) return;
      const p = this.point(e);
      this.segment(this.last, p);
      this.last = p;
    });
    const end = (): void => { this.drawing = false; this.last = undefined; };
    canvas.addEventListener('pointerup', end);
    canvas.addEventListener('pointercancel', end);
  }

  private point(e: PointerEvent): [number, number] {
    const r = this.canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  }

  private segment(from: [number, number], to: [number, number]): void {
    const { width } = this.canvas.getBoundingClientRect();
    // A stroke about 1/14 of the pad becomes MNIST's 2-3 pixel pen once scaled to 20x20.
    this.ctx.lineWidth = width / 14;
    this.ctx.lineCap = 'round';
    this.ctx.lineJoin = 'round';
    this.ctx.strokeStyle = '#fff';
    this.ctx.beginPath();
    this.ctx.moveTo(...from);
    this.ctx.lineTo(...to);
    this.ctx.stroke();
    this.empty = false;
    this.onChange();
  }

  clear(): void {
    this.paintBlank();
    this.onChange();
  }

  private paintBlank(): void {
    // The pad is read back after every stroke: keep it in CPU memory.
    this.ctx = fitCanvas(this.canvas, { willReadFrequently: true });
    this.empty = true;
    const { width, height } = this.canvas.getBoundingClientRect();
    this.ctx.fillStyle = '#000';
    this.ctx.fillRect(0, 0, width, height);
  }

  /** The drawing as a 28x28 MNIST-style image, or undefined when the pad is empty. */
  image(): Float32Array | undefined {
    if (this.empty) return undefined;
    const { width, height } = this.canvas;
    return toMnist(inkOf(this.ctx.getImageData(0, 0, width, height)), width, height);
  }
}
