// SIMD (f32x4) transcendentals. Mathf.* is scalar and slow; these polynomials
// (Cephes-style range reduction) stay within a few ulp and handle inf/NaN/0.

/** 1.5 * 2^23: adding it rounds |x| < 2^22 to an integer held in the low mantissa bits. */
const MAGIC: f32 = 12582912.0;
const MAGIC_BITS: i32 = 0x4b400000;

@inline function fsplat(x: f32): v128 {
  return f32x4.splat(x);
}

@inline function madd(a: v128, b: v128, c: v128): v128 {
  return f32x4.add(f32x4.mul(a, b), c);
}

/** 2^n for integer lanes n in [-126, 127]. */
@inline function pow2i(n: v128): v128 {
  return i32x4.shl(i32x4.add(n, i32x4.splat(127)), 23);
}

@inline export function vexp(x: v128): v128 {
  // Clamp keeps the integer conversion in range; the split scaling below turns
  // the clamped extremes into exactly 0 and inf.
  // pmin/pmax are single instructions on x64 (min/max are not) and keep NaN here.
  const xc = f32x4.pmin(f32x4.pmax(x, fsplat(-104.0)), fsplat(89.0));
  // Round to nearest with the 1.5 * 2^23 trick: t's low mantissa bits hold n.
  const t = f32x4.add(f32x4.mul(xc, fsplat(1.44269504088896341)), fsplat(MAGIC));
  const fn = f32x4.sub(t, fsplat(MAGIC));
  let r = f32x4.sub(xc, f32x4.mul(fn, fsplat(0.693359375)));
  r = f32x4.sub(r, f32x4.mul(fn, fsplat(-2.12194440e-4)));
  let p = fsplat(1.9875691500e-4);
  p = madd(p, r, fsplat(1.3981999507e-3));
  p = madd(p, r, fsplat(8.3334519073e-3));
  p = madd(p, r, fsplat(4.1665795894e-2));
  p = madd(p, r, fsplat(1.6666665459e-1));
  p = madd(p, r, fsplat(5.0000001201e-1));
  p = f32x4.add(madd(f32x4.mul(p, r), r, r), fsplat(1.0));
  const n = i32x4.sub(t, i32x4.splat(MAGIC_BITS));
  // NOTE: 2^n is built in two halves so n in [-150, 129] never overflows the
  // exponent field; the products round to denormals / inf correctly.
  const n1 = i32x4.shr_s(n, 1);
  const n2 = i32x4.sub(n, n1);
  return f32x4.mul(f32x4.mul(p, pow2i(n1)), pow2i(n2));
}

export function vlog(x: v128): v128 {
  // Denormals: scale by 2^23 first so the exponent extraction works.
  const tiny = f32x4.lt(x, fsplat(1.17549435e-38));
  const xs = v128.bitselect(f32x4.mul(x, fsplat(8388608.0)), x, tiny);
  let e = i32x4.sub(i32x4.shr_u(xs, 23), i32x4.splat(126));
  e = i32x4.sub(e, v128.and(tiny, i32x4.splat(23)));
  // mantissa in [0.5, 1)
  let m = v128.or(v128.and(xs, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000));
  const small = f32x4.lt(m, fsplat(0.707106781186547524));
  // if m < sqrt(1/2): e -= 1, m = 2m - 1 else m = m - 1
  e = i32x4.add(e, small); // mask lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, small)), fsplat(1.0));
  const fe = f32x4.convert_i32x4_s(e);
  const z = f32x4.mul(m, m);
  let p = fsplat(7.0376836292e-2);
  p = madd(p, m, fsplat(-1.1514610310e-1));
  p = madd(p, m, fsplat(1.1676998740e-1));
  p = madd(p, m, fsplat(-1.2420140846e-1));
  p = madd(p, m, fsplat(1.4249322787e-1));
  p = madd(p, m, fsplat(-1.6668057665e-1));
  p = madd(p, m, fsplat(2.0000714765e-1));
  p = madd(p, m, fsplat(-2.4999993993e-1));
  p = madd(p, m, fsplat(3.3333331174e-1));
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = madd(fe, fsplat(-2.12194440e-4), y);
  y = madd(z, fsplat(-0.5), y);
  let r = f32x4.add(m, y);
  r = madd(fe, fsplat(0.693359375), r);
  // Specials: log(0) = -inf, log(<0) = NaN, log(inf) = inf, NaN stays NaN.
  r = v128.bitselect(fsplat(-Infinity), r, f32x4.eq(x, fsplat(0.0)));
  r = v128.bitselect(fsplat(NaN), r, f32x4.lt(x, fsplat(0.0)));
  r = v128.bitselect(x, r, f32x4.eq(x, fsplat(Infinity)));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}

