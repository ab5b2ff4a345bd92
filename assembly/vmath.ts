// SIMD (f32x4) transcendentals. Mathf.* is scalar and slow; these polynomials
// (Cephes-style range reduction) stay within a few ulp and handle inf/NaN/0.

import { fmadd } from './simd';

/** 1.5 * 2^23: adding it rounds |x| < 2^22 to an integer held in the low mantissa bits. */
const MAGIC: f32 = 12582912.0;
const MAGIC_BITS: i32 = 0x4b400000;

/** a·b + c: fused in the relaxed-SIMD build (shorter polynomial chains, one rounding). */
@inline function madd(a: v128, b: v128, c: v128): v128 {
  return fmadd(c, a, b);
}

/** 2^n for integer lanes n in [-126, 127]. */
@inline function pow2i(n: v128): v128 {
  return i32x4.shl(i32x4.add(n, i32x4.splat(127)), 23);
}

// NOTE: V8 rematerialises every v128 constant inside loops (several
// instructions each); a broadcast load from this table is one instruction.
// K(i) is the i-th entry; the comment beside each use gives its value.
const KTAB = memory.data<f32>([
  -104.0, 89.0, 1.44269504088896341, MAGIC, 0.693359375, -2.12194440e-4, 1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1, 1.0, 1.17549435e-38, 8388608.0, 0.707106781186547524, 7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1, 2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1, -0.5, -Infinity, 0.0, NaN, Infinity, -1.0, -5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1, -3.33332819422e-1, 2.0, 0.625, -1.72853470e-5, 3.83197126e-4, -3.88396438e-3, 2.42546219e-2, -1.06777877e-1, -6.34846687e-1, -1.28717512e-1, -5.96761703e-4, 4.99119423e-3, -2.67681349e-2, 1.12819925e-1, -3.76125336e-1, 1.28379166e-1, 0.927734375, -1.9515295891e-4, 8.3321608736e-3, -1.6666654611e-1, 2.443315711809948e-5, -1.388731625493765e-3, 4.166664568298827e-2, 0.5, 0.636619772367581343, 1.5703125, 4.837512969970703125e-4, 7.54978995489188216e-8,
]);

@inline function K(i: i32): v128 {
  return v128.load32_splat(KTAB + (<usize>i << 2));
}

@inline export function vexp(x: v128): v128 {
  // Clamp keeps the integer conversion in range; the split scaling below turns
  // the clamped extremes into exactly 0 and inf.
  // pmin/pmax are single instructions on x64 (min/max are not) and keep NaN here.
  const xc = f32x4.pmin(f32x4.pmax(x, K(0) /* -104.0 */), K(1) /* 89.0 */);
  // Round to nearest with the 1.5 * 2^23 trick: t's low mantissa bits hold n.
  const t = f32x4.add(f32x4.mul(xc, K(2) /* 1.44269504088896341 */), K(3) /* MAGIC */);
  const fn = f32x4.sub(t, K(3) /* MAGIC */);
  let r = f32x4.sub(xc, f32x4.mul(fn, K(4) /* 0.693359375 */));
  r = f32x4.sub(r, f32x4.mul(fn, K(5) /* -2.12194440e-4 */));
  let p = K(6) /* 1.9875691500e-4 */;
  p = madd(p, r, K(7) /* 1.3981999507e-3 */);
  p = madd(p, r, K(8) /* 8.3334519073e-3 */);
  p = madd(p, r, K(9) /* 4.1665795894e-2 */);
  p = madd(p, r, K(10) /* 1.6666665459e-1 */);
  p = madd(p, r, K(11) /* 5.0000001201e-1 */);
  p = f32x4.add(madd(f32x4.mul(p, r), r, r), K(12) /* 1.0 */);
  const n = i32x4.sub(t, i32x4.splat(MAGIC_BITS));
  // NOTE: 2^n is built in two halves so n in [-150, 129] never overflows the
  // exponent field; the products round to denormals / inf correctly.
  const n1 = i32x4.shr_s(n, 1);
  const n2 = i32x4.sub(n, n1);
  return f32x4.mul(f32x4.mul(p, pow2i(n1)), pow2i(n2));
}

