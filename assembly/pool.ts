// 2-D max / average pooling (NCHW float32), PyTorch's CPU index conventions.
import { geo, G_BATCH, G_CHANNELS, G_HEIGHT, G_WIDTH, G_KH, G_KW, G_SH, G_SW, G_PH, G_PW, G_DH, G_DW, G_OH, G_OW } from './geometry';

export function maxpool2d_f32(out: usize, indices: usize, x: usize, g: usize): void {
  const planes = geo(g, G_BATCH) * geo(g, G_CHANNELS);
  const H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH), KH = geo(g, G_KH), KW = geo(g, G_KW);
  const SH = geo(g, G_SH), SW = geo(g, G_SW), PH = geo(g, G_PH), PW = geo(g, G_PW);
  const DH = geo(g, G_DH), DW = geo(g, G_DW), OH = geo(g, G_OH), OW = geo(g, G_OW);
  for (let p = 0; p < planes; p++) {
    const src = x + (<usize>p * <usize>H * <usize>W << 2);
    for (let oh = 0; oh < OH; oh++) {
      let h0 = oh * SH - PH;
      const h1 = min(h0 + (KH - 1) * DH + 1, H);
      while (h0 < 0) h0 += DH;
      for (let ow = 0; ow < OW; ow++) {
        let w0 = ow * SW - PW;
        const w1 = min(w0 + (KW - 1) * DW + 1, W);
        while (w0 < 0) w0 += DW;
        // padding never wins: start from the first real pixel, value -inf
        let best: f32 = -Infinity;
        let bestIdx = h0 * W + w0;
        for (let h = h0; h < h1; h += DH) {
          for (let w = w0; w < w1; w += DW) {
            const v = load<f32>(src + (<usize>(h * W + w) << 2));
            if (v > best || isNaN(v)) { best = v; bestIdx = h * W + w; }
          }
        }
        store<f32>(out, best);
        store<i32>(indices, bestIdx);
        out += 4;
        indices += 4;
      }
    }
  }
}

export function maxpool2d_backward_f32(gradIn: usize, gradOut: usize, indices: usize, g: usize): void {
  const planes = geo(g, G_BATCH) * geo(g, G_CHANNELS);
  const plane = <usize>geo(g, G_HEIGHT) * <usize>geo(g, G_WIDTH);
  const outPlane = geo(g, G_OH) * geo(g, G_OW);
  memory.fill(gradIn, 0, <usize>planes * plane << 2);
  for (let p = 0; p < planes; p++) {
    const dst = gradIn + (<usize>p * plane << 2);
    for (let i = 0; i < outPlane; i++) {
      const q = dst + (<usize>load<i32>(indices) << 2);
      store<f32>(q, load<f32>(q) + load<f32>(gradOut));
      gradOut += 4;
      indices += 4;
    }
  }
}

@inline function avgPool(forward: bool, y: usize, x: usize, g: usize, countIncludePad: i32): void {
  const planes = geo(g, G_BATCH) * geo(g, G_CHANNELS);
  const H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH), KH = geo(g, G_KH), KW = geo(g, G_KW);
  const SH = geo(g, G_SH), SW = geo(g, G_SW), PH = geo(g, G_PH), PW = geo(g, G_PW);
  const OH = geo(g, G_OH), OW = geo(g, G_OW);
  // forward: y = out, x = input; backward: y = gradOut, x = gradIn
  if (!forward) memory.fill(x, 0, <usize>planes * <usize>H * <usize>W << 2);
  for (let p = 0; p < planes; p++) {
    const plane = x + (<usize>p * <usize>H * <usize>W << 2);
    for (let oh = 0; oh < OH; oh++) {
      let h0 = oh * SH - PH;
      let h1 = min(h0 + KH, H + PH);
      for (let ow = 0; ow < OW; ow++) {
        let w0 = ow * SW - PW;
        let w1 = min(w0 + KW, W + PW);
        const poolSize = (h1 - h0) * (w1 - w0);
        const a0 = max(h0, 0), a1 = min(h1, H), b0 = max(w0, 0), b1 = min(w1, W);
        const cell = y + (<usize>((p * OH + oh) * OW + ow) << 2);
        if (a0 >= a1 || b0 >= b1) {
          if (forward) store<f32>(cell, 0);
          continue;
        }
        const divisor = <f32>(countIncludePad ? poolSize : (a1 - a0) * (b1 - b0));
        if (forward) {
          let s: f32 = 0;
          for (let h = a0; h < a1; h++) {
            for (let w = b0; w < b1; w++) s += load<f32>(plane + (<usize>(h * W + w) << 2));
          }
          store<f32>(cell, s / divisor);
        } else {
          const gv = load<f32>(cell) / divisor;
          for (let h = a0; h < a1; h++) {
            for (let w = b0; w < b1; w++) {
              const q = plane + (<usize>(h * W + w) << 2);
              store<f32>(q, load<f32>(q) + gv);
            }
          }
        }
      }
    }
  }
}

export function avgpool2d_f32(out: usize, x: usize, g: usize, countIncludePad: i32): void {
  avgPool(true, out, x, g, countIncludePad);
}

export function avgpool2d_backward_f32(gradIn: usize, gradOut: usize, g: usize, countIncludePad: i32): void {
  avgPool(false, gradOut, gradIn, g, countIncludePad);
}
