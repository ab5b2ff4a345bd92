import { formatShape, shapesEqual } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { keep, tidy } from '../memory.js';
import { add } from '../ops/elementwise.js';
import { onesLike, zeros } from '../ops/creation.js';
import { copyAs } from '../ops/copy.js';
import { addSliceInPlace } from '../ops/indexing.js';
import type { GradNode, SliceOf } from './node.js';
import { noGrad } from './grad-mode.js';

export interface BackwardOptions {
  /** Keep the saved tensors so backward can run through this graph again. */
  retainGraph?: boolean;
}

/** Nodes reachable from `root`, ordered so each node comes after every node that consumes its output. */
function topologicalOrder(root: GradNode): GradNode[] {
  const order: GradNode[] = [];
  const visited = new Set<GradNode>();
  // Iterative DFS: deep graphs (long RNN unrolls) must not overflow the JS stack.
  const stack: [GradNode, number][] = [[root, 0]];
  visited.add(root);
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const [node, i] = top;
    if (i < node.inputs.length) {
      top[1]++;
      const next = node.inputs[i]!.gradFn;
      if (next && !visited.has(next)) {
        visited.add(next);
        stack.push([next, 0]);
      }
    } else {
      stack.pop();
      order.push(node);
    }
  }
  return order.reverse();
}

/**
 * Gradients being summed, by node or leaf. `owned` holds the sums this pass
 * created itself (no other tensor shares their storage), which it may
 * therefore update in place.
 */
interface Sums<K> {
  map: Map<K, Tensor>;
  owned: Set<Tensor>;
}

function accumulate<K>({ map, owned }: Sums<K>, key: K, grad: Tensor): void {
  const prev = map.get(key);
  if (!prev) {
    map.set(key, grad);
    return;
  }
  const sum = keep(add(prev, grad));
  owned.add(sum);
  map.set(key, sum);
  prev.dispose();
  grad.dispose();
}

/** Adds a slice's gradient into its input's sum in place, creating (or first copying) a sum this pass owns. */
function accumulateSlice<K>({ map, owned }: Sums<K>, key: K, input: Tensor, slice: SliceOf, grad: Tensor): void {
  let sum = map.get(key);
  if (!sum || !owned.has(sum)) {
    const fresh = keep(sum ? copyAs(sum, sum.dtype) : zeros(input.shape, { device: input.device }));
    sum?.dispose();
    owned.add(fresh);
    map.set(key, fresh);
    sum = fresh;
  }
  addSliceInPlace(sum, slice.dim, slice.start, slice.step, grad);
  grad.dispose();
}

/** Adds `grad` into `leaf.grad` (creating it), as PyTorch accumulates. */
function accumulateLeaf(leaf: Tensor, grad: Tensor): void {
  if (!leaf.grad) {
    leaf.grad = keep(grad);
    return;
  }
  const sum = keep(add(leaf.grad, grad));
  leaf.grad.dispose();
  grad.dispose();
  leaf.grad = sum;
}

export function runBackward(root: Tensor, gradient: Tensor | undefined, options: BackwardOptions): void {
  if (!root.requiresGrad) {
    throw new Error('backward: the tensor does not require grad and has no grad_fn (create inputs with requiresGrad: true)');
  }
  if (!gradient && root.numel() !== 1) {
    throw new Error(`backward: grad can be implicitly created only for scalar outputs, got shape ${formatShape(root.shape)}; pass a gradient`);
  }
  if (gradient && !shapesEqual(gradient.shape, root.shape)) {
    throw new Error(`backward: gradient shape ${formatShape(gradient.shape)} does not match tensor shape ${formatShape(root.shape)}`);
  }
  if (gradient && gradient.device !== root.device) {
    throw new Error(`backward: gradient is on ${gradient.device} but the tensor is on ${root.device}`);
  }
  noGrad(() => {
    const seed = keep(gradient ? gradient.alias() : onesLike(root));
    if (!root.gradFn) {
      accumulateLeaf(root, seed);
      return;
    }
    const order = topologicalOrder(root.gradFn);
    for (const node of order) {
      if (node.released) {
        throw new Error(
          `backward: trying to backward through the graph a second time (${node.name}); its saved tensors were freed. Pass { retainGraph: true } to the first backward`,
        );
      }
    }
    const owned = new Set<Tensor>();
    const pending: Sums<GradNode> = { map: new Map([[root.gradFn, seed]]), owned };
    const leaves: Sums<Tensor> = { map: new Map(), owned };
    try {
      for (const node of order) {
        const grad = pending.map.get(node);
        if (!grad) continue;
        pending.map.delete(node);
        const input = node.inputs[0]!;
        if (node.sliceOf) {
          if (!input.requiresGrad) grad.dispose();
          else if (input.gradFn) accumulateSlice(pending, input.gradFn, input, node.sliceOf, grad);
          else accumulateSlice(leaves, input, input, node.sliceOf, grad);
          if (!options.retainGraph) node.release();
          continue;
        }
        const raw = tidy(() => [...node.backward(grad, node.saved)]);
        // NOTE: a backward may hand back `grad` itself or one tensor for two inputs;
        // fresh aliases give every gradient one owner.
        const inputGrads = raw.map((g) => (g ? keep(g.alias()) : null));
        for (const g of raw) if (g && !node.saved.includes(g)) g.dispose();
        grad.dispose();
        node.inputs.forEach((input, i) => {
          const g = inputGrads[i];
          if (!g) return;
          if (!input.requiresGrad) {
            g.dispose();
            return;
          }
          if (!shapesEqual(g.shape, input.shape)) {
            throw new Error(`backward: ${node.name} produced a gradient of shape ${formatShape(g.shape)} for an input of shape ${formatShape(input.shape)}`);
          }
          if (input.gradFn) accumulate(pending, input.gradFn, g);
          else accumulate(leaves, input, g);
        });
        if (!options.retainGraph) node.release();
      }
      for (const [leaf, g] of leaves.map) accumulateLeaf(leaf, g);
    } finally {
      for (const g of pending.map.values()) g.dispose();
    }
  });
}
