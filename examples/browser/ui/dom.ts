/** The element with `id`, checked to be of `type` (a missing or renamed element fails loudly at startup). */
export function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`index.html: #${id} is missing or not a ${type.name}`);
  return el;
}

/** Sizes a canvas's backing store to its CSS size times devicePixelRatio, so lines stay sharp. */
export function fitCanvas(canvas: HTMLCanvasElement, options?: CanvasRenderingContext2DSettings): CanvasRenderingContext2D {
  const ratio = window.devicePixelRatio || 1;
  const { width, height } = canvas.getBoundingClientRect();
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  const ctx = canvas.getContext('2d', options);
  if (!ctx) throw new Error('canvas 2d context unavailable');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  return ctx;
}

/** Paints 0-255 grey pixels (white ink on black, as MNIST) into a side x side ImageData. */
export function greyImage(pixels: ArrayLike<number>, side: number, scale = 1): ImageData {
  const image = new ImageData(side, side);
  for (let i = 0; i < side * side; i++) {
    const v = Math.round(pixels[i]! * scale);
    image.data.set([v, v, v, 255], 4 * i);
  }
  return image;
}
