import type { BackendBuffer, Conv2dGeometry, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { groupsFor, WG, type KernelContext } from './context.js';

/** The `GEOM` constant and the `Run` uniform of wgsl/geometry.wgsl. */
export function geometry(g: Conv2dGeometry, off0: number, off1: number, total: number, flag = 0): { GEOM: string; params: Uint32Array } {
  const ints = [g.height, g.width, g.kernelH, g.kernelW, g.strideH, g.strideW, g.padH, g.padW, g.dilationH, g.dilationW, g.outH, g.outW];
  return {
    GEOM: `${g.channels}u, ${ints.map((v) => `${v}i`).join(', ')}, ${flag}u`,
    params: new ParamWriter().u32(off0, off1, total, 0).done(),
  };
}

export function im2col(ctx: KernelContext, cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
  // One thread per output row.
  const total = g.batch * g.channels * g.kernelH * g.kernelW * g.outH;
  if (total === 0 || g.outW === 0) return;
  const geo = geometry(g, x.offset, 0, total);
  ctx.commands.dispatch({
    shader: 'conv', entry: 'im2col', defines: { WG, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(cols), write: true }, { buffer: ctx.gpu(x.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function col2im(ctx: KernelContext, x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
  // One thread per input row.
  const total = g.batch * g.channels * g.height;
  if (total === 0 || g.width === 0) return;
  const geo = geometry(g, cols.offset, 0, total);
  ctx.commands.dispatch({
    shader: 'conv', entry: 'col2im', defines: { WG, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(x), write: true }, { buffer: ctx.gpu(cols.buffer) }],
    workgroups: groupsFor(total),
  });
}
