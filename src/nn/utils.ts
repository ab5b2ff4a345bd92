/** `nn.utils`: gradient clipping. */
import { noGrad } from '../autograd/grad-mode.js';
import { keep, tidy } from '../memory.js';
import { stack } from '../ops/join.js';
import { div } from '../ops/elementwise.js';
import { Tensor } from '../tensor.js';

/**
 * Scales the gradients of `parameters` in place so their combined norm is at
 * most `maxNorm`. Returns the total norm before clipping (a 0-d tensor on the
 * gradients' device), without reading it back: no GPU sync.
 *
 * @example
 * loss.backward();
 * nn.utils.clipGradNorm(net.parameters(), 1.0);
 * optimizer.step();
 */
export function clipGradNorm(parameters: Iterable<Tensor> | Tensor, maxNorm: number, normType = 2): Tensor {
  const params = parameters instanceof Tensor ? [parameters] : [...parameters];
  const grads = params.map((p) => p.grad).filter((g): g is Tensor => g !== null);
  if (!(normType > 0)) throw new RangeError(`clipGradNorm: normType must be positive or Infinity, got ${normType}`);
  if (grads.length === 0) throw new Error('clipGradNorm: none of the parameters has a gradient (call backward first)');
  const device = grads[0]!.device;
  const other = grads.find((g) => g.device !== device);
  if (other) throw new Error(`clipGradNorm: gradients are on ${device} and ${other.device}; clip each device's parameters separately`);
  return noGrad(() => tidy(() => {
    const total = normType === Infinity
      ? stack(grads.map((g) => g.abs().max())).max()
      : stack(grads.map((g) => g.abs().pow(normType).sum())).sum().pow(1 / normType);
    // PyTorch clamps the coefficient to 1 instead of branching, so nothing is read back.
    const coef = div(maxNorm, total.add(1e-6)).clamp(null, 1);
    for (const g of grads) g.assign_(g.mul(coef));
    return keep(total);
  }));
}
