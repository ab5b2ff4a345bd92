// A grid of held-out digits with the network's predicted label under each;
// wrong predictions are framed and labelled in red.
import { fitCanvas, greyImage } from './dom.js';

export interface GridDigit {
  pixels: Uint8Array;
  label: number;
}

export class DigitGrid {
  private predictions: ArrayLike<number> | undefined;
  private readonly tile = document.createElement('canvas');

  constructor(private readonly canvas: HTMLCanvasElement, private readonly digits: GridDigit[], private readonly columns = 10) {
    this.tile.width = this.tile.height = 28;
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  /** Predicted class per digit, in the grid's order; undefined before any evaluation. */
  show(predictions: ArrayLike<number> | undefined): void {
    this.predictions = predictions;
    this.draw();
  }

  /** How many shown predictions are wrong (for the status line and the test). */
  get wrong(): number {
    const p = this.predictions;
    return p ? this.digits.filter((d, i) => p[i] !== d.label).length : 0;
  }

  draw(): void {
    const ctx = fitCanvas(this.canvas);
    const { width, height } = this.canvas.getBoundingClientRect();
    ctx.clearRect(0, 0, width, height);
    const rows = Math.ceil(this.digits.length / this.columns);
    const cellW = width / this.columns;
    const cellH = height / rows;
    const size = Math.min(cellW - 6, cellH - 20);
    const tileCtx = this.tile.getContext('2d')!;
    ctx.imageSmoothingEnabled = false;
    ctx.font = 'bold 13px system-ui, sans-serif';
    ctx.textAlign = 'center';
    this.digits.forEach((d, i) => {
      const x = (i % this.columns) * cellW + (cellW - size) / 2;
      const y = Math.floor(i / this.columns) * cellH + 2;
      tileCtx.putImageData(greyImage(d.pixels, 28), 0, 0);
      ctx.drawImage(this.tile, x, y, size, size);
      const predicted = this.predictions?.[i];
      const wrong = predicted !== undefined && predicted !== d.label;
      if (wrong) {
        ctx.strokeStyle = '#e03131';
        ctx.lineWidth = 3;
        ctx.strokeRect(x - 1.5, y - 1.5, size + 3, size + 3);
      }
      ctx.fillStyle = wrong ? '#e03131' : predicted === undefined ? '#999' : '#2b8a3e';
      const text = predicted === undefined ? '?' : wrong ? `${predicted} (${d.label})` : String(predicted);
      ctx.fillText(text, x + size / 2, y + size + 15);
    });
  }
}
