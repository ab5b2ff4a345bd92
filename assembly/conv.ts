// im2col / col2im for NCHW float32: cols[n, (c*kh + i)*kw + j, oh*ow].
import { geo, G_BATCH, G_CHANNELS, G_HEIGHT, G_WIDTH, G_KH, G_KW, G_SH, G_SW, G_PH, G_PW, G_DH, G_DW, G_OH, G_OW } from './geometry';
import { fmadd, hsum } from './simd';

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

/**
 * out[n, co, oh, ow] = Σ x[n, ci, oh + i - ph, ow + j - pw] · w[co, ci, i, j] for
 * stride 1, dilation 1: no [K, L] column matrix. Four output channels x eight
 * output columns per step (8 accumulators): for few input channels (LeNet's
 * first layer, K = 25) im2col's copy costs more than the product it feeds.
 * For batches too small to fill conv2d_batched_f32's lanes (see
 * usesBatchedConv in src/backend/cpu/choices.ts).
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

/** Bytes of scratch conv2d_batched_f32 needs: input and output eight images wide, packed weights, tap offsets. */
export function conv2d_batched_scratch_bytes(g: usize, outC: i32): i32 {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS);
  const taps = C * geo(g, G_KH) * geo(g, G_KW);
  const blocks = (outC + 3) >> 2;
  const Hp = geo(g, G_HEIGHT) + 2 * geo(g, G_PH), Wp = geo(g, G_WIDTH) + 2 * geo(g, G_PW); // at most
  return ((N + 7) >> 3) * (C * Hp * Wp + blocks * 4 * geo(g, G_OH) * geo(g, G_OW)) * 32 + blocks * taps * 16 + taps * 4;
}

/** Writes the 4x4 transpose of r0..r3: lane i of every r goes to dst + i * pitch. */
@inline function transpose4(dst: usize, pitch: usize, r0: v128, r1: v128, r2: v128, r3: v128): void {
  const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5);
  const t1 = i32x4.shuffle(r0, r1, 2, 6, 3, 7);
  const t2 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
  const t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
  v128.store(dst, i32x4.shuffle(t0, t2, 0, 1, 4, 5));
  v128.store(dst + pitch, i32x4.shuffle(t0, t2, 2, 3, 6, 7));
  v128.store(dst + 2 * pitch, i32x4.shuffle(t1, t3, 0, 1, 4, 5));
  v128.store(dst + 3 * pitch, i32x4.shuffle(t1, t3, 2, 3, 6, 7));
}

/**
 * Interleaves `count` rows of n floats (rows `src` + m * srcPitch, m < count <= 4)
 * into dst: element t of row m goes to dst + t * 32 + m * 4 (eight-image lanes).
 */
@inline function interleave4(dst: usize, src: usize, srcPitch: usize, n: i32, count: i32): void {
  let t = 0;
  if (count == 4) {
    for (; t + 4 <= n; t += 4) {
      const s = src + (<usize>t << 2);
      transpose4(dst + (<usize>t << 5), 32, v128.load(s), v128.load(s + srcPitch), v128.load(s + 2 * srcPitch), v128.load(s + 3 * srcPitch));
    }
  }
  for (; t < n; t++) {
    for (let m = 0; m < count; m++) store<f32>(dst + (<usize>t << 5) + (<usize>m << 2), load<f32>(src + <usize>m * srcPitch + (<usize>t << 2)));
  }
}

/** The inverse of interleave4: element t of lane m (dst + t * 32 + m * 4 in src) goes to row m of dst. */
@inline function deinterleave4(dst: usize, dstPitch: usize, src: usize, n: i32, count: i32): void {
  let t = 0;
  if (count == 4) {
    for (; t + 4 <= n; t += 4) {
      const s = src + (<usize>t << 5);
      transpose4(dst + (<usize>t << 2), dstPitch, v128.load(s), v128.load(s, 32), v128.load(s, 64), v128.load(s, 96));
    }
  }
  for (; t < n; t++) {
    for (let m = 0; m < count; m++) store<f32>(dst + <usize>m * dstPitch + (<usize>t << 2), load<f32>(src + (<usize>t << 5) + (<usize>m << 2)));
  }
}

