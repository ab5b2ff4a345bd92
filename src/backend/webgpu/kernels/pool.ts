import type { BackendBuffer, Pool2dGeometry, View } from '../../backend.js';
import { geometry } from './conv.js';
import { fill } from './elementwise.js';
import { groupsFor, WG, type KernelContext } from './context.js';

export function maxPool2d(ctx: KernelContext, out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void {
  // One thread per output row.
  const total = g.batch * g.channels * g.outH;
  if (total === 0 || g.outW === 0) return;
  const geo = geometry(g, x.offset, 0, total);
  ctx.commands.dispatch({
    shader: 'pool', entry: 'max_pool', defines: { WG, WITH_INDICES: true, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(x.buffer) }, { buffer: ctx.gpu(indices), write: true }],
    workgroups: groupsFor(total),
  });
}

export function maxPool2dBackward(ctx: KernelContext, gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void {
  const disjoint = g.strideH >= g.dilationH * (g.kernelH - 1) + 1 && g.strideW >= g.dilationW * (g.kernelW - 1) + 1;
  if (disjoint) {
    const rows = g.batch * g.channels * g.outH;
    if (rows === 0 || g.outW === 0) return;
    fill(ctx, gradIn, g.batch * g.channels * g.height * g.width, 0, 'float32');
    const geo = geometry(g, gradOut.offset, indices.offset, rows);
    ctx.commands.dispatch({
      shader: 'pool', entry: 'max_pool_scatter', defines: { WG, READ_INDICES: true, GEOM: geo.GEOM },
      params: geo.params,
      bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }, { buffer: ctx.gpu(indices.buffer) }],
      workgroups: groupsFor(rows),
    });
    return;
  }
  // One thread per input row.
  const total = g.batch * g.channels * g.height;
  if (total === 0 || g.width === 0) return;
  const geo = geometry(g, gradOut.offset, indices.offset, total);
  ctx.commands.dispatch({
    shader: 'pool', entry: 'max_pool_backward', defines: { WG, READ_INDICES: true, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }, { buffer: ctx.gpu(indices.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function avgPool2d(ctx: KernelContext, out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void {
  const total = g.batch * g.channels * g.outH * g.outW;
  if (total === 0) return;
  const geo = geometry(g, x.offset, 0, total, countIncludePad ? 1 : 0);
  ctx.commands.dispatch({
    shader: 'pool', entry: 'avg_pool', defines: { WG, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(x.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function avgPool2dBackward(ctx: KernelContext, gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void {
  const total = g.batch * g.channels * g.height * g.width;
  if (total === 0) return;
  const geo = geometry(g, gradOut.offset, 0, total, countIncludePad ? 1 : 0);
  ctx.commands.dispatch({
    shader: 'pool', entry: 'avg_pool_backward', defines: { WG, GEOM: geo.GEOM },
    params: geo.params,
    bindings: [{ buffer: ctx.gpu(gradIn), write: true }, { buffer: ctx.gpu(gradOut.buffer) }],
    workgroups: groupsFor(total),
  });
}
