// 2-D max / average pooling (NCHW float32), PyTorch's CPU index conventions.
import { geo, G_BATCH, G_CHANNELS, G_HEIGHT, G_WIDTH, G_KH, G_KW, G_SH, G_SW, G_PH, G_PW, G_DH, G_DW, G_OH, G_OW } from './geometry';

/** One output of max pooling, scalar: padding never wins (start from the first real pixel, value -inf). */
@inline function maxWindow(src: usize, out: usize, indices: usize, W: i32, h0: i32, h1: i32, DH: i32, w0: i32, w1: i32, DW: i32): void {
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
}

/**
 * Four neighbouring outputs whose windows lie inside the row (no column
 * padding), one lane each. Same rule as maxWindow, lane-wise: a candidate
 * replaces the best when greater or NaN, scanning (h, w) in order, so ties keep
 * the first maximum and a NaN wins as in PyTorch.
 */
@inline function maxWindow4(src: usize, out: usize, indices: usize, W: i32, h0: i32, h1: i32, DH: i32,
  w0: i32, KW: i32, DW: i32, SW: i32): void {
  let best = f32x4.splat(-Infinity);
  const laneOff = i32x4.mul(i32x4(0, 1, 2, 3), i32x4.splat(SW));
  let bestIdx = i32x4.add(i32x4.splat(h0 * W + w0), laneOff);
  for (let h = h0; h < h1; h += DH) {
    for (let j = 0; j < KW; j++) {
      const w = w0 + j * DW;
      const p = src + (<usize>(h * W + w) << 2);
      let v: v128;
      if (SW == 1) {
        v = v128.load(p);
      } else if (SW == 2) {
        // NOTE: reads one float past the last lane's pixel; the caller keeps that inside the row.
        v = i32x4.shuffle(v128.load(p), v128.load(p, 16), 0, 2, 4, 6);
      } else {
        const s = <usize>SW << 2;
        v = v128.load32_splat(p);
        v = f32x4.replace_lane(v, 1, load<f32>(p + s));
        v = f32x4.replace_lane(v, 2, load<f32>(p + 2 * s));
        v = f32x4.replace_lane(v, 3, load<f32>(p + 3 * s));
      }
      const take = v128.or(f32x4.gt(v, best), f32x4.ne(v, v));
      best = v128.bitselect(v, best, take);
      bestIdx = v128.bitselect(i32x4.add(i32x4.splat(h * W + w), laneOff), bestIdx, take);
    }
  }
  v128.store(out, best);
  v128.store(indices, bestIdx);
}

@inline function takeMax(best: v128, v: v128): v128 {
  return v128.or(f32x4.gt(v, best), f32x4.ne(v, v));
}

/**
 * The common 2x2 / stride 2 / no padding window (every window inside the
 * input), four outputs per step: one
 * pair of loads per input row gives both window columns. Starting from the
 * top-left pixel is the scalar rule's result too (-inf start, first real pixel's index).
 */