/**
 * out[n, co, oh, ow] = Σ x[n, ci, oh + i - ph, ow + j - pw] · w(co, ci, i, j)
 * for stride 1, dilation 1, vectorised over the batch: input and output
 * repacked eight images wide ([N/8, C, H, W, 8]), four output channels x
 * eight images per step, one flat loop over a window's taps (offsets from a
 * table: measured 1.15x faster than nested channel/row/column loops). No lane
 * is wasted on short rows (LeNet conv2: OW = 10) when N is a multiple of 8.
 * With flip = 1 this computes conv2d's input gradient: w is then the forward
 * weight [C, outC, kh, kw], read transposed and flipped, padding kh-1-ph, and
 * taps that fall in the padding (most of the window for small images) are
 * skipped rather than multiplied by zeros. One output channel (LeNet conv1's
 * input gradient) steps over four output columns instead (conv1ChannelBatched),
 * and a last block of one or two channels over two (conv2ChannelsBatched).
 * scratch: conv2d_batched_scratch_bytes(g, outC).
 */
export function conv2d_batched_f32(out: usize, x: usize, w: usize, g: usize, outC: i32, scratch: usize, flip: i32): void {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS), H0 = geo(g, G_HEIGHT), W0 = geo(g, G_WIDTH);
  const KH = geo(g, G_KH), KW = geo(g, G_KW), PH0 = geo(g, G_PH), PW0 = geo(g, G_PW);
  const OH = geo(g, G_OH), OW = geo(g, G_OW);
  const taps = C * KH * KW;
  const NB = (N + 7) >> 3;
  const blocks = (outC + 3) >> 2;
  const L = OH * OW;
  // One output channel would fill one lane of four: a step then computes four
  // neighbouring output columns instead (the kernel row must span the three
  // columns its first and last steps unroll).
  const wide = outC == 1 && KW >= 3;
  // A forward conv's padding is stored (zeros), so every window is whole and
  // runs one loop over all taps; an input gradient's (k-1-p, most of the
  // window for small images) is skipped instead, except when four windows
  // side by side share one run of taps (wide): there a column in the padding
  // must read zeros.
  const SPH = flip && !wide ? 0 : PH0, SPW = flip && !wide ? 0 : PW0;
  const H = H0 + 2 * SPH, W = W0 + 2 * SPW;
  const PH = PH0 - SPH, PW = PW0 - SPW;
  const xp = scratch;
  const blockBytes = <usize>(C * H * W) << 5;
  // padding, and lanes of missing images, must hold numbers (not stale NaNs or denormals)
  if (SPH | SPW) memory.fill(xp, 0, <usize>NB * blockBytes);
  else if (N & 7) memory.fill(xp + <usize>(NB - 1) * blockBytes, 0, blockBytes);
  const imgBytes = <usize>(C * H0 * W0) << 2;
  for (let nb = 0; nb < NB; nb++) {
    for (let half = 0; half < 2; half++) {
      const count = min(4, N - 8 * nb - 4 * half);
      if (count <= 0) break;
      const src = x + <usize>(8 * nb + 4 * half) * imgBytes;
      const dst = xp + <usize>nb * blockBytes + (<usize>half << 4);
      if (!(SPH | SPW)) {
        interleave4(dst, src, imgBytes, C * H0 * W0, count);
        continue;
      }
      for (let c = 0; c < C; c++) {
        for (let h = 0; h < H0; h++) {
          interleave4(dst + (<usize>((c * H + h + SPH) * W + SPW) << 5), src + (<usize>((c * H0 + h) * W0) << 2), imgBytes, W0, count);
        }
      }
    }
  }
  const wp = xp + <usize>NB * blockBytes;
  if (wide) {
    // output after the packed weights, where conv2d_batched_scratch_bytes puts it
    const op = wp + (<usize>(blocks * taps) << 4) + (<usize>taps << 2);
    conv1ChannelBatched(op, xp, blockBytes, w, wp, flip, NB, C, H0, SPH, H, W, KH, KW, OH, OW);
    unpackBatched(out, op, N, outC, blocks, L);
    return;
  }
  // taps in (i, j, ci) order, so a window's rows inside the input are one run of taps
  for (let b = 0; b < blocks; b++) {
    for (let i = 0, t = 0; i < KH; i++) {
      for (let j = 0; j < KW; j++) {
        for (let ci = 0; ci < C; ci++, t++) {
          for (let c = 0; c < 4; c++) {
            const co = 4 * b + c;
            const src = flip ? ((ci * outC + co) * KH + KH - 1 - i) * KW + KW - 1 - j : ((co * C + ci) * KH + i) * KW + j;
            store<f32>(wp + (<usize>((b * taps + t) * 4 + c) << 2), co < outC ? load<f32>(w + (<usize>src << 2)) : 0);
          }
        }
      }
    }
  }
  // byte offset of each tap from its window's corner
  const tab = wp + (<usize>(blocks * taps) << 4);
  for (let i = 0, t = 0; i < KH; i++) {
    for (let j = 0; j < KW; j++) {
      for (let ci = 0; ci < C; ci++, t++) store<i32>(tab + (<usize>t << 2), ((ci * H + i) * W + j) << 5);
    }
  }
  // output as [N/8, blocks * 4, L, 8], unpacked at the end
  const op = tab + (<usize>taps << 2);
  const chanBytes = <usize>L << 5;
  const rowTaps = KW * C;
  for (let nb = 0; nb < NB; nb++) {
    const xb = xp + <usize>nb * blockBytes;
    for (let b = 0; b < blocks; b++) {
      const wb = wp + (<usize>(b * taps) << 4);
      let o = op + (<usize>(nb * blocks + b) * 4) * chanBytes;
      if (outC - 4 * b <= 2) {
        conv2ChannelsBatched(o, xb, wb, tab, chanBytes, C, H, W, KH, KW, PH, PW, OH, OW);
        continue;
      }
      for (let oh = 0; oh < OH; oh++) {
        const ilo = max(0, PH - oh), ihi = min(KH, H + PH - oh);
        for (let ow = 0; ow < OW; ow++) {
          const jlo = max(0, PW - ow), jhi = min(KW, W + PW - ow);
          // NOTE: the corner may lie before the image (in the padding); only in-range taps are added to it.
          const corner = xb + <usize>(((oh - PH) * W + ow - PW) << 5);
          let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
          // whole rows in range: one run over rows ilo..ihi; else one run per row
          const full = jlo == 0 && jhi == KW;
          for (let i = ilo; i < ihi; i = full ? ihi : i + 1) {
            const t0 = i * rowTaps + jlo * C;
            const t1 = full ? ihi * rowTaps : i * rowTaps + jhi * C;
            let wt = wb + (<usize>t0 << 4);
            for (let t = t0; t < t1; t++) {
              const p = corner + <usize>load<i32>(tab + (<usize>t << 2));
              const x0 = v128.load(p);
              const x1 = v128.load(p, 16);
              // NOTE: measured faster than four broadcast loads (as in matmul.ts)
              const wv = v128.load(wt);
              let s = i32x4.shuffle(wv, wv, 0, 0, 0, 0);
              a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
              s = i32x4.shuffle(wv, wv, 1, 1, 1, 1);
              a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
              s = i32x4.shuffle(wv, wv, 2, 2, 2, 2);
              a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
              s = i32x4.shuffle(wv, wv, 3, 3, 3, 3);
              a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
              wt += 16;
            }
          }
          v128.store(o, a0); v128.store(o, b0, 16);
          v128.store(o + chanBytes, a1); v128.store(o + chanBytes, b1, 16);
          v128.store(o + 2 * chanBytes, a2); v128.store(o + 2 * chanBytes, b2, 16);
          v128.store(o + 3 * chanBytes, a3); v128.store(o + 3 * chanBytes, b3, 16);
          o += 32;
        }
      }
    }
  }
  unpackBatched(out, op, N, outC, blocks, L);
}

