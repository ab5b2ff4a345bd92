import type { Pool2dGeometry } from '../backend/backend.js';
import { recordOp } from '../autograd/node.js';
import { tidy } from '../memory.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { contiguous } from './copy.js';
import { tensor } from './creation.js';
import { gather } from './indexing.js';
import { matmul } from './matmul.js';
import { reshape, squeeze, transpose, unsqueeze } from './views.js';
import { type IntPair, parseIntPair } from './conv.js';
import { assertTensor, backendOf, checkFloat, empty } from './util.js';

export interface MaxPool2dOptions {
  /** Defaults to kernelSize. */
  stride?: IntPair | null;
  padding?: IntPair;
  dilation?: IntPair;
  ceilMode?: boolean;
}

export interface AvgPool2dOptions {
  /** Defaults to kernelSize. */
  stride?: IntPair | null;
  padding?: IntPair;
  ceilMode?: boolean;
  /** Count padded zeros in the divisor (PyTorch's default, true). */
  countIncludePad?: boolean;
}

/** PyTorch's pooling_output_shape, ceil mode included (a last window must start inside the padded input). */
function poolOutSize(size: number, k: number, s: number, p: number, d: number, ceil: boolean): number {
  const span = size + 2 * p - d * (k - 1) - 1 + (ceil ? s - 1 : 0);
  let out = Math.floor(span / s) + 1;
  if (ceil && (out - 1) * s >= size + p) out--;
  return out;
}

interface PoolArgs {
  kernelSize: IntPair;
  stride?: IntPair | null;
  padding?: IntPair;
  dilation?: IntPair;
  ceilMode?: boolean;
}

function poolGeometry(op: string, x: Tensor, a: PoolArgs): Pool2dGeometry {
  if (x.ndim !== 4) throw new Error(`${op}: expected a 3-D [C, H, W] or 4-D [N, C, H, W] input, got shape ${formatShape(x.shape)}`);
  const [n, c, h, w] = x.shape as [number, number, number, number];
  const k = parseIntPair(op, 'kernelSize', a.kernelSize, 1);
  const s = a.stride === undefined || a.stride === null ? k : parseIntPair(op, 'stride', a.stride, 1);
  const p = parseIntPair(op, 'padding', a.padding ?? 0, 0);
  const d = parseIntPair(op, 'dilation', a.dilation ?? 1, 1);
  // NOTE: PyTorch compares against half the kernel size, dilation not counted.
  if (p[0] > Math.floor(k[0] / 2) || p[1] > Math.floor(k[1] / 2)) {
    throw new RangeError(`${op}: padding should be at most half of kernel size, but got padding ${formatShape(p)} and kernel size ${formatShape(k)}`);
  }
  const ceil = a.ceilMode ?? false;
  const outH = poolOutSize(h, k[0], s[0], p[0], d[0], ceil);
  const outW = poolOutSize(w, k[1], s[1], p[1], d[1], ceil);
  if (outH <= 0 || outW <= 0) {
    throw new Error(`${op}: output size [${n}, ${c}, ${outH}, ${outW}] is too small: input ${formatShape(x.shape)}, kernel ${formatShape(k)}, stride ${formatShape(s)}, padding ${formatShape(p)}, dilation ${formatShape(d)}`);
  }
  return {
    batch: n, channels: c, height: h, width: w, kernelH: k[0], kernelW: k[1],
    strideH: s[0], strideW: s[1], padH: p[0], padW: p[1], dilationH: d[0], dilationW: d[1], outH, outW,
  };
}

/** Runs `fn` on a 4-D view of a 3-D (unbatched) input and drops the batch dim again. */
function batched(x: Tensor, fn: (x4: Tensor) => Tensor): Tensor {
  return x.ndim === 3 ? tidy(() => squeeze(fn(unsqueeze(x, 0)), 0)) : fn(x);
}

function checkInput(op: string, x: unknown): asserts x is Tensor {
  assertTensor(op, x);
  checkFloat(op, x);
}

/** gradIn of max pooling: gradOut routed to the argmax of each window. Linear in gradOut, so recorded too. */
function maxPoolBackward(gradOut: Tensor, indices: Tensor, g: Pool2dGeometry): Tensor {
  const backend = backendOf('maxPool2d', gradOut, indices);
  const src = contiguous(gradOut);
  const out = empty(backend, [g.batch, g.channels, g.height, g.width], 'float32');
  if (out.numel() > 0) backend.maxPool2dBackward(out.storage.buffer, src.view_(), indices.view_(), g);
  if (src !== gradOut) src.dispose();
  // Its adjoint reads each window's argmax back: a gather over the flattened plane.
  return recordOp('maxPool2dBackward', [gradOut], out, [indices], (gg, [idx]) => {
    const plane = reshape(gg, [g.batch, g.channels, g.height * g.width]);
    const picked = gather(plane, 2, reshape(idx!, [g.batch, g.channels, g.outH * g.outW]));
    return [reshape(picked, [g.batch, g.channels, g.outH, g.outW])];
  });
}

