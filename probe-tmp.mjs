import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const dawn = require('webgpu');
Object.assign(globalThis, dawn.globals);
const gpu = dawn.create([]);
globalThis.navigator = { gpu, userAgent: 'Node.js', hardwareConcurrency: 2 };
const tf = require('@tensorflow/tfjs-core');
require('@tensorflow/tfjs-backend-cpu'); require('@tensorflow/tfjs-backend-wasm'); require('@tensorflow/tfjs-backend-webgpu');
for (const b of ['wasm', 'cpu', 'webgpu']) {
  try { const ok = await tf.setBackend(b); await tf.ready(); const a = tf.ones([2,2]); console.log(b, ok, await tf.matMul(a,a).data()); }
  catch (e) { console.log(b, 'fail', e.message); }
}
const jax = await import('@jax-js/jax');
console.log(await jax.init());
for (const d of ['wasm', 'webgpu']) {
  try { const a = jax.numpy.ones([2,2], {device: d}); const r = jax.numpy.matmul(a.ref, a); console.log(d, await r.data()); } catch (e) { console.log(d, 'fail', e.message); }
}
process.exit(0);
