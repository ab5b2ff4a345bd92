import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { groupsFor, rowWorkgroupSize, SERIAL_MAX, type KernelContext } from './context.js';

export function softmax(ctx: KernelContext, out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void {
  if (rows * cols === 0) return;
  // NOTE: as in reduce.ts: on CPU emulators every barrier of the row tree
  // switches each invocation, so one thread per row wins once the rows fill the SIMD lanes.
  const serial = cols <= SERIAL_MAX || (ctx.emulated && rows >= 4);
  const wg = serial ? 64 : rowWorkgroupSize(cols);
  ctx.commands.dispatch({
    shader: 'softmax',
    entry: serial ? 'serial' : 'main',
    defines: { LOG: log, WG: wg },
    params: new ParamWriter().u32(rows, cols, a.offset, 0).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }],
    workgroups: serial ? groupsFor(rows, wg) : rows,
  });
}
