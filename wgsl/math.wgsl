// Float functions WGSL lacks or leaves implementation-defined at the edges.

// erf with |error| < 2e-7 (Numerical Recipes' erfc Chebyshev fit, fractional
// error < 1.2e-7); Abramowitz-Stegun 7.1.26 (1.5e-7 in theory) loses too much in f32.
fn erf_f32(x: f32) -> f32 {
  let z = abs(x);
  let t = 1.0 / (1.0 + 0.5 * z);
  let poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 +
    t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 +
    t * (-0.82215223 + t * 0.17087277))))))));
  let erfc = t * exp(-z * z + poly);
  // Near 0, 1 - erfc cancels; the Taylor series is exact to f32 there.
  if (z < 0.25) {
    let s = x * x;
    return x * (1.1283791671 + s * (-0.3761263890 + s * (0.1128379167 + s * (-0.0268661706 + s * 0.0052239776))));
  }
  let r = 1.0 - erfc;
  return select(r, -r, x < 0.0);
}

// WGSL's sin/cos promise only 2^-11 absolute error; these reach ~1e-7 for |x| < ~1e4.
// Cody-Waite reduction by pi/2 (three-part constant, exact products for |j| < 2^11),
// then Taylor polynomials on [-pi/4, pi/4] (truncation error < 3e-8).
fn reduce_half_pi(x: f32) -> vec2<f32> {
  let j = round(x * 0.63661977236758134);
  let r = ((x - j * 1.5703125) - j * 4.837512969970703e-4) - j * 7.549790126404332e-8;
  return vec2<f32>(r, j);
}

fn sin_poly(r: f32) -> f32 {
  let s = r * r;
  return r + r * s * (-0.16666666666666666 + s * (0.008333333333333333 + s * (-1.984126984126984e-4 + s * 2.755731922398589e-6)));
}

fn cos_poly(r: f32) -> f32 {
  let s = r * r;
  return 1.0 + s * (-0.5 + s * (0.041666666666666664 + s * (-0.001388888888888889 + s * 2.48015873015873e-5)));
}

fn sin_f32(x: f32) -> f32 {
  let rj = reduce_half_pi(x);
  let q = i32(rj.y) & 3;
  let v = select(sin_poly(rj.x), cos_poly(rj.x), (q & 1) == 1);
  return select(v, -v, q >= 2);
}

fn cos_f32(x: f32) -> f32 {
  let rj = reduce_half_pi(x);
  let q = (i32(rj.y) + 1) & 3;
  let v = select(sin_poly(rj.x), cos_poly(rj.x), (q & 1) == 1);
  return select(v, -v, q >= 2);
}

// tanh that stays finite: some drivers compute it from exp() and overflow.
fn tanh_f32(x: f32) -> f32 {
  if (abs(x) > 15.0) { return sign(x); }
  return tanh(x);
}

// Two-sided so neither branch takes exp of a large positive number.
fn sigmoid_f32(x: f32) -> f32 {
  if (x >= 0.0) { return 1.0 / (1.0 + exp(-x)); }
  let e = exp(x);
  return e / (1.0 + e);
}

fn gelu_f32(x: f32) -> f32 {
  return 0.5 * x * (1.0 + erf_f32(x * 0.70710678118654752));
}

fn gelu_tanh_f32(x: f32) -> f32 {
  return 0.5 * x * (1.0 + tanh_f32(0.79788456080286536 * (x + 0.044715 * x * x * x)));
}

// WGSL leaves log/sqrt of negatives undefined (SwiftShader returns log|x|); PyTorch gives NaN.
fn log_f32(x: f32) -> f32 {
  if (x < 0.0) { return f32_nan(); }
  if (x == 0.0) { return -f32_inf(); }
  return log(x);
}

fn sqrt_f32(x: f32) -> f32 {
  if (x < 0.0) { return f32_nan(); }
  return sqrt(x);
}

// log(1 + x) without the cancellation of 1 + x for small x (Goldberg's trick).
fn log1p_f32(x: f32) -> f32 {
  if (abs(x) >= 0.5) { return log_f32(1.0 + x); }
  let u = 1.0 + x;
  if (u == 1.0) { return x; }
  return log(u) * x / (u - 1.0);
}

// exp(x) - 1 without cancellation for small x (Kahan's trick).
fn expm1_f32(x: f32) -> f32 {
  if (abs(x) >= 0.5) { return exp(x) - 1.0; }
  let u = exp(x);
  if (u == 1.0) { return x; }
  return (u - 1.0) * x / log(u);
}

// WGSL pow is undefined for x < 0; follow C/PyTorch: negative bases work with integer exponents.
fn pow_f32(x: f32, y: f32) -> f32 {
  if (y == 0.0) { return 1.0; }
  if (is_nan_f32(x) || is_nan_f32(y)) { return f32_nan(); }
  if (x == 0.0) { return select(0.0, f32_inf(), y < 0.0); }
  if (x > 0.0) { return exp2(y * log2(x)); }
  if (floor(y) != y) { return f32_nan(); }
  let r = exp2(y * log2(-x));
  let odd = abs(y) < 16777216.0 && (i32(abs(y)) & 1) == 1;
  return select(r, -r, odd);
}

// maximum/minimum propagate NaN, as PyTorch does; WGSL's max/min do not promise it.
fn max_f32(a: f32, b: f32) -> f32 {
  if (is_nan_f32(a) || is_nan_f32(b)) { return f32_nan(); }
  return max(a, b);
}

fn min_f32(a: f32, b: f32) -> f32 {
  if (is_nan_f32(a) || is_nan_f32(b)) { return f32_nan(); }
  return min(a, b);
}

fn relu_f32(x: f32) -> f32 {
  return select(x, 0.0, x <= 0.0);
}
