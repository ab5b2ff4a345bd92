// utils.checkpoint (recompute in backward), autocast's float32 fallback and
// GradScaler's dynamic loss scaling.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { plannedDevices, torch } from './support/setup-torch.js';

const { nn } = torch;

afterAll(() => torch.shutdown());

async function values(t: torch.Tensor | null): Promise<number[]> {
  return [...(await t!.data())];
}

function closeArrays(a: number[], b: number[], tol = 1e-5): void {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - b[i]!)).toBeLessThanOrEqual(tol * (1 + Math.abs(b[i]!))));
}

for (const device of plannedDevices()) {
  describe(`[${device}] utils.checkpoint`, () => {
    it('gives the same output and gradients (inputs and parameters), dropout included', async () => {
      torch.manualSeed(0);
      const block = new nn.Sequential(new nn.Linear(6, 8, { device }), new nn.GELU(), new nn.Dropout(0.3), new nn.Linear(8, 6, { device }));
      const x0 = torch.randn([4, 6], { device });
      const run = async (useCheckpoint: boolean): Promise<number[][]> => {
        block.zeroGrad();
        const x = x0.detach().requiresGrad_();
        torch.manualSeed(11);
        const y = useCheckpoint ? torch.utils.checkpoint((t) => block.forward(t), x) : block.forward(x);
        y.mul(y).sum().backward();
        const params = [...block.parameters()];
        return [await values(y), await values(x.grad), ...(await Promise.all(params.map((p) => values(p.grad))))];
      };
      const plain = await run(false);
      const ckpt = await run(true);
      plain.forEach((p, i) => closeArrays(ckpt[i]!, p));
    });

    it('frees the segment activations until backward', () => {
      torch.manualSeed(1);
      const layers = Array.from({ length: 4 }, () => new nn.Linear(16, 16, { device }));
      const x = torch.randn([8, 16], { device });
      const segment = (t: torch.Tensor): torch.Tensor => layers.reduce((h, l) => l.forward(h).tanh(), t);
      const base = torch.memory().numTensors;
      const plain = torch.tidy(() => segment(x));
      const plainLive = torch.memory().numTensors - base;
      plain.dispose();
      const ck = torch.tidy(() => torch.utils.checkpoint(segment, x));
      const ckLive = torch.memory().numTensors - base;
      expect(ckLive).toBeLessThan(plainLive);
      ck.sum().backward();
      expect(layers[0]!.weight.grad).not.toBeNull();
    });
  });
}

describe('utils.checkpoint errors', () => {
  it('asks for tensors that require grad and come from outside to be passed as inputs', () => {
    const w = torch.randn([3], { requiresGrad: true });
    const outside = w.mul(2);
    expect(() => torch.utils.checkpoint((t) => t.mul(outside), torch.ones([3]))).toThrow(/checkpoint: .*computed outside it; pass it as one of the inputs/);
  });
});

describe('autocast', () => {
  it('falls back to float32 with a one-time note where float16 is unavailable (SwiftShader, cpu)', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: (string | undefined)[] = [];
    const out = torch.autocast('cpu', 'float16', () => {
      seen.push(torch.amp.autocastState()?.computeDType);
      return torch.autocast('cpu', 'float16', () => torch.ones([2]).add(1));
    });
    expect(seen).toEqual(['float32']);
    expect(out.dtype).toBe('float32');
    expect(torch.amp.isAutocastEnabled()).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/float16 on cpu is not available .* running in float32/);
    warn.mockRestore();
  });

  it.runIf(plannedDevices().includes('webgpu:0'))('names the missing shader-f16 feature on WebGPU', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    torch.autocast('webgpu', 'float16', () => {
      expect(torch.amp.autocastState()).toMatchObject({ deviceType: 'webgpu', requested: 'float16', computeDType: 'float32' });
    });
    expect(String(warn.mock.calls[0]?.[0] ?? '')).toMatch(/shader-f16|float16 kernels/);
    warn.mockRestore();
  });

  it('keeps the region open across an async body and closes it on errors', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await torch.autocast('cpu', 'bfloat16', async () => {
      await Promise.resolve();
      expect(torch.amp.isAutocastEnabled('cpu')).toBe(true);
    });
    expect(() => torch.autocast('cpu', 'float16', () => { throw new Error('boom'); })).toThrow('boom');
    expect(torch.amp.isAutocastEnabled()).toBe(false);
  });
});

for (const device of plannedDevices()) {
  describe(`[${device}] GradScaler`, () => {
    it('unscales gradients, steps, and grows the scale after growthInterval clean steps', async () => {
      const w = new nn.Parameter(torch.tensor([1, -2, 3], { device }));
      const opt = new torch.optim.SGD([w], { lr: 0.1 });
      const scaler = new torch.amp.GradScaler({ initScale: 1024, growthInterval: 2 });
      for (let i = 0; i < 2; i++) {
        opt.zeroGrad();
        const loss = w.mul(w).sum();
        const before = await values(w);
        scaler.scale(loss).backward();
        expect(await scaler.step(opt)).toBe(true);
        scaler.update();
        // d(w·w)/dw = 2w, unscaled, then w -= 0.1 * 2w.
        closeArrays(await values(w), before.map((v) => v - 0.2 * v));
      }
      expect(scaler.getScale()).toBe(2048);
    });

    it('skips the step and halves the scale when a gradient overflows', async () => {
      const w = new nn.Parameter(torch.tensor([1, 2], { device }));
      const opt = new torch.optim.SGD([w], { lr: 0.1 });
      const scaler = new torch.amp.GradScaler({ initScale: 3e38 });
      scaler.scale(w.mul(w).sum()).backward(); // 3e38 * 2w overflows float32
      expect(await scaler.step(opt)).toBe(false);
      scaler.update();
      expect(await values(w)).toEqual([1, 2]);
      expect(scaler.getScale()).toBe(1.5e38);
      expect(scaler.stateDict()).toMatchObject({ scale: 1.5e38, _growth_tracker: 0, growth_factor: 2, backoff_factor: 0.5 });
    });

    it('refuses a second unscale_ in one iteration', async () => {
      const w = new nn.Parameter(torch.tensor([1], { device }));
      const opt = new torch.optim.SGD([w], { lr: 0.1 });
      const scaler = new torch.amp.GradScaler();
      scaler.scale(w.sum()).backward();
      await scaler.unscale_(opt);
      await expect(scaler.unscale_(opt)).rejects.toThrow(/unscale_\(\) has already been called/);
    });
  });
}