function maxPoolRows2x2(src: usize, out: usize, indices: usize, W: i32, OH: i32, OW: i32): void {
  const lanes = i32x4(0, 2, 4, 6);
  for (let oh = 0; oh < OH; oh++) {
    const row = 2 * oh * W;
    const r0 = src + (<usize>row << 2);
    const r1 = r0 + (<usize>W << 2);
    const o = out + (<usize>(oh * OW) << 2);
    const ix = indices + (<usize>(oh * OW) << 2);
    let ow = 0;
    // NOTE: a group reads 8 floats from 2*ow: all inside the row while 2*ow + 8 <= W.
    const groups = OW >= 4 && 2 * (OW - 4) + 8 <= W;
    for (; groups && ow < OW; ow += 4) {
      if (ow + 4 > OW) ow = OW - 4; // last group overlaps the previous one: same values rewritten
      const p0 = r0 + (<usize>ow << 3), p1 = r1 + (<usize>ow << 3);
      const lo0 = v128.load(p0), hi0 = v128.load(p0, 16);
      const lo1 = v128.load(p1), hi1 = v128.load(p1, 16);
      let best = i32x4.shuffle(lo0, hi0, 0, 2, 4, 6);
      let idx = i32x4.add(i32x4.splat(row + 2 * ow), lanes);
      let v = i32x4.shuffle(lo0, hi0, 1, 3, 5, 7);
      let t = takeMax(best, v);
      best = v128.bitselect(v, best, t);
      idx = v128.bitselect(i32x4.add(i32x4.splat(row + 2 * ow + 1), lanes), idx, t);
      v = i32x4.shuffle(lo1, hi1, 0, 2, 4, 6);
      t = takeMax(best, v);
      best = v128.bitselect(v, best, t);
      idx = v128.bitselect(i32x4.add(i32x4.splat(row + W + 2 * ow), lanes), idx, t);
      v = i32x4.shuffle(lo1, hi1, 1, 3, 5, 7);
      t = takeMax(best, v);
      best = v128.bitselect(v, best, t);
      idx = v128.bitselect(i32x4.add(i32x4.splat(row + W + 2 * ow + 1), lanes), idx, t);
      v128.store(o + (<usize>ow << 2), best);
      v128.store(ix + (<usize>ow << 2), idx);
    }
    for (; ow < OW; ow++) {
      maxWindow(src, o + (<usize>ow << 2), ix + (<usize>ow << 2), W, 2 * oh, 2 * oh + 2, 1, 2 * ow, 2 * ow + 2, 1);
    }
  }
}

export function maxpool2d_f32(out: usize, indices: usize, x: usize, g: usize): void {
  const planes = geo(g, G_BATCH) * geo(g, G_CHANNELS);
  const H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH), KH = geo(g, G_KH), KW = geo(g, G_KW);
  const SH = geo(g, G_SH), SW = geo(g, G_SW), PH = geo(g, G_PH), PW = geo(g, G_PW);
  const DH = geo(g, G_DH), DW = geo(g, G_DW), OH = geo(g, G_OH), OW = geo(g, G_OW);
  // Outputs [vLo, vHi) have windows fully inside a row (and, for stride 2, the
  // extra float the paired load reads): they run four at a time.
  const span = (KW - 1) * DW + (SW == 2 ? 1 : 0);
  const vLo = min(OW, PW > 0 ? (PW + SW - 1) / SW : 0);
  const vHi = W - span + PW > 0 ? max(vLo, min(OW, (W - span + PW - 1) / SW + 1)) : vLo;
  // (ceil mode can add a last window that hangs over the edge: those take the general path)
  const is2x2 = KH == 2 && KW == 2 && SH == 2 && SW == 2 && PH == 0 && PW == 0 && DH == 1 && DW == 1 &&
    2 * OH <= H && 2 * OW <= W;
  for (let p = 0; p < planes; p++) {
    const src = x + (<usize>p * <usize>H * <usize>W << 2);
    if (is2x2) {
      maxPoolRows2x2(src, out, indices, W, OH, OW);
      out += <usize>(OH * OW) << 2;
      indices += <usize>(OH * OW) << 2;
      continue;
    }
    for (let oh = 0; oh < OH; oh++) {
      let h0 = oh * SH - PH;
      const h1 = min(h0 + (KH - 1) * DH + 1, H);
      while (h0 < 0) h0 += DH;
      const rowOut = out + (<usize>(oh * OW) << 2);
      const rowIdx = indices + (<usize>(oh * OW) << 2);
      let ow = 0;
      for (; ow < OW; ow++) {
        if (ow >= vLo && ow + 4 <= vHi) {
          maxWindow4(src, rowOut + (<usize>ow << 2), rowIdx + (<usize>ow << 2), W, h0, h1, DH, ow * SW - PW, KW, DW, SW);
          ow += 3;
          continue;
        }
        let w0 = ow * SW - PW;
        const w1 = min(w0 + (KW - 1) * DW + 1, W);
        while (w0 < 0) w0 += DW;
        maxWindow(src, rowOut + (<usize>ow << 2), rowIdx + (<usize>ow << 2), W, h0, h1, DH, w0, w1, DW);
      }
    }
    out += <usize>(OH * OW) << 2;
    indices += <usize>(OH * OW) << 2;
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
