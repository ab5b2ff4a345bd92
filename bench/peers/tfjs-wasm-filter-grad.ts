import type { KernelBackend, KernelFunc, TensorInfo } from '@tensorflow/tfjs-core';
import type { Tf } from '../case.js';

type KernelArgs = Parameters<KernelFunc>[0];

/** What the footnote and the JSON say about the registration below. */
export const WASM_FILTER_GRAD_NOTE =
  "tfjs-wasm ships no Conv2DBackpropFilter kernel; the bench registers one (bench/peers/tfjs-wasm-filter-grad.ts: transposes around tfjs-wasm's own Conv2D), so its CNN training cases run, as the issue's 26 ms LeNet-step figure did";

/**
 * Registers a Conv2DBackpropFilter kernel for tfjs's wasm backend, built from
 * the backend's own Transpose and Conv2D kernels: for stride 1 and dilation 1,
 * dW[kh, kw, ci, co] = sum over n, oh, ow of x[n, oh + kh - p, ow + kw - p, ci] · dy[n, oh, ow, co]
 * is a convolution of x with the batch as channels ([Ci, H, W, N]) by dy as
 * an [OH, OW, N, Co] filter, giving [Ci, KH, KW, Co]. Without it tfjs-wasm
 * cannot train a CNN as shipped. Returns false when the wasm backend already
 * has such a kernel (a later tfjs release), so a real one is never replaced.
 */
export function registerWasmFilterGrad(tf: Tf): boolean {
  if (tf.getKernelsForBackend('wasm').some((k) => k.kernelName === 'Conv2DBackpropFilter')) return false;
  const kernel = (name: string): KernelFunc => tf.getKernel(name, 'wasm').kernelFunc;
  const transpose = kernel('Transpose');
  const conv2d = kernel('Conv2D');
  tf.registerKernel({
    kernelName: 'Conv2DBackpropFilter',
    backendName: 'wasm',
    kernelFunc: ({ inputs, backend, attrs }: KernelArgs): TensorInfo => {
      const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
      const { strides, pad, dataFormat, filterShape } = attrs as unknown as {
        strides: number | [number, number]; pad: 'valid' | 'same' | number | unknown; dataFormat: string; filterShape: number[];
      };
      const stride = typeof strides === 'number' ? [strides, strides] : strides;
      if (stride[0] !== 1 || stride[1] !== 1 || dataFormat !== 'NHWC' || (typeof pad !== 'number' && pad !== 'valid')) {
        throw new Error(`bench's tfjs-wasm Conv2DBackpropFilter: only stride 1, NHWC and a numeric or 'valid' pad (got strides ${String(strides)}, ${dataFormat}, pad ${JSON.stringify(pad)})`);
      }
      const wasm = backend as KernelBackend;
      const run = (f: KernelFunc, ins: Record<string, TensorInfo>, at: Record<string, unknown>): TensorInfo =>
        f({ inputs: ins, backend, attrs: at as KernelArgs['attrs'] }) as TensorInfo;
      const xT = run(transpose, { x }, { perm: [3, 1, 2, 0] });
      const dyT = run(transpose, { x: dy }, { perm: [1, 2, 0, 3] });
      const r = run(conv2d, { x: xT, filter: dyT }, { strides: 1, pad, dataFormat: 'NHWC', dilations: 1 });
      const dw = run(transpose, { x: r }, { perm: [1, 2, 0, 3] });
      for (const t of [xT, dyT, r]) wasm.disposeData(t.dataId);
      const want = filterShape.join(',');
      if (dw.shape.join(',') !== want) throw new Error(`bench's tfjs-wasm Conv2DBackpropFilter: got [${dw.shape.join(',')}], want [${want}]`);
      return dw;
    },
  });
  return true;
}
