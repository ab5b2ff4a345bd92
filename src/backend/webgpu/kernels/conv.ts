import type { BackendBuffer, Conv2dGeometry, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { groupsFor, WG, type KernelContext } from './context.js';

/** The `Geom` uniform of wgsl/geometry.wgsl. */
export function geometryParams(g: Conv2dGeometry, off0: number, off1: number, total: number, flag = 0): Uint32Array {
  return new ParamWriter()
    .u32(g.batch, g.channels)
    .i32(g.height, g.width, g.kernelH, g.kernelW, g.strideH, g.strideW, g.padH, g.padW, g.dilationH, g.dilationW, g.outH, g.outW)
    .u32(off0, off1, total, flag, 0, 0)
    .done();
}

export function im2col(ctx: KernelContext, cols: BackendBuffer, x: View, g: Conv2dGeometry): void {
  const total = g.batch * g.channels * g.kernelH * g.kernelW * g.outH * g.outW;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'conv', entry: 'im2col', defines: { WG },
    params: geometryParams(g, x.offset, 0, total),
    bindings: [{ buffer: ctx.gpu(cols), write: true }, { buffer: ctx.gpu(x.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function col2im(ctx: KernelContext, x: BackendBuffer, cols: View, g: Conv2dGeometry): void {
  const total = g.batch * g.channels * g.height * g.width;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'conv', entry: 'col2im', defines: { WG },
    params: geometryParams(g, cols.offset, 0, total),
    bindings: [{ buffer: ctx.gpu(x), write: true }, { buffer: ctx.gpu(cols.buffer) }],
    workgroups: groupsFor(total),
  });
}