/** log(1+x) without cancellation: log(u) * x / (u - 1), u = 1 + x. */
export function vlog1p(x: v128): v128 {
  const u = f32x4.add(x, fsplat(1.0));
  const d = f32x4.sub(u, fsplat(1.0));
  let r = f32x4.div(f32x4.mul(vlog(u), x), d);
  r = v128.bitselect(x, r, f32x4.eq(d, fsplat(0.0)));
  return v128.bitselect(u, r, f32x4.eq(u, fsplat(Infinity)));
}

/** exp(x) - 1 without cancellation (Kahan's trick). */
export function vexpm1(x: v128): v128 {
  const u = vexp(x);
  const d = f32x4.sub(u, fsplat(1.0));
  let r = f32x4.div(f32x4.mul(d, x), vlog(u));
  r = v128.bitselect(x, r, f32x4.eq(d, fsplat(0.0)));
  r = v128.bitselect(fsplat(-1.0), r, f32x4.eq(d, fsplat(-1.0)));
  return v128.bitselect(u, r, f32x4.eq(u, fsplat(Infinity)));
}

export function vtanh(x: v128): v128 {
  const ax = f32x4.abs(x);
  // small |x|: odd polynomial
  const z = f32x4.mul(x, x);
  let p = fsplat(-5.70498872745e-3);
  p = madd(p, z, fsplat(2.06390887954e-2));
  p = madd(p, z, fsplat(-5.37397155531e-2));
  p = madd(p, z, fsplat(1.33314422036e-1));
  p = madd(p, z, fsplat(-3.33332819422e-1));
  const small = madd(f32x4.mul(p, z), x, x);
  // large |x|: 1 - 2 / (exp(2|x|) + 1), saturates to 1 when exp overflows
  const e = vexp(f32x4.add(ax, ax));
  let big = f32x4.sub(fsplat(1.0), f32x4.div(fsplat(2.0), f32x4.add(e, fsplat(1.0))));
  big = v128.or(big, v128.and(x, i32x4.splat(0x80000000)));
  return v128.bitselect(small, big, f32x4.lt(ax, fsplat(0.625)));
}

export function vsigmoid(x: v128): v128 {
  return f32x4.div(fsplat(1.0), f32x4.add(fsplat(1.0), vexp(f32x4.neg(x))));
}

/** exp(r(t)) = erfc(t) for t > 0.927734375, shared by erf and gelu. */
@inline function erfcTail(t: v128, s: v128): v128 {
  let r = madd(fsplat(-1.72853470e-5), t, fsplat(3.83197126e-4));
  const u = madd(fsplat(-3.88396438e-3), t, fsplat(2.42546219e-2));
  r = madd(r, s, u);
  r = madd(r, t, fsplat(-1.06777877e-1));
  r = madd(r, t, fsplat(-6.34846687e-1));
  r = madd(r, t, fsplat(-1.28717512e-1));
  r = madd(r, t, f32x4.neg(t));
  return vexp(r);
}

