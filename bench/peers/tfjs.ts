import { createRequire } from 'node:module';
import type { Case, HostTensor, Tf, TfTensor } from '../case.js';
import type { Impl, Prepared } from '../impl.js';
import { prepared, toFloat } from '../impl.js';
import { installNavigatorGpu } from './gpu.js';
import { registerWasmFilterGrad, WASM_FILTER_GRAD_NOTE } from './tfjs-wasm-filter-grad.js';

export type TfBackendName = 'wasm' | 'cpu' | 'webgpu';

let tfPromise: Promise<Tf> | undefined;
/** What the bench added to tfjs as shipped (printed with the results). */
const adjustments: string[] = [];

/**
 * Loads tfjs-core and the three backends once. NOTE: the packages' Node `main`
 * is CommonJS and each backend registers itself into the tfjs-core instance it
 * requires, so everything is loaded through one `require` to share that instance.
 */
function loadTf(): Promise<Tf> {
  tfPromise ??= (async () => {
    installNavigatorGpu();
    const require = createRequire(import.meta.url);
    const tf = require('@tensorflow/tfjs-core') as Tf;
    require('@tensorflow/tfjs-backend-cpu');
    require('@tensorflow/tfjs-backend-wasm');
    require('@tensorflow/tfjs-backend-webgpu');
    // PROD: no debug checks (as shipped apps run) and no "install tfjs-node" banner.
    tf.env().set('PROD', true);
    // NOTE: tfjs-core's Node bundle registers no gradients (the umbrella
    // @tensorflow/tfjs package does). Its ESM gradient modules are bundled into
    // dist/bench by esbuild (a relative path, so not external); tfjs keeps the
    // engine and registries on globalThis, so they land in this instance.
    await import('../../node_modules/@tensorflow/tfjs-core/dist/register_all_gradients.js');
    if (registerWasmFilterGrad(tf)) adjustments.push(WASM_FILTER_GRAD_NOTE);
    return tf;
  })();
  return tfPromise;
}

/** Kernels the bench registered into tfjs because it lacks them (empty until tfjs is loaded). */
export function tfjsAdjustments(): readonly string[] {
  return adjustments;
}

export async function tfjsVersion(): Promise<string> {
  return (await loadTf()).version_core;
}

export function tfjsImpl(backend: TfBackendName): Impl {
  return {
    id: `tfjs:${backend}`,
    lib: 'tfjs',
    side: backend === 'webgpu' ? 'webgpu' : 'cpu',
    async prepare(c: Case, x: HostTensor[]): Promise<Prepared | string> {
      if (typeof c.tfjs === 'string') return c.tfjs;
      const tf = await loadTf();
      if (tf.getBackend() !== backend) {
        if (!(await tf.setBackend(backend))) return `tfjs backend '${backend}' failed to initialise`;
        await tf.ready();
      }
      const inputs = x.map((h) => tf.tensor(h.data, h.shape, h.data instanceof Int32Array ? 'int32' : 'float32'));
      const step = c.tfjs(tf, inputs);
      return prepared(step, {
        read: async (t) => toFloat(await t.data()),
        dispose: (t) => t.dispose(),
        // A one-element readback waits for everything queued before it (tfjs has no sync call).
        finish: async (last) => {
          if (last.length === 0) return;
          const probe = tf.tidy(() => tf.slice(tf.reshape(last[0]!, [-1]), 0, 1));
          await probe.data();
          probe.dispose();
        },
        scope: (fn) => tf.tidy(fn as () => TfTensor[]) as ReturnType<typeof fn>,
      }, inputs);
    },
  };
}
