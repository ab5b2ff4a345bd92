// Fused scaled dot-product attention over contiguous blocks, one (batch*head)
// slice at a time: q [B, L, E], k [B, S, E], v [B, S, Ev], out [B, L, Ev].
// Each query row scores its keys into an S-long scratch row, so memory is
// O(S), never O(L * S). `causal` keeps keys s <= l (top-left aligned).
// lse [B, L] holds each row's log-sum-exp of the scaled scores: the backward
// recomputes the probabilities from it instead of storing them.
import { fmadd, hsum } from './simd';
import { vexp, vlog } from './vmath';

@inline function dot(a: usize, b: usize, n: i32): f32 {
  let acc = f32x4.splat(0.0);
  let i = 0;
  for (; i + 4 <= n; i += 4) acc = fmadd(acc, v128.load(a + (<usize>i << 2)), v128.load(b + (<usize>i << 2)));
  let r = hsum(acc);
  for (; i < n; i++) r += load<f32>(a + (<usize>i << 2)) * load<f32>(b + (<usize>i << 2));
  return r;
}

/** y[0..n) += alpha * x[0..n). */
@inline function axpy(y: usize, x: usize, alpha: f32, n: i32): void {
  const va = f32x4.splat(alpha);
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const p = y + (<usize>i << 2);
    v128.store(p, f32x4.add(v128.load(p), f32x4.mul(va, v128.load(x + (<usize>i << 2)))));
  }
  for (; i < n; i++) store<f32>(y + (<usize>i << 2), load<f32>(y + (<usize>i << 2)) + alpha * load<f32>(x + (<usize>i << 2)));
}

@inline function zero(p: usize, n: i32): void {
  memory.fill(p, 0, <usize>n << 2);
}

@inline function expf(x: f32): f32 {
  return f32x4.extract_lane(vexp(f32x4.splat(x)), 0);
}

/** Keys row l may see: all S, or s <= l when causal. */
@inline function visible(l: i32, S: i32, causal: i32): i32 {
  return causal ? min(S, l + 1) : S;
}

export function attention_f32(out: usize, lse: usize, q: usize, k: usize, v: usize, B: i32, L: i32, S: i32, E: i32, Ev: i32, scale: f32, causal: i32, scratch: usize): void {
  for (let b = 0; b < B; b++) {
    const qb = q + (<usize>b * <usize>L * <usize>E << 2);
    const kb = k + (<usize>b * <usize>S * <usize>E << 2);
    const vb = v + (<usize>b * <usize>S * <usize>Ev << 2);
    const ob = out + (<usize>b * <usize>L * <usize>Ev << 2);
    for (let l = 0; l < L; l++) {
      const ql = qb + (<usize>l * <usize>E << 2);
      const ol = ob + (<usize>l * <usize>Ev << 2);
      const n = visible(l, S, causal);
      let m: f32 = -Infinity;
      for (let s = 0; s < n; s++) {
        const x = dot(ql, kb + (<usize>s * <usize>E << 2), E) * scale;
        store<f32>(scratch + (<usize>s << 2), x);
        m = max(m, x);
      }
      let sum: f32 = 0;
      for (let s = 0; s < n; s++) {
        const p = expf(load<f32>(scratch + (<usize>s << 2)) - m);
        store<f32>(scratch + (<usize>s << 2), p);
        sum += p;
      }
      zero(ol, Ev);
      const inv: f32 = 1.0 / sum;
      for (let s = 0; s < n; s++) axpy(ol, vb + (<usize>s * <usize>Ev << 2), load<f32>(scratch + (<usize>s << 2)) * inv, Ev);
      store<f32>(lse + (<usize>(b * L + l) << 2), m + f32x4.extract_lane(vlog(f32x4.splat(sum)), 0));
    }
  }
}

/**
 * Gradients of attention_f32 from dout [B, L, Ev], its output and lse:
 * p = exp(score - lse), dv += p dout, ds = p (dout·v - dout·out),
 * dq += scale ds k, dk += scale ds q. dq, dk, dv are overwritten.
 */
export function attention_backward_f32(dq: usize, dk: usize, dv: usize, q: usize, k: usize, v: usize, out: usize, dout: usize, lse: usize,
  B: i32, L: i32, S: i32, E: i32, Ev: i32, scale: f32, causal: i32): void {
  zero(dq, B * L * E);
  zero(dk, B * S * E);
  zero(dv, B * S * Ev);
  for (let b = 0; b < B; b++) {
    const qOff = <usize>b * <usize>L * <usize>E << 2;
    const kOff = <usize>b * <usize>S * <usize>E << 2;
    const vOff = <usize>b * <usize>S * <usize>Ev << 2;
    const oOff = <usize>b * <usize>L * <usize>Ev << 2;
    for (let l = 0; l < L; l++) {
      const ql = q + qOff + (<usize>l * <usize>E << 2);
      const dql = dq + qOff + (<usize>l * <usize>E << 2);
      const gl = dout + oOff + (<usize>l * <usize>Ev << 2);
      const delta = dot(gl, out + oOff + (<usize>l * <usize>Ev << 2), Ev);
      const rowLse = load<f32>(lse + (<usize>(b * L + l) << 2));
      const n = visible(l, S, causal);
      for (let s = 0; s < n; s++) {
        const ks = k + kOff + (<usize>s * <usize>E << 2);
        const vs = v + vOff + (<usize>s * <usize>Ev << 2);
        const p = expf(dot(ql, ks, E) * scale - rowLse);
        axpy(dv + vOff + (<usize>s * <usize>Ev << 2), gl, p, Ev);
        const ds = p * (dot(gl, vs, Ev) - delta) * scale;
        axpy(dql, ks, ds, E);
        axpy(dk + kOff + (<usize>s * <usize>E << 2), ql, ds, E);
      }
    }
  }
}
