// The classifier's answer for the drawn digit: the 28x28 image it saw, the
// winning class, and a bar per class.
import { greyImage } from './dom.js';

export class PredictionView {
  constructor(
    private readonly preview: HTMLCanvasElement,
    private readonly label: HTMLElement,
    private readonly bars: HTMLElement,
  ) {
    this.show(undefined, undefined);
  }

  /** Shows `probs` for `image`; both undefined clears the view. */
  show(image: Float32Array | undefined, probs: Float32Array | undefined): void {
    const ctx = this.preview.getContext('2d')!;
    if (image) ctx.putImageData(greyImage(image, 28, 255), 0, 0);
    else ctx.clearRect(0, 0, 28, 28);
    const best = probs ? probs.indexOf(Math.max(...probs)) : -1;
    this.label.textContent = best >= 0 ? String(best) : '–';
    this.label.dataset.prediction = best >= 0 ? String(best) : '';
    this.bars.replaceChildren(
      ...Array.from({ length: 10 }, (_, k) => {
        const p = probs?.[k] ?? 0;
        const bar = document.createElement('div');
        bar.className = 'bar';
        bar.style.width = `${Math.round(p * 120)}px`;
        if (k !== best) bar.style.opacity = '0.45';
        return [text(String(k)), wrap(bar), text(probs ? `${(p * 100).toFixed(0)}%` : '')];
      }).flat(),
    );
  }
}

function text(s: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = s;
  return span;
}

function wrap(el: HTMLElement): HTMLElement {
  const div = document.createElement('div');
  div.append(el);
  return div;
}