/** The odd polynomial piece: erf(a) for |a| <= 0.927734375. */
@inline function erfSmall(a: v128, s: v128): v128 {
  let q = fsplat(-5.96761703e-4);
  q = madd(q, s, fsplat(4.99119423e-3));
  q = madd(q, s, fsplat(-2.67681349e-2));
  q = madd(q, s, fsplat(1.12819925e-1));
  q = madd(q, s, fsplat(-3.76125336e-1));
  q = madd(q, s, fsplat(1.28379166e-1));
  return madd(q, a, a);
}

/**
 * 1 + erf(z) without cancellation for negative z (erfc(-z) there), so
 * gelu(x) = 0.5 x (1 + erf(x / sqrt2)) keeps its tiny negative tail.
 */
export function vOnePlusErf(z: v128): v128 {
  const t = f32x4.abs(z);
  const s = f32x4.mul(z, z);
  const tail = erfcTail(t, s);
  const big = v128.bitselect(tail, f32x4.sub(fsplat(2.0), tail), f32x4.lt(z, fsplat(0.0)));
  const small = f32x4.add(fsplat(1.0), erfSmall(z, s));
  return v128.bitselect(big, small, f32x4.gt(t, fsplat(0.927734375)));
}

/** erf with max abs error ~1e-7 (two minimax pieces, after N. Juffa's erff). */
export function verf(a: v128): v128 {
  const t = f32x4.abs(a);
  const s = f32x4.mul(a, a);
  let big = f32x4.sub(fsplat(1.0), erfcTail(t, s));
  big = v128.or(v128.and(big, i32x4.splat(0x7fffffff)), v128.and(a, i32x4.splat(0x80000000)));
  const small = erfSmall(a, s);
  // NaN lanes fail the comparison and take `small`, which is NaN.
  return v128.bitselect(big, small, f32x4.gt(t, fsplat(0.927734375)));
}

// sin/cos: reduce by pi/2 with a 3-part Cody-Waite split, then pick the
// polynomial and sign from the quadrant.
@inline function sinPoly(r: v128, z: v128): v128 {
  let p = fsplat(-1.9515295891e-4);
  p = madd(p, z, fsplat(8.3321608736e-3));
  p = madd(p, z, fsplat(-1.6666654611e-1));
  return madd(f32x4.mul(p, z), r, r);
}

@inline function cosPoly(z: v128): v128 {
  let p = fsplat(2.443315711809948e-5);
  p = madd(p, z, fsplat(-1.388731625493765e-3));
  p = madd(p, z, fsplat(4.166664568298827e-2));
  return f32x4.add(f32x4.sub(fsplat(1.0), f32x4.mul(z, fsplat(0.5))), f32x4.mul(f32x4.mul(p, z), z));
}

@inline function sincos(x: v128, quadrantShift: i32): v128 {
  const fj = f32x4.nearest(f32x4.mul(x, fsplat(0.636619772367581343)));
  let r = f32x4.sub(x, f32x4.mul(fj, fsplat(1.5703125)));
  r = f32x4.sub(r, f32x4.mul(fj, fsplat(4.837512969970703125e-4)));
  r = f32x4.sub(r, f32x4.mul(fj, fsplat(7.54978995489188216e-8)));
  // Only j's low two bits matter; exact for |x| < 2^22 (accuracy is gone long before).
  const j = i32x4.add(i32x4.sub(f32x4.add(fj, fsplat(MAGIC)), i32x4.splat(MAGIC_BITS)), i32x4.splat(quadrantShift));
  const z = f32x4.mul(r, r);
  const s = sinPoly(r, z);
  const c = cosPoly(z);
  const useCos = i32x4.eq(v128.and(j, i32x4.splat(1)), i32x4.splat(1));
  const v = v128.bitselect(c, s, useCos);
  const signBit = i32x4.shl(v128.and(j, i32x4.splat(2)), 30);
  // inf input: r is NaN already, so the result is NaN as it should be.
  return v128.xor(v, signBit);
}

export function vsin(x: v128): v128 {
  return sincos(x, 0);
}

export function vcos(x: v128): v128 {
  return sincos(x, 1);
}
