// TEMPORARY: drives the WGSL attention kernels through the webgpu backend's
// public dispatch before they are wired into the backend.
import { afterAll, it, expect } from 'vitest';
import { getBackend } from '../src/device.js';
import type { Backend, View } from '../src/backend/backend.js';
import type { KernelContext } from '../src/backend/webgpu/kernels/context.js';
import { attentionBackward, attentionForward } from './support/wip-attention-kernel.js';
import { torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

it('wgsl attention fwd+bwd vs cpu fused', async () => {
  const gpu = getBackend('webgpu:0') as Backend & KernelContext;
  const cpu = getBackend('cpu');
  for (const causal of [false, true]) {
    for (const [B, L, S, E, Ev] of [[3, 37, 29, 16, 12], [2, 70, 70, 8, 8]] as const) {
      const g = new torch.Generator(5);
      const q = torch.randn([B, L, E], { generator: g });
      const k = torch.randn([B, S, E], { generator: g });
      const v = torch.randn([B, S, Ev], { generator: g });
      const dout = torch.randn([B, L, Ev], { generator: g });
      const scale = 0.3;
      const run = async (be: Backend, dev: string): Promise<number[][]> => {
        const [qd, kd, vd, gd] = [q, k, v, dout].map((t) => t.to(dev));
        await Promise.all([qd, kd, vd, gd].map((t) => t!.storage.pending));
        const out = torch.zeros([B, L, Ev], { device: dev });
        const lse = torch.zeros([B, L], { device: dev });
        const views = (t: torch.Tensor): View => t.view_();
        expect(dev === 'cpu' ? be.attention!(out.storage.buffer, lse.storage.buffer, views(qd!), views(kd!), views(vd!), scale, causal)
          : attentionForward(gpu, out.storage.buffer, lse.storage.buffer, views(qd!), views(kd!), views(vd!), scale, causal)).toBe(true);
        const dq = torch.zeros([B, L, E], { device: dev });
        const dk = torch.zeros([B, S, E], { device: dev });
        const dv = torch.zeros([B, S, Ev], { device: dev });
        const delta = torch.zeros([B, L], { device: dev });
        const args = [views(qd!), views(kd!), views(vd!), views(out), views(gd!), views(lse)] as const;
        if (dev === 'cpu') be.attentionBackward!(dq.storage.buffer, dk.storage.buffer, dv.storage.buffer, ...args, scale, causal);
        else attentionBackward(gpu, delta.storage.buffer, dq.storage.buffer, dk.storage.buffer, dv.storage.buffer, ...args, scale, causal);
        return Promise.all([out, lse, dq, dk, dv].map(async (t) => [...(await t.data())]));
      };
      const a = await run(cpu, 'cpu');
      const b = await run(gpu, 'webgpu:0');
      a.forEach((arr, i) => {
        let worst = 0;
        arr.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - b[i]![j]!) / (1 + Math.abs(x)))));
        expect(worst, `output ${i} causal=${causal} [${B},${L},${S},${E},${Ev}]`).toBeLessThan(1e-4);
      });
    }
  }
}, 300000);
