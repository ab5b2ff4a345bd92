// The live curves: training loss and test accuracy against the step, drawn on
// one canvas as two panels. Plain 2D canvas; redrawn whole on each point (cheap
// at these sizes).
import { fitCanvas } from './dom.js';

type Point = readonly [step: number, value: number];

interface Panel {
  title: string;
  points: Point[];
  color: string;
  /** The y range; max grows with the data when `grow` is set. */
  yMax: number;
  grow: boolean;
  format: (v: number) => string;
}

export class Charts {
  private readonly loss: Panel = { title: 'training loss', points: [], color: '#e8590c', yMax: 2.5, grow: true, format: (v) => v.toFixed(2) };
  private readonly accuracy: Panel = { title: 'test accuracy', points: [], color: '#1c7ed6', yMax: 1, grow: false, format: (v) => `${Math.round(v * 100)}%` };
  private stepsShown = 100;

  constructor(private readonly canvas: HTMLCanvasElement) {
    new ResizeObserver(() => this.draw()).observe(canvas);
  }

  reset(): void {
    this.loss.points = [];
    this.accuracy.points = [];
    this.stepsShown = 100;
    this.loss.yMax = 2.5;
    this.draw();
  }

  addLoss(step: number, value: number): void {
    this.add(this.loss, step, value);
  }

  addAccuracy(step: number, value: number): void {
    this.add(this.accuracy, step, value);
  }

  private add(panel: Panel, step: number, value: number): void {
    panel.points.push([step, value]);
    // Grows in steps of 0.5 so the axis labels stay round numbers.
    if (panel.grow && Number.isFinite(value) && value > panel.yMax) panel.yMax = Math.ceil((value * 1.05) / 0.5) * 0.5;
    // The x axis doubles when the run outgrows it, so older points don't crawl every step.
    while (step > this.stepsShown) this.stepsShown *= 2;
    this.draw();
  }

  draw(): void {
    const ctx = fitCanvas(this.canvas);
    const { width, height } = this.canvas.getBoundingClientRect();
    ctx.clearRect(0, 0, width, height);
    const gap = 16;
    const w = (width - gap) / 2;
    this.drawPanel(ctx, this.loss, 0, w, height);
    this.drawPanel(ctx, this.accuracy, w + gap, w, height);
  }

  private drawPanel(ctx: CanvasRenderingContext2D, panel: Panel, x0: number, w: number, h: number): void {
    const pad = { left: 40, right: 8, top: 22, bottom: 22 };
    const px = (step: number): number => x0 + pad.left + (step / this.stepsShown) * (w - pad.left - pad.right);
    const py = (v: number): number => pad.top + (1 - Math.min(v, panel.yMax) / panel.yMax) * (h - pad.top - pad.bottom);
    ctx.font = '12px system-ui, sans-serif';
    ctx.fillStyle = '#222';
    const last = panel.points[panel.points.length - 1];
    ctx.fillText(`${panel.title}${last ? `: ${panel.format(last[1])}` : ''}`, x0 + pad.left, 14);
    // Grid and labels: four horizontal lines, the step count at both ends.
    ctx.strokeStyle = '#ddd';
    ctx.lineWidth = 1;
    ctx.fillStyle = '#666';
    for (let i = 0; i <= 4; i++) {
      const v = (panel.yMax * i) / 4;
      ctx.beginPath();
      ctx.moveTo(px(0), py(v));
      ctx.lineTo(px(this.stepsShown), py(v));
      ctx.stroke();
      ctx.fillText(panel.format(v), x0 + 2, py(v) + 4);
    }
    ctx.fillText('0', px(0), h - 6);
    const end = `${this.stepsShown} steps`;
    ctx.fillText(end, px(this.stepsShown) - ctx.measureText(end).width, h - 6);
    if (panel.points.length === 0) return;
    ctx.strokeStyle = panel.color;
    ctx.fillStyle = panel.color;
    ctx.lineWidth = 2;
    ctx.beginPath();
    panel.points.forEach(([s, v], i) => (i === 0 ? ctx.moveTo(px(s), py(v)) : ctx.lineTo(px(s), py(v))));
    ctx.stroke();
    for (const [s, v] of panel.points.slice(-1)) ctx.fillRect(px(s) - 2.5, py(v) - 2.5, 5, 5);
  }
}
