import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import type { KernelContext } from './context.js';

export function softmax(ctx: KernelContext, out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
  if (rows * cols === 0) return;
  ctx.commands.dispatch({
    shader: 'softmax',
    defines: { LOG: log },
    params: new ParamWriter().u32(rows, cols, a.offset, 0).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }],
    workgroups: rows,
  });
}
