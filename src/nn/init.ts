/**
 * `nn.init`: PyTorch's weight initialisers. Each fills a tensor in place and
 * returns it. Values are drawn on the host from the seeded default generator
 * (or `generator`), so a seed gives the same weights on every device.
 *
 * @example
 * const w = torch.zeros([120, 400]);
 * nn.init.kaimingUniform_(w, { a: Math.sqrt(5) });   // Linear's default
 */
import { fromHost } from '../ops/creation.js';
import { defaultGenerator, type Generator } from '../random.js';
import { formatShape } from '../shape.js';
import type { Tensor } from '../tensor.js';

export type Nonlinearity = 'linear' | 'conv1d' | 'conv2d' | 'conv3d' | 'sigmoid' | 'tanh' | 'relu' | 'leaky_relu' | 'selu';
export type FanMode = 'fan_in' | 'fan_out';

export interface KaimingOptions {
  /** Negative slope of the rectifier after this layer (leaky_relu only). Default 0. */
  a?: number;
  mode?: FanMode;
  nonlinearity?: Nonlinearity;
  generator?: Generator;
}

/** Replaces `t`'s values with one host draw per element (in place: `t` keeps its identity). */
function fill(t: Tensor, draw: (g: Generator) => number, generator?: Generator): Tensor {
  const g = generator ?? defaultGenerator;
  const values = new Float32Array(t.numel());
  for (let i = 0; i < values.length; i++) values[i] = draw(g);
  const v = fromHost('init', values, t.shape, { device: t.device }, t.dtype);
  t.assign_(v);
  v.dispose();
  return t;
}

/** PyTorch's `calculate_gain`. */
export function calculateGain(nonlinearity: Nonlinearity, param?: number): number {
  switch (nonlinearity) {
    case 'linear': case 'conv1d': case 'conv2d': case 'conv3d': case 'sigmoid': return 1;
    case 'tanh': return 5 / 3;
    case 'relu': return Math.SQRT2;
    case 'leaky_relu': {
      const slope = param ?? 0.01;
      return Math.sqrt(2 / (1 + slope * slope));
    }
    case 'selu': return 3 / 4;
    default: throw new Error(`calculateGain: unsupported nonlinearity '${String(nonlinearity)}'`);
  }
}

/** fan_in = size(1) * receptive field, fan_out = size(0) * receptive field (weights of 2+ dims). */
export function calculateFanInAndFanOut(t: Tensor): { fanIn: number; fanOut: number } {
  if (t.ndim < 2) throw new Error(`calculateFanInAndFanOut: fan in and fan out can not be computed for tensor with fewer than 2 dimensions (shape ${formatShape(t.shape)})`);
  const receptive = t.shape.slice(2).reduce((a, b) => a * b, 1);
  return { fanIn: t.shape[1]! * receptive, fanOut: t.shape[0]! * receptive };
}

function kaimingStd(t: Tensor, options: KaimingOptions): number {
  const { fanIn, fanOut } = calculateFanInAndFanOut(t);
  const fan = (options.mode ?? 'fan_in') === 'fan_in' ? fanIn : fanOut;
  // NOTE: PyTorch's default nonlinearity is leaky_relu with a = 0, i.e. relu's gain.
  const gain = calculateGain(options.nonlinearity ?? 'leaky_relu', options.a ?? 0);
  return gain / Math.sqrt(fan);
}

export function uniform_(t: Tensor, a = 0, b = 1, generator?: Generator): Tensor {
  return fill(t, (g) => a + (b - a) * g.uniform(), generator);
}

export function normal_(t: Tensor, mean = 0, std = 1, generator?: Generator): Tensor {
  return fill(t, (g) => mean + std * g.normal(), generator);
}

export function constant_(t: Tensor, value: number): Tensor {
  return fill(t, () => value);
}

export function zeros_(t: Tensor): Tensor {
  return constant_(t, 0);
}

export function ones_(t: Tensor): Tensor {
  return constant_(t, 1);
}

/** U(-bound, bound) with bound = gain * sqrt(3 / fan). */
export function kaimingUniform_(t: Tensor, options: KaimingOptions = {}): Tensor {
  const bound = Math.sqrt(3) * kaimingStd(t, options);
  return uniform_(t, -bound, bound, options.generator);
}

/** N(0, std²) with std = gain / sqrt(fan). */
export function kaimingNormal_(t: Tensor, options: KaimingOptions = {}): Tensor {
  return normal_(t, 0, kaimingStd(t, options), options.generator);
}

/** U(-a, a) with a = gain * sqrt(6 / (fan_in + fan_out)). */
export function xavierUniform_(t: Tensor, gain = 1, generator?: Generator): Tensor {
  const { fanIn, fanOut } = calculateFanInAndFanOut(t);
  const a = gain * Math.sqrt(6 / (fanIn + fanOut));
  return uniform_(t, -a, a, generator);
}

/** N(0, std²) with std = gain * sqrt(2 / (fan_in + fan_out)). */
export function xavierNormal_(t: Tensor, gain = 1, generator?: Generator): Tensor {
  const { fanIn, fanOut } = calculateFanInAndFanOut(t);
  return normal_(t, 0, gain * Math.sqrt(2 / (fanIn + fanOut)), generator);
}
