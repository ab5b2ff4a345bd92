// Fused scaled dot-product attention (wgsl/attention.wgsl): a forward pass with
// online softmax that writes out and lse, and a three-pass backward (delta,
// dq, then dk + dv) that recomputes the probabilities from lse. Inputs are
// contiguous [B, L, E] / [B, S, E] / [B, S, Ev] views (B = batch * heads); an
// optional additive bias is any strided view of shape [..., L, S] whose
// batch dims multiply to B (the BIAS variant of every pass).
import type { BackendBuffer, View } from '../../backend.js';
import { collapseDims } from '../../layout.js';
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

/** The bias's element offset, row and column strides, and its batch dims collapsed (at most 8). */
interface BiasLayout {
  offset: number;
  rowStride: number;
  colStride: number;
  batchShape: number[];
  batchStrides: number[];
}

const NO_BIAS: BiasLayout = { offset: 0, rowStride: 0, colStride: 0, batchShape: [], batchStrides: [] };

function biasLayout(bias: View, d: AttentionDims): BiasLayout | null {
  const n = bias.shape.length;
  if (n < 2 || bias.shape[n - 2] !== d.L || bias.shape[n - 1] !== d.S) return null;
  const batch = bias.shape.slice(0, -2);
  if (batch.reduce((a, b) => a * b, 1) !== d.B) return null;
  const c = collapseDims(batch, [bias.strides.slice(0, -2)]);
  if (c.shape.length > 8) return null;
  return { offset: bias.offset, rowStride: bias.strides[n - 2]!, colStride: bias.strides[n - 1]!, batchShape: c.shape, batchStrides: c.strides[0]! };
}

function params(d: AttentionDims, causal: boolean, offsets: readonly number[], blocks: number, scale: number, bias: BiasLayout): Uint32Array {
  return new ParamWriter()
    .u32(d.B, d.L, d.S, causal ? 1 : 0, ...offsets, blocks)
    .f32(scale)
    .u32(bias.offset, bias.rowStride, bias.colStride, bias.batchShape.length)
    .dims8(bias.batchShape)
    .dims8(bias.batchStrides)
    .done();
}

type Pass = 'FWD' | 'DELTA' | 'DQ' | 'DKDV';

function defines(pass: Pass, d: AttentionDims, bias: boolean): Record<string, number | boolean> {
  const tile = tileRows(pass === 'DKDV' ? d.E + d.Ev + 3 : d.E + d.Ev);
  return { [pass]: true, BIAS: bias, WG, E: d.E, EV: d.Ev, TILE: tile, TILE_E: tile * d.E, TILE_EV: tile * d.Ev };
}

/** `bias` (optional) is added to the scaled scores; -inf masks a pair out. With a bias, lse is [B, L, 2]: (row max, log-denominator). */
export function attentionForward(
  ctx: KernelContext, out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean, bias: View | null = null,
): boolean {
  const d = attentionDims(q, k, v);
  if (!d) return false;
  const layout = bias ? biasLayout(bias, d) : NO_BIAS;
  if (!layout) return false;
  if (d.B * d.L === 0) return true;
  const blocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('FWD', d, bias !== null),
    params: params(d, causal, [q.offset, k.offset, v.offset, 0, 0, 0], blocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(lse), write: true },
      { buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) },
      null, null, null, bias ? { buffer: ctx.gpu(bias.buffer) } : null,
    ],
    workgroups: d.B * blocks,
  });
  return true;
}

/**
 * `stats` is a scratch buffer of 3 * B * L floats: the first pass copies lse
 * (as row max and log-denominator) into its first two thirds and writes
 * delta = dout · out per query row into the last, so the dq and dk/dv passes
 * bind one buffer for all three and stay within 8 storage buffers with a bias.
 */
export function attentionBackward(
  ctx: KernelContext, stats: BackendBuffer, dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
  q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean, bias: View | null = null,
): boolean {
  const d = attentionDims(q, k, v);
  if (!d) return false;
  const layout = bias ? biasLayout(bias, d) : NO_BIAS;
  if (!layout) return false;
  if (d.B * d.L * d.S === 0) return false;
  const offsets = [q.offset, k.offset, v.offset, out.offset, dout.offset, lse.offset];
  const withBias = bias !== null;
  const qkv = [{ buffer: ctx.gpu(q.buffer) }, { buffer: ctx.gpu(k.buffer) }, { buffer: ctx.gpu(v.buffer) }];
  const biasBinding = bias ? { buffer: ctx.gpu(bias.buffer) } : null;
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('DELTA', d, withBias),
    params: params(d, causal, offsets, 0, scale, NO_BIAS),
    bindings: [
      { buffer: ctx.gpu(stats), write: true }, null, null, null, null,
      { buffer: ctx.gpu(dout.buffer) }, { buffer: ctx.gpu(out.buffer) }, { buffer: ctx.gpu(lse.buffer) },
    ],
    workgroups: Math.ceil((d.B * d.L) / WG),
  });
  const qBlocks = Math.ceil(d.L / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('DQ', d, withBias),
    params: params(d, causal, offsets, qBlocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(dq), write: true }, null, ...qkv,
      { buffer: ctx.gpu(dout.buffer) }, { buffer: ctx.gpu(stats) }, null, biasBinding,
    ],
    workgroups: d.B * qBlocks,
  });
  const kBlocks = Math.ceil(d.S / WG);
  ctx.commands.dispatch({
    shader: 'attention',
    entry: 'main',
    defines: defines('DKDV', d, withBias),
    params: params(d, causal, offsets, kBlocks, scale, layout),
    bindings: [
      { buffer: ctx.gpu(dk), write: true }, { buffer: ctx.gpu(dv), write: true }, ...qkv,
      { buffer: ctx.gpu(dout.buffer) }, { buffer: ctx.gpu(stats) }, null, biasBinding,
    ],
    workgroups: d.B * kBlocks,
  });
  return true;
}
