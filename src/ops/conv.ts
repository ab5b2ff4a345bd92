import type { BackendBuffer, Conv2dGeometry, View } from '../backend/backend.js';
import { recordOp } from '../autograd/node.js';
import { isGradEnabled } from '../autograd/grad-mode.js';
import { tidy } from '../memory.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';
import { contiguous } from './copy.js';
import { zeros } from './creation.js';
import { add } from './elementwise.js';
import { cat } from './join.js';
import { matmul, productSummedTo } from './matmul.js';
import { reshape, squeeze, transpose, unsqueeze } from './views.js';
import { assertTensor, backendOf, checkFloat, empty } from './util.js';

/** An int, or a [height, width] pair, as PyTorch's `_pair` arguments. */
export type IntPair = number | readonly [number, number];

export interface Conv2dOptions {
  stride?: IntPair;
  /** Zero padding per side, or 'valid' (none) / 'same' (output size = input size; stride 1 only). */
  padding?: IntPair | 'valid' | 'same';
  dilation?: IntPair;
  groups?: number;
}

/** Reads an int-or-pair argument; `min` is the smallest legal value (1 for sizes, 0 for padding). */
export function parseIntPair(op: string, name: string, value: IntPair, min: number): [number, number] {
  const p: readonly number[] = typeof value === 'number' ? [value, value] : value;
  if (p.length !== 2 || !p.every((v) => Number.isInteger(v) && v >= min)) {
    throw new RangeError(`${op}: ${name} must be an integer >= ${min} or a pair of them, got ${JSON.stringify(value)}`);
  }
  return [p[0]!, p[1]!];
}

/** PyTorch's conv output size: floor((in + 2p - d(k-1) - 1) / s) + 1. */
export function convOutSize(size: number, k: number, s: number, p: number, d: number): number {
  return Math.floor((size + 2 * p - d * (k - 1) - 1) / s) + 1;
}

/** cols [N, C*kh*kw, oh*ow] from x [N, C, H, W]; recorded so conv stays differentiable to any order. */
export function im2col(x: Tensor, g: Conv2dGeometry): Tensor {
  const backend = backendOf('im2col', x);
  const src = contiguous(x);
  const out = empty(backend, [g.batch, g.channels * g.kernelH * g.kernelW, g.outH * g.outW], 'float32');
  if (out.numel() > 0) backend.im2col(out.storage.buffer, src.view_(), g);
  if (src !== x) src.dispose();
  return recordOp('im2col', [x], out, [], (grad) => [col2im(grad, g)]);
}

/** The adjoint of im2col: each pixel of [N, C, H, W] sums the column entries that read it. */
export function col2im(cols: Tensor, g: Conv2dGeometry): Tensor {
  const backend = backendOf('col2im', cols);
  const src = contiguous(cols);
  const out = empty(backend, [g.batch, g.channels, g.height, g.width], 'float32');
  if (out.numel() > 0) backend.col2im(out.storage.buffer, src.view_(), g);
  if (src !== cols) src.dispose();
  return recordOp('col2im', [cols], out, [], (grad) => [im2col(grad, g)]);
}

/** conv2d (groups 1, no bias) at geometry g: the backend's direct kernel, else im2col + matmul. */
function convForward(x: Tensor, weight: Tensor, g: Conv2dGeometry): Tensor {
  const direct = directConv(x, weight, g);
  if (direct) return direct;
  const outC = weight.shape[0]!;
  const k = g.channels * g.kernelH * g.kernelW;
  const y = matmul(reshape(weight, [1, outC, k]), reshape(im2col(x, g), [g.batch, 1, k, g.outH * g.outW]));
  return reshape(y, [g.batch, outC, g.outH, g.outW]);
}

/** conv2d's input gradient (groups 1): the backend's direct kernel, else col2im(Wᵀ · grad). */
function inputGrad(grad: Tensor, weight: Tensor, g: Conv2dGeometry): Tensor {
  const outC = weight.shape[0]!;
  const k = g.channels * g.kernelH * g.kernelW;
  const L = g.outH * g.outW;
  const direct = directInputGrad(grad, weight, g);
  if (direct) return direct;
  const wg = reshape(weight, [1, outC, k]);
  return col2im(reshape(matmul(transpose(wg, -1, -2), reshape(grad, [g.batch, 1, outC, L])), [g.batch, k, L]), g);
}

/** conv2d's weight gradient (groups 1): the backend's direct kernel, else Σ over the batch of grad · im2col(x)ᵀ. */
function weightGrad(x: Tensor, grad: Tensor, weightShape: readonly number[], g: Conv2dGeometry): Tensor {
  const direct = directWeightGrad(x, grad, weightShape, g);
  if (direct) return direct;
  const outC = weightShape[0]!;
  const k = g.channels * g.kernelH * g.kernelW;
  const L = g.outH * g.outW;
  const cols = transpose(reshape(im2col(x, g), [g.batch, 1, k, L]), -1, -2);
  return reshape(productSummedTo(reshape(grad, [g.batch, 1, outC, L]), cols, [1, outC, k]), weightShape);
}

