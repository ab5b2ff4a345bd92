import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { contiguousStrides, numel } from '../../layout.js';
import { groupsFor, WG, type KernelContext } from './context.js';

function checkIndex(op: string, index: View): void {
  if (index.dtype !== 'int32') throw new Error(`webgpu ${op}: index must be int32, got ${index.dtype}`);
}

export function indexSelect(
  ctx: KernelContext, out: BackendBuffer, a: View, index: View,
  outer: number, n: number, inner: number, m: number,
): void {
  checkIndex('indexSelect', index);
  const total = outer * m * inner;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'index', entry: 'index_select', defines: { WG },
    params: new ParamWriter().u32(total, n, inner, m, a.offset, index.offset, 0, 0).dims8([]).dims8([]).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function gather(ctx: KernelContext, out: BackendBuffer, a: View, dim: number, index: View): void {
  checkIndex('gather', index);
  const total = numel(index.shape);
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'index', entry: 'gather', defines: { WG },
    params: new ParamWriter()
      .u32(total, a.shape[dim]!, 0, dim, a.offset, index.offset, index.shape.length, 0)
      .dims8(index.shape).dims8(a.strides).done(),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function indexAdd(
  ctx: KernelContext, target: BackendBuffer, src: View, index: View,
  outer: number, n: number, inner: number, m: number,
): void {
  checkIndex('indexAdd', index);
  const total = outer * m * inner;
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'scatter', entry: 'index_add',
    defines: { WG, FLOAT: src.dtype === 'float32' },
    params: new ParamWriter().u32(total, n, inner, m, src.offset, index.offset, 0, 0).dims8([]).dims8([]).done(),
    bindings: [{ buffer: ctx.gpu(target), write: true }, { buffer: ctx.gpu(src.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total),
  });
}

export function scatterAdd(
  ctx: KernelContext, target: BackendBuffer, targetShape: readonly number[],
  dim: number, index: View, src: View,
): void {
  checkIndex('scatterAdd', index);
  const total = numel(index.shape);
  if (total === 0) return;
  ctx.commands.dispatch({
    shader: 'scatter', entry: 'scatter_add',
    defines: { WG, FLOAT: src.dtype === 'float32' },
    params: new ParamWriter()
      .u32(total, targetShape[dim]!, 0, dim, src.offset, index.offset, index.shape.length, 0)
      .dims8(index.shape).dims8(contiguousStrides(targetShape)).done(),
    bindings: [{ buffer: ctx.gpu(target), write: true }, { buffer: ctx.gpu(src.buffer) }, { buffer: ctx.gpu(index.buffer) }],
    workgroups: groupsFor(total),
  });
}