/**
 * conv2d_batched_f32's steps for a last block of one or two output channels
 * (six channels: LeNet conv2's input gradient): two channels x two
 * neighbouring output columns x eight images per step (8 accumulators), so
 * no lanes go to the block's missing channels (one channel leaves half of
 * them idle, not three quarters). Column ow + 1 reads the same taps one pixel
 * (32 bytes) to the right. Where the padding is skipped (input gradients),
 * near the left edge its window rows start one tap before column ow's, and
 * near the right edge column ow's end one tap after: those taps run for the
 * one column alone.
 * o: the block's output, [4, OH * OW, 8]; wb: its packed weights; tab: tap offsets.
 */
@inline function conv2ChannelsBatched(o: usize, xb: usize, wb: usize, tab: usize, chanBytes: usize,
  C: i32, H: i32, W: i32, KH: i32, KW: i32, PH: i32, PW: i32, OH: i32, OW: i32): void {
  const rowTaps = KW * C;
  for (let oh = 0; oh < OH; oh++) {
    const ilo = max(0, PH - oh), ihi = min(KH, H + PH - oh);
    for (let ow = 0; ow < OW; ow += 2) {
      const two = ow + 1 < OW;
      // taps j of a window row in the input: [jlo0, jhi0) for column ow, [jlo1, jhi1) for ow + 1 (none past OW)
      const jlo0 = max(0, PW - ow), jhi0 = min(KW, W + PW - ow);
      const jlo1 = two ? max(0, PW - ow - 1) : jlo0, jhi1 = two ? min(KW, W + PW - ow - 1) : jlo0;
      // NOTE: the corner may lie before the image (in the padding); only in-range taps are added to it.
      const corner = xb + <usize>(((oh - PH) * W + ow - PW) << 5);
      // a0..b1: column ow, channels 0 and 1; a2..b3: column ow + 1
      let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
      // both windows' rows whole: one run over rows ilo..ihi; else one run per row
      const full = jlo0 == 0 && jhi1 == KW;
      for (let i = ilo; i < ihi; i = full ? ihi : i + 1) {
        const r = i * rowTaps;
        // column ow + 1 alone
        let wt = wb + (<usize>(r + jlo1 * C) << 4);
        for (let t = r + jlo1 * C; t < r + jlo0 * C; t++) {
          const p = corner + 32 + <usize>load<i32>(tab + (<usize>t << 2));
          const x0 = v128.load(p), x1 = v128.load(p, 16);
          let s = v128.load32_splat(wt);
          a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
          s = v128.load32_splat(wt, 4);
          a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
          wt += 16;
        }
        // both columns
        const t1 = full ? ihi * rowTaps : r + jhi1 * C;
        for (let t = r + jlo0 * C; t < t1; t++) {
          const p = corner + <usize>load<i32>(tab + (<usize>t << 2));
          const s0 = v128.load32_splat(wt), s1 = v128.load32_splat(wt, 4);
          let x0 = v128.load(p), x1 = v128.load(p, 16);
          a0 = fmadd(a0, s0, x0); b0 = fmadd(b0, s0, x1);
          a1 = fmadd(a1, s1, x0); b1 = fmadd(b1, s1, x1);
          x0 = v128.load(p, 32); x1 = v128.load(p, 48);
          a2 = fmadd(a2, s0, x0); b2 = fmadd(b2, s0, x1);
          a3 = fmadd(a3, s1, x0); b3 = fmadd(b3, s1, x1);
          wt += 16;
        }
        // column ow alone
        for (let t = t1; t < r + jhi0 * C; t++) {
          const p = corner + <usize>load<i32>(tab + (<usize>t << 2));
          const x0 = v128.load(p), x1 = v128.load(p, 16);
          let s = v128.load32_splat(wt);
          a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
          s = v128.load32_splat(wt, 4);
          a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
          wt += 16;
        }
      }
      const q = o + (<usize>(oh * OW + ow) << 5);
      v128.store(q, a0); v128.store(q, b0, 16);
      v128.store(q + chanBytes, a1); v128.store(q + chanBytes, b1, 16);
      if (two) {
        v128.store(q, a2, 32); v128.store(q, b2, 48);
        v128.store(q + chanBytes, a3, 32); v128.store(q + chanBytes, b3, 48);
      }
    }
  }
}