/**
 * The backend's direct convolution (groups 1), or null where it has none or
 * declines the geometry. Its gradients compose recorded ops (so higher-order
 * gradients still work).
 */
function directConv(x: Tensor, weight: Tensor, g: Conv2dGeometry): Tensor | null {
  const backend = backendOf('conv2d', x, weight);
  const outC = weight.shape[0]!;
  const kernel = backend.conv2dDirect?.bind(backend);
  if (!kernel || g.batch * outC * g.outH * g.outW === 0) return null;
  const out = runDirect(x, weight, [g.batch, outC, g.outH, g.outW], (o, a, b) => kernel(o, a, b, outC, g));
  if (!out) return null;
  return recordOp('conv2d', [x, weight], out, [x, weight], (grad, [sx, sw]) => [
    x.requiresGrad ? inputGrad(grad, sw!, g) : null,
    weight.requiresGrad ? weightGrad(sx!, grad, sw!.shape, g) : null,
  ]);
}

/**
 * Runs one of the backend's direct conv kernels on contiguous copies of `a`
 * and `b` into a new float32 tensor of `shape`; null, with nothing left
 * allocated, where the kernel declines.
 */
function runDirect(a: Tensor, b: Tensor, shape: readonly number[], kernel: (out: BackendBuffer, a: View, b: View) => boolean): Tensor | null {
  const ac = contiguous(a);
  const bc = contiguous(b);
  const out = empty(a.storage.backend, shape, 'float32');
  const ran = kernel(out.storage.buffer, ac.view_(), bc.view_());
  if (ac !== a) ac.dispose();
  if (bc !== b) bc.dispose();
  if (ran) return out;
  out.dispose();
  return null;
}

/**
 * The backend's direct input gradient, or null where it has none or declines.
 * Its own gradients: the forward conv for grad (the op is linear in it), and
 * the weight gradient's formula with grad and the incoming gradient swapped in.
 */
function directInputGrad(grad: Tensor, weight: Tensor, g: Conv2dGeometry): Tensor | null {
  const backend = backendOf('conv2d backward', grad, weight);
  const outC = weight.shape[0]!;
  const kernel = backend.conv2dInputGrad?.bind(backend);
  if (!kernel || g.batch * g.channels * g.height * g.width === 0) return null;
  const out = runDirect(grad, weight, [g.batch, g.channels, g.height, g.width], (o, a, b) => kernel(o, a, b, outC, g));
  if (!out) return null;
  return recordOp('conv2dInputGrad', [grad, weight], out, [grad, weight], (gg, [sg, sw]) => [
    grad.requiresGrad ? convForward(gg, sw!, g) : null,
    weight.requiresGrad ? weightGrad(gg, sg!, sw!.shape, g) : null,
  ]);
}

/**
 * The backend's direct weight gradient, or null where it has none or declines.
 * It is bilinear in x and grad: its gradients are the conv's input gradient
 * (for x) and the forward conv (for grad), with the incoming gradient as weight.
 */
function directWeightGrad(x: Tensor, grad: Tensor, weightShape: readonly number[], g: Conv2dGeometry): Tensor | null {
  const backend = backendOf('conv2d backward', x, grad);
  const outC = weightShape[0]!;
  const kernel = backend.conv2dWeightGrad?.bind(backend);
  if (!kernel || outC * g.channels * g.kernelH * g.kernelW === 0) return null;
  if (g.batch * g.outH * g.outW === 0) return null;
  const out = runDirect(x, grad, weightShape, (o, a, b) => kernel(o, a, b, outC, g));
  if (!out) return null;
  return recordOp('conv2dWeightGrad', [x, grad], out, [x, grad], (gg, [sx, sg]) => [
    x.requiresGrad ? inputGrad(sg!, gg, g) : null,
    grad.requiresGrad ? convForward(sx!, gg, g) : null,
  ]);
}

function checkConvArgs(x: Tensor, weight: Tensor, bias: Tensor | null, groups: number): void {
  assertTensor('conv2d', x);
  assertTensor('conv2d', weight, 'weight');
  checkFloat('conv2d', x);
  checkFloat('conv2d', weight, 'weight');
  if (weight.ndim !== 4) throw new Error(`conv2d: weight must be 4-D [out, in/groups, kh, kw], got shape ${formatShape(weight.shape)}`);
  if (x.ndim !== 4 && x.ndim !== 3) {
    throw new Error(`conv2d: expected a 3-D [C, H, W] or 4-D [N, C, H, W] input, got shape ${formatShape(x.shape)}`);
  }
  if (!Number.isInteger(groups) || groups < 1) throw new RangeError(`conv2d: groups must be a positive integer, got ${groups}`);
  const [outC, inPerGroup] = weight.shape as [number, number];
  const c = x.shape[x.ndim - 3]!;
  if (c !== inPerGroup * groups) {
    throw new Error(`conv2d: expected input [N, C, H, W] with C = ${inPerGroup * groups} channels (weight ${formatShape(weight.shape)}, groups ${groups}), got input of shape ${formatShape(x.shape)}`);
  }
  if (outC % groups !== 0) throw new Error(`conv2d: out channels ${outC} (weight ${formatShape(weight.shape)}) must be divisible by groups ${groups}`);
  if (bias !== null) {
    assertTensor('conv2d', bias, 'bias');
    checkFloat('conv2d', bias, 'bias');
    if (bias.ndim !== 1 || bias.shape[0] !== outC) {
      throw new Error(`conv2d: bias must have shape [${outC}] (weight ${formatShape(weight.shape)}), got ${formatShape(bias.shape)}`);
    }
    backendOf('conv2d', x, weight, bias);
  } else {
    backendOf('conv2d', x, weight);
  }
}

