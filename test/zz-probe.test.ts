import { it } from 'vitest';
import { getBackend } from '../src/device.js';
import type { Backend } from '../src/backend/backend.js';
import type { KernelContext } from '../src/backend/webgpu/kernels/context.js';
import { attentionBackward, attentionForward } from './support/wip-attention-kernel.js';
import { torch } from './support/setup-torch.js';
it('gpu timing', async () => {
  const gpu = getBackend('webgpu:0') as Backend & KernelContext;
  const device = 'webgpu:0';
  for (const [B, H, T, D] of [[16, 4, 64, 16], [1, 4, 128, 64]]) {
    const q = torch.randn([B, H, T, D], { device }).requiresGrad_();
    await q.data();
    const time = async (fn: () => void): Promise<number> => {
      let best = Infinity;
      for (let r = 0; r < 3; r++) { await gpu.sync(); const t0 = performance.now(); fn(); await gpu.sync(); best = Math.min(best, performance.now() - t0); }
      return best;
    };
    const composed = await time(() => { const y = torch.scaledDotProductAttention(q, q, q, { isCausal: true }); y.sum().backward(); y.dispose(); q.grad!.dispose(); q.grad = null; });
    const q3 = q.detach().reshape([B * H, T, D]).contiguous();
    const out = torch.zeros([B * H, T, D], { device }); const lse = torch.zeros([B * H, T], { device });
    const dq = torch.zeros([B * H, T, D], { device }); const dk = torch.zeros([B * H, T, D], { device }); const dv = torch.zeros([B * H, T, D], { device }); const delta = torch.zeros([B * H, T], { device });
    const fused = await time(() => {
      attentionForward(gpu, out.storage.buffer, lse.storage.buffer, q3.view_(), q3.view_(), q3.view_(), 0.25, true);
      attentionBackward(gpu, delta.storage.buffer, dq.storage.buffer, dk.storage.buffer, dv.storage.buffer, q3.view_(), q3.view_(), q3.view_(), out.view_(), out.view_(), lse.view_(), 0.25, true);
    });
    console.log(`[${B},${H},${T},${D}] causal fwd+bwd on SwiftShader: composed ${composed.toFixed(0)} ms, fused kernels ${fused.toFixed(0)} ms`);
  }
  torch.shutdown();
}, 600000);