/** Output [N/8, blocks * 4, L, 8] (conv2d_batched_f32's) back to [N, outC, L]. */
@inline function unpackBatched(out: usize, op: usize, N: i32, outC: i32, blocks: i32, L: i32): void {
  const chanBytes = <usize>L << 5;
  const outImg = <usize>(outC * L) << 2;
  const NB = (N + 7) >> 3;
  for (let nb = 0; nb < NB; nb++) {
    for (let half = 0; half < 2; half++) {
      const count = min(4, N - 8 * nb - 4 * half);
      if (count <= 0) break;
      for (let co = 0; co < outC; co++) {
        deinterleave4(out + <usize>(8 * nb + 4 * half) * outImg + (<usize>(co * L) << 2), outImg,
          op + <usize>(nb * blocks * 4 + co) * chanBytes + (<usize>half << 4), L, count);
      }
    }
  }
}

/**
 * conv2d_batched_f32's steps for one output channel (kw >= 3): four output
 * columns x eight images per step (8 accumulators). Along a window row,
 * input column c feeds output column q through tap j = c - q, so each input
 * vector is loaded once for up to four taps, whose weights come as one vector
 * (w[c-3..c], from rows zero-padded by 3 on each side) and four shuffles: the
 * same loads and shuffles per product as the four-channel steps. The input's
 * padding is stored (SPH rows, and columns): window rows wholly inside it are
 * skipped, columns multiply its zeros.
 */
