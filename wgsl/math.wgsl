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

// log(1 + x) without the cancellation of 1 + x for small x (Goldberg's trick).
fn log1p_f32(x: f32) -> f32 {
  if (abs(x) >= 0.5) { return log(1.0 + x); }
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
