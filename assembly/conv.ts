// im2col / col2im for NCHW float32: cols[n, (c*kh + i)*kw + j, oh*ow].
import { geo, G_BATCH, G_CHANNELS, G_HEIGHT, G_WIDTH, G_KH, G_KW, G_SH, G_SW, G_PH, G_PW, G_DH, G_DW, G_OH, G_OW } from './geometry';

/** First ow with iw = ow*sw - pw + off >= 0, and one past the last with iw < W. */
@inline function owLo(sw: i32, pw: i32, off: i32): i32 {
  const need = pw - off; // ow*sw >= need
  return need <= 0 ? 0 : (need + sw - 1) / sw;
}

@inline function owHi(sw: i32, pw: i32, off: i32, W: i32, OW: i32): i32 {
  const lim = W + pw - off; // ow*sw < lim
  if (lim <= 0) return 0;
  return min(OW, (lim + sw - 1) / sw);
}

// NOTE: rows here are short (an output row, tens of floats); V8 lowers
// memory.copy / memory.fill to a runtime call whose fixed cost dominates
// at that size, so these inline loops are faster.
@inline function copyFloats(dst: usize, src: usize, n: i32): void {
  let t = 0;
  for (; t + 4 <= n; t += 4) v128.store(dst + (<usize>t << 2), v128.load(src + (<usize>t << 2)));
  for (; t < n; t++) store<f32>(dst + (<usize>t << 2), load<f32>(src + (<usize>t << 2)));
}

@inline function zeroFloats(dst: usize, n: i32): void {
  const z = f32x4.splat(0);
  let t = 0;
  for (; t + 4 <= n; t += 4) v128.store(dst + (<usize>t << 2), z);
  for (; t < n; t++) store<f32>(dst + (<usize>t << 2), 0);
}

@inline function im2colOrBack(toCols: bool, cols: usize, x: usize, g: usize): void {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS), H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH);
  const KH = geo(g, G_KH), KW = geo(g, G_KW), SH = geo(g, G_SH), SW = geo(g, G_SW);
  const PH = geo(g, G_PH), PW = geo(g, G_PW), DH = geo(g, G_DH), DW = geo(g, G_DW);
  const OH = geo(g, G_OH), OW = geo(g, G_OW);
  const plane = <usize>H * <usize>W;
  if (!toCols) memory.fill(x, 0, <usize>N * <usize>C * plane << 2);
  let col = cols;
  for (let n = 0; n < N; n++) {
    for (let c = 0; c < C; c++) {
      const src = x + ((<usize>n * <usize>C + <usize>c) * plane << 2);
      for (let i = 0; i < KH; i++) {
        for (let j = 0; j < KW; j++) {
          const offW = j * DW;
          const lo = min(OW, owLo(SW, PW, offW));
          const hi = max(lo, owHi(SW, PW, offW, W, OW));
          for (let oh = 0; oh < OH; oh++) {
            const ih = oh * SH - PH + i * DH;
            const rowOut = col + (<usize>(oh * OW) << 2);
            if (ih < 0 || ih >= H) {
              if (toCols) zeroFloats(rowOut, OW);
              continue;
            }
            const rowIn = src + (<usize>ih * <usize>W << 2);
            if (toCols) {
              if (lo > 0) zeroFloats(rowOut, lo);
              if (SW == 1) {
                copyFloats(rowOut + (<usize>lo << 2), rowIn + (<usize>(lo - PW + offW) << 2), hi - lo);
              } else {
                for (let ow = lo; ow < hi; ow++) {
                  store<f32>(rowOut + (<usize>ow << 2), load<f32>(rowIn + (<usize>(ow * SW - PW + offW) << 2)));
                }
              }
              if (hi < OW) zeroFloats(rowOut + (<usize>hi << 2), OW - hi);
            } else if (SW == 1) {
              // both sides contiguous: add 4 at a time
              const dst = rowIn + (<usize>(lo - PW + offW) << 2);
              const srcCol = rowOut + (<usize>lo << 2);
              const cnt = hi - lo;
              let t = 0;
              for (; t + 4 <= cnt; t += 4) {
                const q = dst + (<usize>t << 2);
                v128.store(q, f32x4.add(v128.load(q), v128.load(srcCol + (<usize>t << 2))));
              }
              for (; t < cnt; t++) {
                const q = dst + (<usize>t << 2);
                store<f32>(q, load<f32>(q) + load<f32>(srcCol + (<usize>t << 2)));
              }
            } else {
              for (let ow = lo; ow < hi; ow++) {
                const p = rowIn + (<usize>(ow * SW - PW + offW) << 2);
                store<f32>(p, load<f32>(p) + load<f32>(rowOut + (<usize>ow << 2)));
              }
            }
          }
          col += <usize>(OH * OW) << 2;
        }
      }
    }
  }
}

export function im2col_f32(cols: usize, x: usize, g: usize): void {
  im2colOrBack(true, cols, x, g);
}

/** Adjoint of im2col: x = 0, then every column entry is added back to the pixel it read. */
export function col2im_f32(x: usize, cols: usize, g: usize): void {
  im2colOrBack(false, cols, x, g);
}

// ---------------------------------------------------------------- direct convolution