/**
 * 'same' padding: PyTorch pads d*(k-1) in total, the odd extra on the bottom/right.
 * Returns the symmetric part and pads `x` explicitly with the extra row/column.
 */
function samePadding(x: Tensor, k: [number, number], d: [number, number]): { x: Tensor; pad: [number, number] } {
  let padded = x;
  const pad: [number, number] = [0, 0];
  for (const axis of [0, 1] as const) {
    const total = d[axis] * (k[axis] - 1);
    pad[axis] = Math.floor(total / 2);
    if (total % 2 === 1) {
      const dim = axis + 2;
      const shape = padded.shape.map((s, i) => (i === dim ? 1 : s));
      padded = cat([padded, zeros(shape, { device: x.device })], dim);
    }
  }
  return { x: padded, pad };
}

/**
 * 2-D convolution (cross-correlation, as PyTorch) over NCHW input.
 * weight is [out, in/groups, kh, kw]; stride/padding/dilation take an int or
 * a [h, w] pair. Computed by the backend's direct kernels where it has them
 * and takes the geometry (cpu: stride 1, groups 1, short reductions), else as
 * im2col + one batched matmul per group, the gradient then coming from the
 * recorded im2col/col2im pair and matmul.
 *
 * @example
 * const y = torch.nn.functional.conv2d(x, w, b, { stride: 2, padding: 1 }); // x [N, 3, 32, 32], w [16, 3, 3, 3]
 */
export function conv2d(x: Tensor, weight: Tensor, bias: Tensor | null = null, options: Conv2dOptions = {}): Tensor {
  const groups = options.groups ?? 1;
  checkConvArgs(x, weight, bias ?? null, groups);
  return tidy(() => {
    if (x.ndim === 3) return squeeze(conv2d(unsqueeze(x, 0), weight, bias, options), 0);
    const [outC, inPerGroup, kh, kw] = weight.shape as [number, number, number, number];
    const stride = parseIntPair('conv2d', 'stride', options.stride ?? 1, 1);
    const dilation = parseIntPair('conv2d', 'dilation', options.dilation ?? 1, 1);
    let input = x;
    let padding: [number, number];
    const p = options.padding ?? 0;
    if (p === 'valid') padding = [0, 0];
    else if (p === 'same') {
      if (stride[0] !== 1 || stride[1] !== 1) throw new Error(`conv2d: padding='same' is not supported for strided convolutions (stride ${formatShape(stride)})`);
      ({ x: input, pad: padding } = samePadding(x, [kh, kw], dilation));
    } else padding = parseIntPair('conv2d', 'padding', p, 0);
    const [n, c, h, w] = input.shape as [number, number, number, number];
    const outH = convOutSize(h, kh, stride[0], padding[0], dilation[0]);
    const outW = convOutSize(w, kw, stride[1], padding[1], dilation[1]);
    if (outH <= 0 || outW <= 0) {
      throw new Error(`conv2d: output size [${n}, ${outC}, ${outH}, ${outW}] is too small: input ${formatShape(x.shape)}, padding ${formatShape(padding)}, kernel [${kh}, ${kw}], dilation ${formatShape(dilation)}, stride ${formatShape(stride)}`);
    }
    const g: Conv2dGeometry = {
      batch: n, channels: c, height: h, width: w, kernelH: kh, kernelW: kw,
      strideH: stride[0], strideW: stride[1], padH: padding[0], padW: padding[1],
      dilationH: dilation[0], dilationW: dilation[1], outH, outW,
    };
    const k = inPerGroup * kh * kw;
    // A trainable weight's gradient needs the column matrix unless the backend
    // has a direct weight gradient: then build it once here rather than again
    // in backward (measured: direct + recompute is slower).
    const trainsWeight = weight.requiresGrad && isGradEnabled();
    const direct = groups === 1 && (!trainsWeight || backendOf('conv2d', x, weight).conv2dWeightGrad)
      ? directConv(input, weight, g) : null;
    if (direct) return bias ? add(direct, reshape(bias, [1, outC, 1, 1])) : direct;
    const cols = im2col(input, g); // [N, C*kh*kw, L]; group j owns rows [j*k, (j+1)*k)
    // [G, out/G, k] x [N, G, k, L] -> [N, G, out/G, L]: the weight broadcasts over the batch.
    const wg = reshape(weight, [groups, outC / groups, k]);
    const y = matmul(wg, reshape(cols, [n, groups, k, outH * outW]));
    const out = reshape(y, [n, outC, outH, outW]);
    return bias ? add(out, reshape(bias, [1, outC, 1, 1])) : out;
  });
}
