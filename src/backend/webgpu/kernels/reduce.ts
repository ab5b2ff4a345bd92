import type { BackendBuffer, ReduceOp, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { groupsFor, rowWorkgroupSize, SERIAL_MAX, type KernelContext } from './context.js';

interface ReduceTemplate {
  IDENTITY: string;
  COMBINE: string;
  ARG: boolean;
  BETTER: string;
}

function template(op: ReduceOp, float: boolean): ReduceTemplate {
  const T = float ? 'f32' : 'i32';
  const lowest = float ? '-f32_inf()' : 'i32(-2147483647 - 1)';
  const highest = float ? 'f32_inf()' : 'i32(2147483647)';
  // NaN propagates through max/min: once acc is NaN no comparison replaces it.
  const nan = float ? ' || is_nan_f32(v)' : '';
  switch (op) {
    case 'sum': return { IDENTITY: `${T}(0)`, COMBINE: 'acc + v', ARG: false, BETTER: 'false' };
    case 'prod': return { IDENTITY: `${T}(1)`, COMBINE: 'acc * v', ARG: false, BETTER: 'false' };
    case 'max': return { IDENTITY: lowest, COMBINE: `select(acc, v, v > acc${nan})`, ARG: false, BETTER: 'false' };
    case 'min': return { IDENTITY: highest, COMBINE: `select(acc, v, v < acc${nan})`, ARG: false, BETTER: 'false' };
    case 'argmax': return { IDENTITY: lowest, COMBINE: 'acc', ARG: true, BETTER: 'vb > va' };
    case 'argmin': return { IDENTITY: highest, COMBINE: 'acc', ARG: true, BETTER: 'vb < va' };
  }
}

/** out[o, i] = op over r of a[o, r, i], a contiguous from a.offset. */
export function reduce(
  ctx: KernelContext, op: ReduceOp, out: BackendBuffer, a: View,
  outer: number, reduced: number, inner: number,
): void {
  if (outer * inner === 0) return;
  // bool is 0/1 words: reduced as int32 (bool sums give int32, max/min stay 0/1).
  const float = a.dtype === 'float32';
  const T = float ? 'f32' : 'i32';
  const t = template(op, float);
  // NOTE: on CPU emulators a workgroup runs on one CPU thread and each barrier
  // switches every invocation, so the workgroup trees only pay when there are
  // too few outputs to fill the SIMD lanes (SwiftShader: 4 per thread) serially.
  const serial = reduced <= SERIAL_MAX || (ctx.emulated && outer * inner >= 4);
  // vec4 words where the layout allows: four neighbouring outputs per thread
  // (inner % 4 == 0), or a row read four at a time (inner == 1, reduced % 4 == 0).
  const quadCols = serial && inner % 4 === 0 && a.offset % 4 === 0;
  const quadRows = serial && inner === 1 && reduced % 4 === 0 && a.offset % 4 === 0;
  const quad = quadCols || quadRows;
  const entry = quadCols ? 'serial4' : quadRows ? 'serial4rows' : serial ? 'serial' : inner === 1 ? 'rows' : 'cols';
  const wg = entry === 'rows' ? rowWorkgroupSize(reduced) : 64;
  const workgroups = quadCols ? groupsFor((outer * inner) / 4, wg) : serial ? groupsFor(outer * inner, wg) : entry === 'rows' ? outer : outer * Math.ceil(inner / 16);
  ctx.commands.dispatch({
    shader: 'reduce',
    entry,
    defines: {
      T, LOAD: `bitcast<${T}>(w)`, STORE: 'bitcast<u32>(v)',
      ISNAN: float ? 'is_nan_f32' : 'is_nan_i32', WG: wg, QUAD: quad, ...t,
    },
    params: new ParamWriter().u32(outer, reduced, inner, a.offset).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }],
    workgroups,
  });
}
