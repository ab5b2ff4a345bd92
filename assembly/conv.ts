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
