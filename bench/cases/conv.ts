import type { Case, HostTensor, JaxArray, TfTensor, TfTensor4D, Tf } from '../case.js';
import { jaxOp } from '../case.js';
import { functional } from '../ours.js';

interface ConvShape {
  label: string;
  n: number;
  c: number;
  h: number;
  w: number;
  o: number;
  k: number;
  pad: number;
}

const SHAPES: ConvShape[] = [
  { label: 'LeNet conv1 [64,1,28,28] 1->6 5x5 p2', n: 64, c: 1, h: 28, w: 28, o: 6, k: 5, pad: 2 },
  { label: 'LeNet conv2 [64,6,14,14] 6->16 5x5', n: 64, c: 6, h: 14, w: 14, o: 16, k: 5, pad: 0 },
  { label: 'ResNet [8,64,56,56] 64->64 3x3 p1', n: 8, c: 64, h: 56, w: 56, o: 64, k: 3, pad: 1 },
];

function outSize(s: ConvShape): [number, number] {
  return [s.h + 2 * s.pad - s.k + 1, s.w + 2 * s.pad - s.k + 1];
}

/** Reference conv output at flat NCHW index i (stride 1, zero padding). */
function convAt(s: ConvShape, x: HostTensor, w: HostTensor, i: number): number {
  const [oh, ow] = outSize(s);
  const ox = i % ow;
  const oy = Math.floor(i / ow) % oh;
  const o = Math.floor(i / (ow * oh)) % s.o;
  const n = Math.floor(i / (ow * oh * s.o));
  let acc = 0;
  for (let c = 0; c < s.c; c++) {
    for (let ky = 0; ky < s.k; ky++) {
      const y = oy + ky - s.pad;
      if (y < 0 || y >= s.h) continue;
      for (let kx = 0; kx < s.k; kx++) {
        const xx = ox + kx - s.pad;
        if (xx < 0 || xx >= s.w) continue;
        acc += x.data[((n * s.c + c) * s.h + y) * s.w + xx]! * w.data[((o * s.c + c) * s.k + ky) * s.k + kx]!;
      }
    }
  }
  return acc;
}

// tfjs is NHWC with HWIO filters: inputs are transposed once at setup, and
// outputs back for the correctness check only.
const toNhwc = (tf: Tf, t: TfTensor): TfTensor => tf.transpose(t, [0, 2, 3, 1]);
const toNchw = (tf: Tf, t: TfTensor): TfTensor => tf.transpose(t, [0, 3, 1, 2]);
const toHwio = (tf: Tf, t: TfTensor): TfTensor => tf.transpose(t, [2, 3, 1, 0]);
const toOihw = (tf: Tf, t: TfTensor): TfTensor => tf.transpose(t, [3, 2, 0, 1]);
type T4 = TfTensor4D;

type Mode = 'forward' | 'backward input' | 'backward weight';

function convCase(s: ConvShape, mode: Mode): Case {
  const [oh, ow] = outSize(s);
  const fwdFlops = 2 * s.n * s.o * oh * ow * s.c * s.k * s.k;
  const inputs = [
    { shape: [s.n, s.c, s.h, s.w] },
    { shape: [s.o, s.c, s.k, s.k], scale: 0.3 },
    ...(mode === 'forward' ? [] : [{ shape: [s.n, s.o, oh, ow] }]),
  ];
  const pad = s.pad;
  const jaxPad: [number, number][] = [[pad, pad], [pad, pad]];
  const conv = (jax: Parameters<Exclude<Case['jax'], string>>[0], x: JaxArray, w: JaxArray): JaxArray => jax.lax.conv(x, w, [1, 1], jaxPad);
  return {
    // Backward cases time forward + that gradient; the report subtracts the forward.
    name: `conv ${mode === 'forward' ? 'fwd' : mode === 'backward input' ? 'fwd+bwd-input' : 'fwd+bwd-weight'} ${s.label}`,
    family: 'conv',
    inputs,
    flops: mode === 'forward' ? fwdFlops : 2 * fwdFlops,
    ...(mode === 'forward' ? { reference: ([x, w]: HostTensor[], i: number) => convAt(s, x!, w!, i) } : {}),
    ours: (torch, [x, w, gy]) => {
      const F = functional('conv2d');
      if (mode === 'forward') return { run: () => [F.conv2d(x!, w!, null, { padding: pad })] };
      return {
        run: () => {
          const leaf = (mode === 'backward input' ? x! : w!).detach().requiresGrad_();
          const y = mode === 'backward input' ? F.conv2d(leaf, w!, null, { padding: pad }) : F.conv2d(x!, leaf, null, { padding: pad });
          y.backward(gy!);
          const g = leaf.grad!;
          leaf.grad = null;
          return [g];
        },
      };
    },
    tfjs: (tf, [x, w, gy]) => {
      const xt = toNhwc(tf, x!) as T4;
      const wt = toHwio(tf, w!) as T4;
      const gyt = gy ? (toNhwc(tf, gy) as T4) : undefined;
      const dispose = (): void => tf.dispose([xt, wt, ...(gyt ? [gyt] : [])]);
      if (mode === 'forward') {
        return { run: () => [tf.conv2d(xt, wt, 1, pad)], toOurLayout: ([y]) => [toNchw(tf, y!)], dispose };
      }
      if (mode === 'backward input') {
        const g = tf.grad((a: TfTensor) => tf.conv2d(a as T4, wt, 1, pad));
        return { run: () => [g(xt, gyt)], toOurLayout: ([d]) => [toNchw(tf, d!)], dispose };
      }
      const g = tf.grad((f: TfTensor) => tf.conv2d(xt, f as T4, 1, pad));
      return { run: () => [g(wt, gyt)], toOurLayout: ([d]) => [toOihw(tf, d!)], dispose };
    },
    jax: mode === 'forward'
      ? jaxOp((jax, [x, w]) => conv(jax, x!, w!))
      : jaxOp((jax, [x, w, gy]) => {
          const np = jax.numpy;
          // NOTE: jax-js functions consume their arguments: w/x and gy are used exactly once inside.
          if (mode === 'backward input') return jax.grad((a: JaxArray) => np.sum(np.multiply(conv(jax, a, w!), gy!)))(x!);
          return jax.grad((f: JaxArray) => np.sum(np.multiply(conv(jax, x!, f), gy!)))(w!);
        }),
  };
}

export const convCases: Case[] = SHAPES.flatMap((s) => (['forward', 'backward input', 'backward weight'] as const).map((m) => convCase(s, m)));
