// Fused scaled dot-product attention (wgsl/attention.wgsl): a forward pass with
// online softmax that writes out and lse, and a two-pass backward (dq + delta,
// then dk + dv) that recomputes the probabilities from lse. Inputs are
// contiguous [B, L, E] / [B, S, E] / [B, S, Ev] views (B = batch * heads).
import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import type { KernelContext } from './context.js';

/** Threads (rows) per workgroup; 64 suits GPUs and SwiftShader alike. */
const WG = 64;
/** Head dims above this would not fit the per-thread arrays: the op layer composes instead. */
export const MAX_HEAD_DIM = 128;
/** WebGPU's default maxComputeWorkgroupStorageSize (16 KiB) in floats. */
const SHARED_FLOATS = 4096;

/** The largest power-of-two tile (<= WG rows) whose rows of `floatsPerRow` fit workgroup memory. */
function tileRows(floatsPerRow: number): number {
  let t = WG;
  while (t > 1 && t * floatsPerRow > SHARED_FLOATS) t /= 2;
  return t;
}

export interface AttentionDims {
  B: number;
  L: number;
  S: number;
  E: number;
  Ev: number;
}

export function attentionDims(q: View, k: View, v: View): AttentionDims | null {
  const [B, L, E] = q.shape as [number, number, number];
  const [, S] = k.shape as [number, number];
  const Ev = v.shape[2]!;
  if (E > MAX_HEAD_DIM || Ev > MAX_HEAD_DIM) return null;
  return { B, L, S, E, Ev };
}

function params(d: AttentionDims, causal: boolean, offsets: readonly number[], blocks: number, scale: number): Uint32Array {
  return new ParamWriter().u32(d.B, d.L, d.S, causal ? 1 : 0, ...offsets, blocks).f32(scale).done();
}

function defines(pass: 'FWD' | 'DQ' | 'DKDV', d: AttentionDims): Record<string, number | boolean> {
  const tile = tileRows(pass === 'DKDV' ? d.E + d.Ev + 2 : d.E + d.Ev);
  return { [pass]: true, WG, E: d.E, EV: d.Ev, TILE: tile, TILE_E: tile * d.E, TILE_EV: tile * d.Ev };
}

export function attentionForward(ctx: KernelContext, out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean): boolean {
  const d = attentionDims(q, k, v);
  if (!d) return false;
  if (d.B * d.L === 0) return true;
  const blocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('FWD', d),
    params: params(d, causal, [q.offset, k.offset, v.offset, 0, 0, 0], blocks, scale),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(lse), write: true }, { buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) }],
    workgroups: d.B * blocks,
  });
  return true;
}

/** `delta` is a scratch buffer of B * L floats (dout · out per query row), written by the first pass. */
export function attentionBackward(
  ctx: KernelContext, delta: BackendBuffer, dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
  q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean,
): boolean {
  const d = attentionDims(q, k, v);
  if (!d) return false;
  if (d.B * d.L * d.S === 0) return false;
  const offsets = [q.offset, k.offset, v.offset, out.offset, dout.offset, lse.offset];
  const qBlocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('DQ', d),
    params: params(d, causal, offsets, qBlocks, scale),
    bindings: [
      { buffer: ctx.gpu(dq), write: true }, { buffer: ctx.gpu(delta), write: true },
      { buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) },
      { buffer: ctx.gpu(out.buffer) }, { buffer: ctx.gpu(dout.buffer) }, { buffer: ctx.gpu(lse.buffer) },
    ],
    workgroups: d.B * qBlocks,
  });
  const kBlocks = Math.ceil(d.S / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('DKDV', d),
    params: params(d, causal, offsets, kBlocks, scale),
    bindings: [
      { buffer: ctx.gpu(dk), write: true }, { buffer: ctx.gpu(dv), write: true },
      { buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) },
      { buffer: ctx.gpu(dout.buffer) }, { buffer: ctx.gpu(lse.buffer) }, { buffer: ctx.gpu(delta) },
    ],
    workgroups: d.B * kBlocks,
  });
  return true;
}
