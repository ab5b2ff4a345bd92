import type { Tensor } from '../tensor.js';
import { keep } from '../memory.js';
import { isGradEnabled } from './grad-mode.js';

/** Gradient of one op's output with respect to each input (null: no gradient flows there). */
export type BackwardFn = (grad: Tensor, saved: readonly Tensor[]) => readonly (Tensor | null)[];

/** One entry on the tape: the op that produced a tensor, its inputs and what its backward needs. */
/** A node whose output is a strided window of its input along one dim (narrow, slice). */
export interface SliceOf {
  readonly dim: number;
  readonly start: number;
  readonly step: number;
}

export class GradNode {
  released = false;
  /**
   * Set for narrow/slice: backward then adds the gradient into the input's
   * accumulated gradient in place (O(slice)), instead of building a full-size
   * zero-padded copy per slice (O(input) each: an RNN unrolled over L steps
   * would cost O(L^2)).
   */
  sliceOf: SliceOf | undefined;
  /** Holders of this node: its output tensor plus every later node that reads that output. */
  private refs = 1;

  constructor(
    readonly name: string,
    readonly inputs: readonly Tensor[],
    readonly saved: readonly Tensor[],
    readonly backward: BackwardFn,
  ) {}

  /** Drops one holder; when none is left the saved tensors go, and so does this node's hold on its inputs. */
  unref(): void {
    if (this.refs <= 0) return;
    if (--this.refs > 0) return;
    this.release();
    for (const t of this.inputs) t.gradFn?.unref();
  }

  ref(): void {
    this.refs++;
  }

  /** Frees the saved tensors; a second backward through this node then fails clearly. */
  release(): void {
    if (this.released) return;
    this.released = true;
    for (const t of this.saved) t.dispose();
  }
}

/**
 * Records `output = op(inputs)` on the tape when grad mode is on and an input
 * requires grad. `save` lists the tensors backward reads; they are kept alive
 * (as aliases sharing storage) until backward frees them, even if the caller
 * disposes the originals.
 */
export function recordOp(
  name: string,
  inputs: readonly Tensor[],
  output: Tensor,
  save: readonly Tensor[],
  backward: BackwardFn,
): Tensor {
  if (!isGradEnabled() || !inputs.some((t) => t.requiresGrad)) return output;
  output.requiresGrad = true;
  for (const t of inputs) t.gradFn?.ref();
  // NOTE: saved aliases are kept out of tidy scopes: a loss returned from tidy must still backprop.
  output.gradFn = new GradNode(name, inputs, save.map((t) => keep(t.alias())), backward);
  return output;
}