@inline function conv1ChannelBatched(op: usize, xp: usize, blockBytes: usize, w: usize, wp: usize, flip: i32,
  NB: i32, C: i32, H0: i32, SPH: i32, H: i32, W: i32, KH: i32, KW: i32, OH: i32, OW: i32): void {
  // weight rows [KH, C, 3 + KW + 3]: within the [blocks * taps, 4] floats reserved for them as KW >= 2
  const WR = KW + 6;
  memory.fill(wp, 0, <usize>(KH * C * WR) << 2);
  for (let i = 0; i < KH; i++) {
    for (let ci = 0; ci < C; ci++) {
      for (let j = 0; j < KW; j++) {
        const src = flip ? (ci * KH + KH - 1 - i) * KW + KW - 1 - j : (ci * KH + i) * KW + j;
        store<f32>(wp + (<usize>((i * C + ci) * WR + 3 + j) << 2), load<f32>(w + (<usize>src << 2)));
      }
    }
  }
  const rowBytes = <usize>(H * W) << 5;
  for (let nb = 0; nb < NB; nb++) {
    const xb = xp + <usize>nb * blockBytes;
    // one channel: its block of four holds it at channel 0 (conv2d_batched_scratch_bytes' layout)
    const ob = op + (<usize>(nb * 4 * OH * OW) << 5);
    for (let oh = 0; oh < OH; oh++) {
      const ilo = max(0, SPH - oh), ihi = min(KH, SPH + H0 - oh);
      for (let ow = 0; ow < OW; ow += 4) {
        // NOTE: columns past OW (the last step of a row) read up to 3 pixels past the row, and past
        // the last block into the packed weights that follow; their sums are never stored.
        let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        for (let i = ilo; i < ihi; i++) {
          let p = xb + (<usize>((oh + i) * W + ow) << 5);
          let wr = wp + (<usize>(i * C * WR) << 2);
          for (let ci = 0; ci < C; ci++) {
            // c = 0, 1, 2: the columns' taps for pixels q <= c
            let x0 = v128.load(p), x1 = v128.load(p, 16);
            let wv = v128.load(wr);
            let s = i32x4.shuffle(wv, wv, 3, 3, 3, 3);
            a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
            x0 = v128.load(p, 32); x1 = v128.load(p, 48);
            wv = v128.load(wr, 4);
            s = i32x4.shuffle(wv, wv, 3, 3, 3, 3);
            a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
            s = i32x4.shuffle(wv, wv, 2, 2, 2, 2);
            a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
            x0 = v128.load(p, 64); x1 = v128.load(p, 80);
            wv = v128.load(wr, 8);
            s = i32x4.shuffle(wv, wv, 3, 3, 3, 3);
            a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
            s = i32x4.shuffle(wv, wv, 2, 2, 2, 2);
            a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
            s = i32x4.shuffle(wv, wv, 1, 1, 1, 1);
            a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
            // c = 3 .. KW - 1: all four pixels
            let pc = p + 96, wc = wr + 12;
            for (let c = 3; c < KW; c++) {
              x0 = v128.load(pc); x1 = v128.load(pc, 16);
              wv = v128.load(wc);
              s = i32x4.shuffle(wv, wv, 3, 3, 3, 3);
              a0 = fmadd(a0, s, x0); b0 = fmadd(b0, s, x1);
              s = i32x4.shuffle(wv, wv, 2, 2, 2, 2);
              a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
              s = i32x4.shuffle(wv, wv, 1, 1, 1, 1);
              a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
              s = i32x4.shuffle(wv, wv, 0, 0, 0, 0);
              a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
              pc += 32; wc += 4;
            }
            // c = KW, KW + 1, KW + 2: pixels q > c - KW
            x0 = v128.load(pc); x1 = v128.load(pc, 16);
            wv = v128.load(wc);
            s = i32x4.shuffle(wv, wv, 2, 2, 2, 2);
            a1 = fmadd(a1, s, x0); b1 = fmadd(b1, s, x1);
            s = i32x4.shuffle(wv, wv, 1, 1, 1, 1);
            a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
            s = i32x4.shuffle(wv, wv, 0, 0, 0, 0);
            a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
            x0 = v128.load(pc, 32); x1 = v128.load(pc, 48);
            wv = v128.load(wc, 4);
            s = i32x4.shuffle(wv, wv, 1, 1, 1, 1);
            a2 = fmadd(a2, s, x0); b2 = fmadd(b2, s, x1);
            s = i32x4.shuffle(wv, wv, 0, 0, 0, 0);
            a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
            x0 = v128.load(pc, 64); x1 = v128.load(pc, 80);
            wv = v128.load(wc, 8);
            s = i32x4.shuffle(wv, wv, 0, 0, 0, 0);
            a3 = fmadd(a3, s, x0); b3 = fmadd(b3, s, x1);
            p += rowBytes;
            wr += <usize>WR << 2;
          }
        }
        const n = min(4, OW - ow);
        const o = ob + (<usize>(oh * OW + ow) << 5);
        v128.store(o, a0); v128.store(o, b0, 16);
        if (n > 1) { v128.store(o, a1, 32); v128.store(o, b1, 48); }
        if (n > 2) { v128.store(o, a2, 64); v128.store(o, b2, 80); }
        if (n > 3) { v128.store(o, a3, 96); v128.store(o, b3, 112); }
      }
    }
  }
}

