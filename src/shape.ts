/** Shape helpers. Shapes and strides are in elements. */

export type Shape = readonly number[];

export function numel(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function contiguousStrides(shape: Shape): number[] {
  const strides = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = s;
    s *= shape[i]!;
  }
  return strides;
}

export function isContiguous(shape: Shape, strides: readonly number[]): boolean {
  let expected = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    if (shape[i] !== 1 && strides[i] !== expected) return false;
    expected *= shape[i]!;
  }
  return true;
}

export function formatShape(shape: Shape): string {
  return `[${shape.join(', ')}]`;
}

export function shapesEqual(a: Shape, b: Shape): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

/** Wraps a possibly negative dim into [0, ndim); throws naming the op otherwise. */
export function normalizeDim(op: string, dim: number, ndim: number): number {
  const rank = Math.max(ndim, 1);
  if (!Number.isInteger(dim) || dim < -rank || dim >= rank) {
    throw new RangeError(`${op}: dim ${dim} is out of range for a tensor with ${ndim} dims (expected -${rank}..${rank - 1})`);
  }
  return dim < 0 ? dim + rank : dim;
}

export function normalizeDims(op: string, dims: number | readonly number[] | undefined, ndim: number): number[] {
  if (dims === undefined) return Array.from({ length: ndim }, (_, i) => i);
  const list = typeof dims === 'number' ? [dims] : [...dims];
  const out = list.map((d) => normalizeDim(op, d, ndim));
  if (new Set(out).size !== out.length) throw new Error(`${op}: dim ${formatShape(list)} appears more than once`);
  return out.sort((a, b) => a - b);
}

export function broadcastShapes(op: string, ...shapes: Shape[]): number[] {
  const rank = Math.max(...shapes.map((s) => s.length));
  const out = new Array<number>(rank).fill(1);
  for (let i = 0; i < rank; i++) {
    for (const s of shapes) {
      const d = s[s.length - rank + i] ?? 1;
      if (d === 1) continue;
      if (out[i] !== 1 && out[i] !== d) {
        throw new Error(`${op}: shapes ${shapes.map(formatShape).join(' and ')} cannot be broadcast together`);
      }
      out[i] = d;
    }
  }
  return out;
}

/** Strides that read a tensor of `shape`/`strides` as if it had `target` shape (0 on broadcast dims). */
export function broadcastStrides(shape: Shape, strides: readonly number[], target: Shape): number[] {
  const out = new Array<number>(target.length).fill(0);
  const lead = target.length - shape.length;
  for (let i = 0; i < shape.length; i++) out[lead + i] = shape[i] === 1 ? 0 : strides[i]!;
  return out;
}

/** Resolves one -1 in a requested shape and checks the element count. */
export function inferShape(op: string, requested: readonly number[], total: number, from: Shape): number[] {
  const out = [...requested];
  const minus = out.indexOf(-1);
  if (out.lastIndexOf(-1) !== minus) throw new Error(`${op}: only one dimension can be inferred (-1) in ${formatShape(requested)}`);
  for (const d of out) {
    if (d !== -1 && (!Number.isInteger(d) || d < 0)) throw new Error(`${op}: invalid size ${d} in shape ${formatShape(requested)}`);
  }
  if (minus >= 0) {
    const known = out.reduce((p, d) => (d === -1 ? p : p * d), 1);
    if (known === 0 || total % known !== 0) {
      throw new Error(`${op}: shape ${formatShape(requested)} is invalid for input of size ${total} (shape ${formatShape(from)})`);
    }
    out[minus] = total / known;
  }
  if (numel(out) !== total) {
    throw new Error(`${op}: shape ${formatShape(requested)} is invalid for input of size ${total} (shape ${formatShape(from)})`);
  }
  return out;
}