export function vlog(x: v128): v128 {
  // Denormals: scale by 2^23 first so the exponent extraction works.
  const tiny = f32x4.lt(x, K(13) /* 1.17549435e-38 */);
  const xs = v128.bitselect(f32x4.mul(x, K(14) /* 8388608.0 */), x, tiny);
  let e = i32x4.sub(i32x4.shr_u(xs, 23), i32x4.splat(126));
  e = i32x4.sub(e, v128.and(tiny, i32x4.splat(23)));
  // mantissa in [0.5, 1)
  let m = v128.or(v128.and(xs, i32x4.splat(0x007fffff)), i32x4.splat(0x3f000000));
  const small = f32x4.lt(m, K(15) /* 0.707106781186547524 */);
  // if m < sqrt(1/2): e -= 1, m = 2m - 1 else m = m - 1
  e = i32x4.add(e, small); // mask lanes are -1
  m = f32x4.sub(f32x4.add(m, v128.and(m, small)), K(12) /* 1.0 */);
  const fe = f32x4.convert_i32x4_s(e);
  const z = f32x4.mul(m, m);
  let p = K(16) /* 7.0376836292e-2 */;
  p = madd(p, m, K(17) /* -1.1514610310e-1 */);
  p = madd(p, m, K(18) /* 1.1676998740e-1 */);
  p = madd(p, m, K(19) /* -1.2420140846e-1 */);
  p = madd(p, m, K(20) /* 1.4249322787e-1 */);
  p = madd(p, m, K(21) /* -1.6668057665e-1 */);
  p = madd(p, m, K(22) /* 2.0000714765e-1 */);
  p = madd(p, m, K(23) /* -2.4999993993e-1 */);
  p = madd(p, m, K(24) /* 3.3333331174e-1 */);
  let y = f32x4.mul(f32x4.mul(p, m), z);
  y = madd(fe, K(5) /* -2.12194440e-4 */, y);
  y = madd(z, K(25) /* -0.5 */, y);
  let r = f32x4.add(m, y);
  r = madd(fe, K(4) /* 0.693359375 */, r);
  // Specials: log(0) = -inf, log(<0) = NaN, log(inf) = inf, NaN stays NaN.
  r = v128.bitselect(K(26) /* -Infinity */, r, f32x4.eq(x, K(27) /* 0.0 */));
  r = v128.bitselect(K(28) /* NaN */, r, f32x4.lt(x, K(27) /* 0.0 */));
  r = v128.bitselect(x, r, f32x4.eq(x, K(29) /* Infinity */));
  return v128.bitselect(x, r, f32x4.ne(x, x));
}

/** log(1+x) without cancellation: log(u) * x / (u - 1), u = 1 + x. */
export function vlog1p(x: v128): v128 {
  const u = f32x4.add(x, K(12) /* 1.0 */);
  const d = f32x4.sub(u, K(12) /* 1.0 */);
  let r = f32x4.div(f32x4.mul(vlog(u), x), d);
  r = v128.bitselect(x, r, f32x4.eq(d, K(27) /* 0.0 */));
  return v128.bitselect(u, r, f32x4.eq(u, K(29) /* Infinity */));
}

/** exp(x) - 1 without cancellation (Kahan's trick). */
export function vexpm1(x: v128): v128 {
  const u = vexp(x);
  const d = f32x4.sub(u, K(12) /* 1.0 */);
  let r = f32x4.div(f32x4.mul(d, x), vlog(u));
  r = v128.bitselect(x, r, f32x4.eq(d, K(27) /* 0.0 */));
  r = v128.bitselect(K(30) /* -1.0 */, r, f32x4.eq(d, K(30) /* -1.0 */));
  return v128.bitselect(u, r, f32x4.eq(u, K(29) /* Infinity */));
}

export function vtanh(x: v128): v128 {
  const ax = f32x4.abs(x);
  // small |x|: odd polynomial
  const z = f32x4.mul(x, x);
  let p = K(31) /* -5.70498872745e-3 */;
  p = madd(p, z, K(32) /* 2.06390887954e-2 */);
  p = madd(p, z, K(33) /* -5.37397155531e-2 */);
  p = madd(p, z, K(34) /* 1.33314422036e-1 */);
  p = madd(p, z, K(35) /* -3.33332819422e-1 */);
  const small = madd(f32x4.mul(p, z), x, x);
  // large |x|: 1 - 2 / (exp(2|x|) + 1), saturates to 1 when exp overflows
  const e = vexp(f32x4.add(ax, ax));
  let big = f32x4.sub(K(12) /* 1.0 */, f32x4.div(K(36) /* 2.0 */, f32x4.add(e, K(12) /* 1.0 */)));
  big = v128.or(big, v128.and(x, i32x4.splat(0x80000000)));
  return v128.bitselect(small, big, f32x4.lt(ax, K(37) /* 0.625 */));
}

export function vsigmoid(x: v128): v128 {
  return f32x4.div(K(12) /* 1.0 */, f32x4.add(K(12) /* 1.0 */, vexp(f32x4.neg(x))));
}

/** exp(r(t)) = erfc(t) for t > 0.927734375, shared by erf and gelu. */
@inline function erfcTail(t: v128, s: v128): v128 {
  let r = madd(K(38) /* -1.72853470e-5 */, t, K(39) /* 3.83197126e-4 */);
  const u = madd(K(40) /* -3.88396438e-3 */, t, K(41) /* 2.42546219e-2 */);
  r = madd(r, s, u);
  r = madd(r, t, K(42) /* -1.06777877e-1 */);
  r = madd(r, t, K(43) /* -6.34846687e-1 */);
  r = madd(r, t, K(44) /* -1.28717512e-1 */);
  r = madd(r, t, f32x4.neg(t));
  return vexp(r);
}

