import type { Case, HostTensor, Jax, JaxArray } from '../case.js';
import type { Impl, Prepared } from '../impl.js';
import { prepared, toFloat } from '../impl.js';
import { installNavigatorGpu } from './gpu.js';

export type JaxDevice = 'wasm' | 'webgpu';

let jaxPromise: Promise<{ jax: Jax; devices: string[] }> | undefined;

function loadJax(): Promise<{ jax: Jax; devices: string[] }> {
  jaxPromise ??= (async () => {
    installNavigatorGpu();
    const jax = await import('@jax-js/jax');
    const devices = await jax.init('wasm', 'webgpu');
    return { jax, devices };
  })();
  return jaxPromise;
}

export function jaxImpl(device: JaxDevice): Impl {
  return {
    id: `jax:${device}`,
    lib: 'jax',
    side: device === 'webgpu' ? 'webgpu' : 'cpu',
    async prepare(c: Case, x: HostTensor[]): Promise<Prepared | string> {
      if (typeof c.jax === 'string') return c.jax;
      const { jax, devices } = await loadJax();
      if (!devices.includes(device)) return `jax-js has no '${device}' device here (init gave ${devices.join(', ')})`;
      const np = jax.numpy;
      const inputs = x.map((h) =>
        np.array(h.data, { shape: h.shape, dtype: h.data instanceof Int32Array ? np.int32 : np.float32, device }),
      );
      const step = c.jax(jax, inputs);
      return prepared(step, {
        // NOTE: data() consumes the array in jax-js, hence .ref.
        read: async (t) => toFloat(await t.ref.data()),
        dispose: (t) => t.dispose(),
        finish: async (last) => {
          await Promise.all(last.map((t) => t.blockUntilReady()));
        },
        settle: async (outs) => {
          await Promise.all(outs.map((t) => t.blockUntilReady()));
        },
        scope: (fn) => fn(),
      }, inputs);
    },
  };
}
