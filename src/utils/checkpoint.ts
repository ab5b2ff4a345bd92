import { enableGrad, isGradEnabled } from '../autograd/grad-mode.js';
import { recordOp } from '../autograd/node.js';
import type { GradNode } from '../autograd/node.js';
import { runBackward } from '../autograd/backward.js';
import { keep, tidy } from '../memory.js';
import { zeros } from '../ops/creation.js';
import { defaultGenerator } from '../random.js';
import { Tensor } from '../tensor.js';

/**
 * The tensors requiring grad that the graph under `root` reads from outside
 * the segment: parameters (leaves) and the explicit inputs. Tensors created
 * before the segment (`firstId`) that are neither stop the walk with an error:
 * the recomputation could not route their gradient.
 */
function boundaryLeaves(root: GradNode, inputs: ReadonlySet<Tensor>, firstId: number): Tensor[] {
  const leaves = new Set<Tensor>();
  const seen = new Set<GradNode>([root]);
  const stack = [root];
  while (stack.length > 0) {
    for (const t of stack.pop()!.inputs) {
      if (inputs.has(t) || !t.requiresGrad) continue;
      if (!t.gradFn) {
        leaves.add(t);
      } else if (t.id < firstId) {
        throw new Error(
          `checkpoint: the function reads a tensor of shape [${t.shape.join(', ')}] that requires grad and was computed outside it; pass it as one of the inputs`,
        );
      } else if (!seen.has(t.gradFn)) {
        seen.add(t.gradFn);
        stack.push(t.gradFn);
      }
    }
  }
  return [...leaves];
}

/**
 * Gradient checkpointing (PyTorch's `torch.utils.checkpoint.checkpoint`):
 * runs `fn(...inputs)` keeping none of its intermediate activations, and
 * runs it again during backward to get the gradients. Memory for the segment
 * is held only while its backward runs; the price is a second forward.
 * Parameters used inside `fn` get their gradients as usual; other tensors
 * that require grad must be passed as `inputs`. The random state is saved
 * and restored, so dropout draws the same masks in the recomputation.
 *
 * @example
 * const h = torch.utils.checkpoint((x) => block.forward(x), x);
 * h.sum().backward();
 */
export function checkpoint(fn: (...inputs: Tensor[]) => Tensor, ...inputs: Tensor[]): Tensor {
  if (typeof fn !== 'function') throw new TypeError('checkpoint: the first argument must be a function');
  inputs.forEach((t, i) => {
    if (!(t instanceof Tensor)) throw new TypeError(`checkpoint: input ${i} must be a Tensor`);
  });
  if (!isGradEnabled()) return fn(...inputs);
  const rngState = defaultGenerator.getState();
  // Detached stand-ins: the walk below stops at them, and the segment's graph ends there.
  // Tensor ids increase: anything made from here on belongs to the segment.
  const probe = zeros([0], { device: inputs[0]?.device });
  const firstId = probe.id;
  probe.dispose();
  const stand = inputs.map((t) => (t.requiresGrad ? t.detach().requiresGrad_(true) : t));
  const traced = enableGrad(() => tidy(() => fn(...stand)));
  if (!(traced instanceof Tensor)) throw new TypeError('checkpoint: the function must return a Tensor');
  if (!traced.gradFn) {
    // Nothing to recompute (no op needing grad ran, or fn returned an input): run it plainly.
    if (!stand.includes(traced)) traced.dispose();
    stand.forEach((s, i) => s !== inputs[i] && s.dispose());
    return fn(...inputs);
  }
  const params = boundaryLeaves(traced.gradFn, new Set(stand), firstId);
  // The output's values, cut from the traced graph so its activations are freed now.
  const out = traced.detach();
  traced.dispose();
  stand.forEach((s, i) => s !== inputs[i] && s.dispose());
  const recorded = [...inputs, ...params];
  const needs = inputs.map((t) => t.requiresGrad);
  // NOTE: the inputs are saved (as aliases): callers may dispose the originals before backward.
  return recordOp('checkpoint', recorded, out, inputs, (grad, saved) => {
    const current = defaultGenerator.getState();
    defaultGenerator.setState(rngState);
    try {
      const again = saved.map((t, i) => (needs[i] ? keep(t.detach().requiresGrad_(true)) : t));
      const y = enableGrad(() => tidy(() => fn(...again)));
      // Parameters accumulate into .grad directly, as PyTorch's reentrant checkpoint does.
      runBackward(y, grad, {});
      y.dispose();
      const inputGrads = again.map((a, i) => {
        if (!needs[i]) return null;
        const g = a.grad ? a.grad.alias() : null;
        a.dispose();
        return g;
      });
      return [...inputGrads, ...params.map(() => null)];
    } finally {
      defaultGenerator.setState(current);
    }
  });
}