/** Bytes of scratch conv2d_weight_grad_f32 needs: input (zero-padded) and output gradient eight images wide. */
export function conv2d_weight_grad_scratch_bytes(g: usize, outC: i32): i32 {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS);
  const Hp = geo(g, G_HEIGHT) + 2 * geo(g, G_PH), Wp = geo(g, G_WIDTH) + 2 * geo(g, G_PW);
  return ((N + 7) >> 3) * (C * Hp * Wp + ((outC + 3) & ~3) * geo(g, G_OH) * geo(g, G_OW)) * 32;
}

/** Bytes of one eight-image block of packed x (zero-padded) in the weight gradient's scratch; dy's blocks follow all of x's. */
@inline function weightGradXBlock(g: usize): usize {
  return <usize>(geo(g, G_CHANNELS) * (geo(g, G_HEIGHT) + 2 * geo(g, G_PH)) * (geo(g, G_WIDTH) + 2 * geo(g, G_PW))) << 5;
}

/**
 * conv2d_weight_grad_f32's first phase for image blocks [nb0, nb1) (eight
 * images each): x (zero-padded) and dy repacked eight images wide as in
 * conv2d_batched_f32. A block's bytes are its own, so parts over disjoint
 * block ranges share one scratch.
 */
export function conv2d_weight_grad_pack_f32(x: usize, dy: usize, g: usize, outC: i32, nb0: i32, nb1: i32, scratch: usize): void {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS), H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH);
  const PH = geo(g, G_PH), PW = geo(g, G_PW);
  const Hp = H + 2 * PH, Wp = W + 2 * PW;
  const L = geo(g, G_OH) * geo(g, G_OW);
  const xBlock = weightGradXBlock(g);
  const dyBlock = <usize>(((outC + 3) & ~3) * L) << 5;
  const xp = scratch;
  const dyp = xp + <usize>((N + 7) >> 3) * xBlock;
  // zeros: padding, missing images' lanes, channels past outC
  memory.fill(xp + <usize>nb0 * xBlock, 0, <usize>(nb1 - nb0) * xBlock);
  memory.fill(dyp + <usize>nb0 * dyBlock, 0, <usize>(nb1 - nb0) * dyBlock);
  const xImg = <usize>(C * H * W) << 2, dyImg = <usize>(outC * L) << 2;
  for (let nb = nb0; nb < nb1; nb++) {
    for (let half = 0; half < 2; half++) {
      const count = min(4, N - 8 * nb - 4 * half);
      if (count <= 0) break;
      const n = 8 * nb + 4 * half;
      const xd = xp + <usize>nb * xBlock + (<usize>half << 4);
      for (let c = 0; c < C; c++) {
        for (let h = 0; h < H; h++) {
          interleave4(xd + (<usize>((c * Hp + h + PH) * Wp + PW) << 5), x + <usize>n * xImg + (<usize>((c * H + h) * W) << 2), xImg, W, count);
        }
      }
      interleave4(dyp + <usize>nb * dyBlock + (<usize>half << 4), dy + <usize>n * dyImg, dyImg, outC * L, count);
    }
  }
}