/** The odd polynomial piece: erf(a) for |a| <= 0.927734375. */
@inline function erfSmall(a: v128, s: v128): v128 {
  let q = K(45) /* -5.96761703e-4 */;
  q = madd(q, s, K(46) /* 4.99119423e-3 */);
  q = madd(q, s, K(47) /* -2.67681349e-2 */);
  q = madd(q, s, K(48) /* 1.12819925e-1 */);
  q = madd(q, s, K(49) /* -3.76125336e-1 */);
  q = madd(q, s, K(50) /* 1.28379166e-1 */);
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
  const big = v128.bitselect(tail, f32x4.sub(K(36) /* 2.0 */, tail), f32x4.lt(z, K(27) /* 0.0 */));
  const small = f32x4.add(K(12) /* 1.0 */, erfSmall(z, s));
  return v128.bitselect(big, small, f32x4.gt(t, K(51) /* 0.927734375 */));
}

/** erf with max abs error ~1e-7 (two minimax pieces, after N. Juffa's erff). */
export function verf(a: v128): v128 {
  const t = f32x4.abs(a);
  const s = f32x4.mul(a, a);
  let big = f32x4.sub(K(12) /* 1.0 */, erfcTail(t, s));
  big = v128.or(v128.and(big, i32x4.splat(0x7fffffff)), v128.and(a, i32x4.splat(0x80000000)));
  const small = erfSmall(a, s);
  // NaN lanes fail the comparison and take `small`, which is NaN.
  return v128.bitselect(big, small, f32x4.gt(t, K(51) /* 0.927734375 */));
}

// sin/cos: reduce by pi/2 with a 3-part Cody-Waite split, then pick the
// polynomial and sign from the quadrant.
@inline function sinPoly(r: v128, z: v128): v128 {
  let p = K(52) /* -1.9515295891e-4 */;
  p = madd(p, z, K(53) /* 8.3321608736e-3 */);
  p = madd(p, z, K(54) /* -1.6666654611e-1 */);
  return madd(f32x4.mul(p, z), r, r);
}

@inline function cosPoly(z: v128): v128 {
  let p = K(55) /* 2.443315711809948e-5 */;
  p = madd(p, z, K(56) /* -1.388731625493765e-3 */);
  p = madd(p, z, K(57) /* 4.166664568298827e-2 */);
  return f32x4.add(f32x4.sub(K(12) /* 1.0 */, f32x4.mul(z, K(58) /* 0.5 */)), f32x4.mul(f32x4.mul(p, z), z));
}

@inline function sincos(x: v128, quadrantShift: i32): v128 {
  const fj = f32x4.nearest(f32x4.mul(x, K(59) /* 0.636619772367581343 */));
  let r = f32x4.sub(x, f32x4.mul(fj, K(60) /* 1.5703125 */));
  r = f32x4.sub(r, f32x4.mul(fj, K(61) /* 4.837512969970703125e-4 */));
  r = f32x4.sub(r, f32x4.mul(fj, K(62) /* 7.54978995489188216e-8 */));
  // Only j's low two bits matter; exact for |x| < 2^22 (accuracy is gone long before).
  const j = i32x4.add(i32x4.sub(f32x4.add(fj, K(3) /* MAGIC */), i32x4.splat(MAGIC_BITS)), i32x4.splat(quadrantShift));
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

// exp for x <= 0 (softmax's x - max): XNNPACK's rr2-p5 scheme, about half the
// work of vexp. Results below 2^-126 flush to 0 (an absolute error < 1.2e-38).
const KNEG = memory.data<f32>([
  1.4426950216293335, 12583039.0 /* 1.5 * 2^23 + 127 */, -0.693145751953125, -1.428606765330187e-06,
  0.008289290592074394, 0.04189782217144966, 0.16667652130126953, 0.4999915063381195, 0.9999997019767761,
  -87.33654022216797,
]);

@inline function KN(i: i32): v128 {
  return v128.load32_splat(KNEG + (<usize>i << 2));
}

/** exp(x) for lanes x <= 0 or NaN (-inf gives 0); not valid for x > 0. */
@inline export function vexpNonPos(x: v128): v128 {
  // n = round(x / ln2), biased by 127 in t's low mantissa bits, so t << 23 is 2^n.
  let t = madd(x, KN(0) /* log2(e) */, KN(1) /* magic + 127 */);
  const s = i32x4.shl(t, 23);
  t = f32x4.sub(t, KN(1));
  let r = madd(t, KN(2) /* -ln2 hi */, x);
  r = madd(t, KN(3) /* -ln2 lo */, r);
  let p = madd(KN(4) /* c5 */, r, KN(5) /* c4 */);
  p = madd(p, r, KN(6) /* c3 */);
  p = madd(p, r, KN(7) /* c2 */);
  p = madd(p, r, KN(8) /* c1 */);
  const f = madd(f32x4.mul(r, s), p, s);
  // x < -87.34 (and -inf) underflows: 2^n is garbage there, the answer is 0.
  return v128.andnot(f, f32x4.lt(x, KN(9) /* -87.34 */));
}