/** Bytes of scratch conv2d_direct_f32 needs: the zero-padded input (+ slack for the last row's vector over-read) and packed weights. */
export function conv2d_direct_scratch_bytes(g: usize, outC: i32): i32 {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS);
  const Hp = geo(g, G_HEIGHT) + 2 * geo(g, G_PH), Wp = geo(g, G_WIDTH) + 2 * geo(g, G_PW);
  const taps = C * geo(g, G_KH) * geo(g, G_KW);
  return (N * C * Hp * Wp + 8) * 4 + ((outC + 3) >> 2) * taps * 16;
}

@inline function storeLanes(p: usize, v: v128, count: i32): void {
  if (count >= 4) {
    v128.store(p, v);
    return;
  }
  store<f32>(p, f32x4.extract_lane(v, 0));
  if (count > 1) store<f32>(p, f32x4.extract_lane(v, 1), 4);
  if (count > 2) store<f32>(p, f32x4.extract_lane(v, 2), 8);
  if (count > 3) store<f32>(p, f32x4.extract_lane(v, 3), 12);
}

@inline function fmadd(acc: v128, a: v128, b: v128): v128 {
  return f32x4.add(acc, f32x4.mul(a, b));
}

/**
 * out[n, co, oh, ow] = Σ x[n, ci, oh + i - ph, ow + j - pw] · w[co, ci, i, j] for
 * stride 1, dilation 1: no [K, L] column matrix. Four output channels x eight
 * output columns per step (8 accumulators): for few input channels (LeNet's
 * first layer, K = 25) im2col's copy costs more than the product it feeds.
 * scratch: conv2d_direct_scratch_bytes(g, outC).
 */
export function conv2d_direct_f32(out: usize, x: usize, w: usize, g: usize, outC: i32, scratch: usize): void {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS), H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH);
  const KH = geo(g, G_KH), KW = geo(g, G_KW), PH = geo(g, G_PH), PW = geo(g, G_PW);
  const OH = geo(g, G_OH), OW = geo(g, G_OW);
  const Hp = H + 2 * PH, Wp = W + 2 * PW;
  const taps = C * KH * KW;
  // zero-padded input: the inner loop then needs no bounds checks
  const xp = scratch;
  const padded = <usize>(N * C * Hp * Wp + 8) << 2;
  memory.fill(xp, 0, padded);
  for (let p = 0; p < N * C; p++) {
    for (let h = 0; h < H; h++) {
      copyFloats(xp + (<usize>((p * Hp + h + PH) * Wp + PW) << 2), x + (<usize>((p * H + h) * W) << 2), W);
    }
  }
  // weights as [outC / 4, taps, 4]: one broadcast load per (channel, tap); missing channels are 0
  const blocks = (outC + 3) >> 2;
  const wp = xp + padded;
  for (let b = 0; b < blocks; b++) {
    for (let t = 0; t < taps; t++) {
      for (let c = 0; c < 4; c++) {
        const co = 4 * b + c;
        store<f32>(wp + (<usize>((b * taps + t) * 4 + c) << 2), co < outC ? load<f32>(w + (<usize>(co * taps + t) << 2)) : 0);
      }
    }
  }
  const rowBytes = <usize>Wp << 2;
  for (let n = 0; n < N; n++) {
    for (let b = 0; b < blocks; b++) {
      const valid = min(4, outC - 4 * b);
      const wb = wp + (<usize>(b * taps) << 4);
      for (let oh = 0; oh < OH; oh++) {
        const o0 = out + (<usize>(((n * outC + 4 * b) * OH + oh) * OW) << 2);
        const plane = <usize>(OH * OW) << 2;
        for (let ow = 0; ow < OW; ow += 8) {
          let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
          let wt = wb;
          for (let ci = 0; ci < C; ci++) {
            const base = xp + (<usize>(((n * C + ci) * Hp + oh) * Wp + ow) << 2);
            for (let i = 0; i < KH; i++) {
              const row = base + <usize>i * rowBytes;
              for (let j = 0; j < KW; j++) {
                // NOTE: reads up to 7 floats past the row: the next row, or the slack after the buffer.
                const x0 = v128.load(row + (<usize>j << 2));
                const x1 = v128.load(row + (<usize>j << 2), 16);
                let s = v128.load32_splat(wt);
                a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
                s = v128.load32_splat(wt, 4);
                a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
                s = v128.load32_splat(wt, 8);
                a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
                s = v128.load32_splat(wt, 12);
                a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
                wt += 16;
              }
            }
          }
          const lo = min(4, OW - ow), hi = min(4, OW - ow - 4);
          const o = o0 + (<usize>ow << 2);
          storeLanes(o, a0, lo);
          if (hi > 0) storeLanes(o + 16, b0, hi);
          if (valid > 1) { storeLanes(o + plane, a1, lo); if (hi > 0) storeLanes(o + plane + 16, b1, hi); }
          if (valid > 2) { storeLanes(o + 2 * plane, a2, lo); if (hi > 0) storeLanes(o + 2 * plane + 16, b2, hi); }
          if (valid > 3) { storeLanes(o + 3 * plane, a3, lo); if (hi > 0) storeLanes(o + 3 * plane + 16, b3, hi); }
        }
      }
    }
  }
}
