let gradEnabled = true;

export function isGradEnabled(): boolean {
  return gradEnabled;
}

/**
 * Runs `fn` without recording operations for autograd (PyTorch's `torch.no_grad()`).
 *
 * @example
 * const preds = torch.noGrad(() => net.forward(x).argmax(1));
 */
export function noGrad<T>(fn: () => T): T {
  return withGradMode(false, fn);
}

/** Runs `fn` with recording on, even inside `noGrad`. */
export function enableGrad<T>(fn: () => T): T {
  return withGradMode(true, fn);
}

function withGradMode<T>(enabled: boolean, fn: () => T): T {
  const prev = gradEnabled;
  gradEnabled = enabled;
  try {
    const out = fn();
    if (out instanceof Promise) {
      // NOTE: the mode must stay set until an async body settles.
      return out.finally(() => (gradEnabled = prev)) as T;
    }
    gradEnabled = prev;
    return out;
  } catch (e) {
    gradEnabled = prev;
    throw e;
  }
}