/** Byte offset of tap t = (ci, i, j) in a packed x block. */
@inline function tapOffset(t: i32, KH: i32, KW: i32, Hp: i32, Wp: i32): usize {
  const ci = t / (KH * KW), r = t % (KH * KW);
  return <usize>(((ci * Hp + r / KW) * Wp + r % KW) << 5);
}

/**
 * conv2d's weight gradient for stride 1, dilation 1, without a column matrix:
 * dw[co, ci, i, j] = Σ_n,oh,ow dy[n, co, oh, ow] · x[n, ci, oh + i - ph, ow + j - pw]
 * from the scratch conv2d_weight_grad_pack_f32 filled (all image blocks), for
 * units [u0, u1) of ceil(outC / 4) * pairs: unit u multiplies output channels
 * 4 * (u / pairs) .. + 3 by taps 2 * (u % pairs) and the next (8 accumulators)
 * over all images and pixels, lanes summed at the end. A unit's sums run in
 * the same order whatever range holds it: a split over units gives bitwise
 * the same result. scratch: conv2d_weight_grad_scratch_bytes(g, outC).
 */
export function conv2d_weight_grad_f32(dw: usize, g: usize, outC: i32, u0: i32, u1: i32, scratch: usize): void {
  const N = geo(g, G_BATCH), C = geo(g, G_CHANNELS), H = geo(g, G_HEIGHT), W = geo(g, G_WIDTH);
  const KH = geo(g, G_KH), KW = geo(g, G_KW), PH = geo(g, G_PH), PW = geo(g, G_PW);
  const OH = geo(g, G_OH), OW = geo(g, G_OW);
  const Hp = H + 2 * PH, Wp = W + 2 * PW;
  const taps = C * KH * KW;
  const pairs = (taps + 1) >> 1;
  const NB = (N + 7) >> 3;
  const L = OH * OW;
  const xBlock = weightGradXBlock(g);
  const dyBlock = <usize>(((outC + 3) & ~3) * L) << 5;
  const xp = scratch;
  const dyp = xp + <usize>NB * xBlock;
  const chanBytes = <usize>L << 5;
  const stride = <usize>taps << 2;
  for (let u = u0; u < u1; u++) {
    const b = (u / pairs) << 2, t = (u % pairs) << 1;
    const valid = min(4, outC - b);
    const tb = t + 1 < taps;
    const offA = tapOffset(t, KH, KW, Hp, Wp);
    const offB = tb ? tapOffset(t + 1, KH, KW, Hp, Wp) : offA; // an odd last tap pairs with itself
    const offAB = offB - offA;
    let a0 = f32x4.splat(0), a1 = a0, a2 = a0, a3 = a0, b0 = a0, b1 = a0, b2 = a0, b3 = a0;
    for (let nb = 0; nb < NB; nb++) {
      const xb = xp + <usize>nb * xBlock;
      let d = dyp + <usize>nb * dyBlock + <usize>b * chanBytes;
      for (let oh = 0; oh < OH; oh++) {
        // each pixel is two vectors (images 0-3, 4-7): walk them as 2 * OW steps of 16 bytes, by
        // pointers (V8 recomputed row + v * 16 + offset each step: ~13% slower at one thread)
        let p = xb + (<usize>(oh * Wp) << 5) + offA;
        for (const end = d + (<usize>OW << 5); d < end; p += 16) {
          const xa = v128.load(p), xB = v128.load(p + offAB);
          let s = v128.load(d);
          a0 = fmadd(a0, s, xa); b0 = fmadd(b0, s, xB);
          s = v128.load(d + chanBytes);
          a1 = fmadd(a1, s, xa); b1 = fmadd(b1, s, xB);
          s = v128.load(d + 2 * chanBytes);
          a2 = fmadd(a2, s, xa); b2 = fmadd(b2, s, xB);
          s = v128.load(d + 3 * chanBytes);
          a3 = fmadd(a3, s, xa); b3 = fmadd(b3, s, xB);
          d += 16;
        }
      }
    }
    const o = dw + (<usize>(b * taps + t) << 2);
    store<f32>(o, hsum(a0)); if (tb) store<f32>(o, hsum(b0), 4);
    if (valid > 1) { store<f32>(o + stride, hsum(a1)); if (tb) store<f32>(o + stride, hsum(b1), 4); }
    if (valid > 2) { store<f32>(o + 2 * stride, hsum(a2)); if (tb) store<f32>(o + 2 * stride, hsum(b2), 4); }
    if (valid > 3) { store<f32>(o + 3 * stride, hsum(a3)); if (tb) store<f32>(o + 3 * stride, hsum(b3), 4); }
  }
}