/**
 * 2-D max pooling over NCHW input; stride defaults to the kernel size and
 * padding counts as -inf. On ties the first maximum in scan order wins (and
 * gets the gradient), as PyTorch.
 *
 * @example
 * const y = torch.nn.functional.maxPool2d(x, 2); // [N, C, 28, 28] -> [N, C, 14, 14]
 */
export function maxPool2d(x: Tensor, kernelSize: IntPair, options: MaxPool2dOptions = {}): Tensor {
  checkInput('maxPool2d', x);
  return batched(x, (x4) => {
    const g = poolGeometry('maxPool2d', x4, { kernelSize, ...options });
    const backend = backendOf('maxPool2d', x4);
    const src = contiguous(x4);
    const out = empty(backend, [g.batch, g.channels, g.outH, g.outW], 'float32');
    const indices = empty(backend, out.shape, 'int32');
    if (out.numel() > 0) backend.maxPool2d(out.storage.buffer, indices.storage.buffer, src.view_(), g);
    if (src !== x4) src.dispose();
    const result = recordOp('maxPool2d', [x4], out, [indices], (grad, [idx]) => [maxPoolBackward(grad, idx!, g)]);
    indices.dispose();
    return result;
  });
}

function avgPoolBackward(gradOut: Tensor, g: Pool2dGeometry, countIncludePad: boolean): Tensor {
  const backend = backendOf('avgPool2d', gradOut);
  const src = contiguous(gradOut);
  const out = empty(backend, [g.batch, g.channels, g.height, g.width], 'float32');
  if (out.numel() > 0) backend.avgPool2dBackward(out.storage.buffer, src.view_(), g, countIncludePad);
  if (src !== gradOut) src.dispose();
  return recordOp('avgPool2dBackward', [gradOut], out, [], (gg) => [avgPoolKernel(gg, g, countIncludePad)]);
}

function avgPoolKernel(x: Tensor, g: Pool2dGeometry, countIncludePad: boolean): Tensor {
  const backend = backendOf('avgPool2d', x);
  const src = contiguous(x);
  const out = empty(backend, [g.batch, g.channels, g.outH, g.outW], 'float32');
  if (out.numel() > 0) backend.avgPool2d(out.storage.buffer, src.view_(), g, countIncludePad);
  if (src !== x) src.dispose();
  return recordOp('avgPool2d', [x], out, [], (grad) => [avgPoolBackward(grad, g, countIncludePad)]);
}

/**
 * 2-D average pooling over NCHW input; stride defaults to the kernel size.
 * With `countIncludePad` (the default) padded zeros count in the divisor.
 */
export function avgPool2d(x: Tensor, kernelSize: IntPair, options: AvgPool2dOptions = {}): Tensor {
  checkInput('avgPool2d', x);
  return batched(x, (x4) => avgPoolKernel(x4, poolGeometry('avgPool2d', x4, { kernelSize, ...options, dilation: 1 }), options.countIncludePad ?? true));
}

/** [out, size] averaging matrix of PyTorch's adaptive bins: start = floor(i*size/out), end = ceil((i+1)*size/out). */
function binMatrix(size: number, out: number, device: string): Tensor {
  const m = new Float32Array(out * size);
  for (let i = 0; i < out; i++) {
    const start = Math.floor((i * size) / out);
    const end = Math.ceil(((i + 1) * size) / out);
    for (let j = start; j < end; j++) m[i * size + j] = 1 / (end - start);
  }
  return reshape(tensor(m, { device }), [out, size]);
}

/**
 * Average pooling to a fixed output size (null keeps that input dim). Even
 * splits run as avgPool2d; uneven ones as two small matmuls with the bin
 * averaging matrices (rows, then columns), exactly PyTorch's bins.
 */
export function adaptiveAvgPool2d(x: Tensor, outputSize: number | readonly [number | null, number | null]): Tensor {
  checkInput('adaptiveAvgPool2d', x);
  return batched(x, (x4) => tidy(() => {
    if (x4.ndim !== 4) throw new Error(`adaptiveAvgPool2d: expected a 3-D [C, H, W] or 4-D [N, C, H, W] input, got shape ${formatShape(x.shape)}`);
    const [, , h, w] = x4.shape as [number, number, number, number];
    const requested = typeof outputSize === 'number' ? [outputSize, outputSize] : outputSize;
    const oh = requested[0] ?? h;
    const ow = requested[1] ?? w;
    if (!Number.isInteger(oh) || !Number.isInteger(ow) || oh < 1 || ow < 1) {
      throw new RangeError(`adaptiveAvgPool2d: output size must be positive integers, got ${JSON.stringify(outputSize)}`);
    }
    if (h === 0 || w === 0) throw new Error(`adaptiveAvgPool2d: input ${formatShape(x.shape)} has an empty spatial dim`);
    if (h % oh === 0 && w % ow === 0) return avgPool2d(x4, [h / oh, w / ow]);
    const rows = matmul(binMatrix(h, oh, x4.device), x4); // [N, C, oh, W]
    return matmul(rows, transpose(binMatrix(w, ow, x4.device), 0, 1)); // [N, C, oh, ow]
  }));
}
