// Optimizer updates in place, one kernel per parameter instead of the
// four elementwise ops (and temporaries) they compose into.

import { SGD_FIRST, SGD_MAXIMIZE, SGD_MOMENTUM, SGD_NESTEROV } from './opcodes';

/**
 * PyTorch's SGD on n contiguous float32 values, p and buf updated in place:
 *   g = ±grad + wd·p;  buf = first ? g : m·buf + keep·g   (keep = 1 - dampening)
 *   p = p + (-lr)·(nesterov ? g + m·buf : buf)   (buf = g without momentum)
 * Each product is rounded before its sum (no fused multiply-add), so the
 * result is bitwise the composed ops' (mul, then add) on every build.
 */
export function sgd_f32(p: usize, grad: usize, buf: usize, n: i32, lr: f32, momentum: f32, keep: f32, wd: f32, flags: i32): void {
  const useBuf = (flags & SGD_MOMENTUM) != 0, first = (flags & SGD_FIRST) != 0;
  const nesterov = (flags & SGD_NESTEROV) != 0, maximize = (flags & SGD_MAXIMIZE) != 0;
  const step: f32 = -lr;
  const vStep = f32x4.splat(step), vKeep = f32x4.splat(keep), vM = f32x4.splat(momentum), vWd = f32x4.splat(wd);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const o = <usize>i << 2;
    const pv = v128.load(p + o);
    let g = v128.load(grad + o);
    if (maximize) g = f32x4.neg(g);
    if (wd != 0) g = f32x4.add(g, f32x4.mul(pv, vWd));
    let d = g;
    if (useBuf) {
      const b = first ? g : f32x4.add(f32x4.mul(v128.load(buf + o), vM), f32x4.mul(g, vKeep));
      v128.store(buf + o, b);
      d = nesterov ? f32x4.add(g, f32x4.mul(b, vM)) : b;
    }
    v128.store(p + o, f32x4.add(pv, f32x4.mul(d, vStep)));
  }
  for (; i < n; i++) {
    const o = <usize>i << 2;
    const pv = load<f32>(p + o);
    let g = load<f32>(grad + o);
    if (maximize) g = -g;
    if (wd != 0) g = g + pv * wd;
    let d = g;
    if (useBuf) {
      const b: f32 = first ? g : load<f32>(buf + o) * momentum + g * keep;
      store<f32>(buf + o, b);
      d = nesterov ? g + b * momentum : b;
    }
    store<f32>(p + o, pv + d * step);
  }
}
