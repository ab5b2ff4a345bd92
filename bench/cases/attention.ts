// Attention forward+backward at seq 128/512, head dim 64 (full, causal, and a
// [B, 1, 1, S] key-padding mask), and a char-GPT training step.
import type { Case, TorchTensor } from '../case.js';

type Masking = 'none' | 'causal' | 'padding';

function attentionCase(seq: number, masking: Masking): Case {
  // Key padding: 2 sequences of 4 heads (the same 8 rows of attention as the others), the second 3/4 long.
  const [B, H] = masking === 'padding' ? [2, 4] : [1, 8];
  const D = 64;
  const shape = [B, H, seq, D];
  const lengths = [seq, (3 * seq) / 4];
  const keep = (b: number, s: number): boolean => s < lengths[b]!;
  const maskData = (on: number, off: number): Float32Array => Float32Array.from({ length: B * seq }, (_, i) => (keep(Math.floor(i / seq), i % seq) ? on : off));
  const label = masking === 'causal' ? ' causal' : masking === 'padding' ? ' key-padding mask [B,1,1,S]' : '';
  return {
    name: `sdpa fwd+bwd [${shape.join(',')}]${label}`,
    family: 'attention',
    inputs: [{ shape }, { shape }, { shape }],
    // 2 matmuls forward, 5 backward (recompute + dq, dk, dv, dp), 2*seq*seq*D flops each (halved when causal;
    // a padding mask counts in full, as the composed peers compute every score).
    flops: (masking === 'causal' ? 0.5 : 1) * 7 * 2 * B * H * seq * seq * D,
    ours: (torch, [q, k, v]) => {
      const [qg, kg, vg] = [q!, k!, v!].map((t) => t.detach().requiresGrad_());
      // bool, true = attend (PyTorch's SDPA convention).
      const attnMask = masking === 'padding' ? torch.tensor(maskData(1, 0), { device: q!.device, dtype: 'bool' }).reshape([B, 1, 1, seq]) : null;
      return {
        run: () => {
          const y = torch.scaledDotProductAttention(qg!, kg!, vg!, { isCausal: masking === 'causal', attnMask });
          // The loss and the three gradients: what the tfjs peer's valueAndGrads returns too.
          const total = y.sum();
          total.backward();
          y.dispose();
          const out = [total, qg!.grad!, kg!.grad!, vg!.grad!];
          for (const t of [qg!, kg!, vg!]) t.grad = null;
          return out;
        },
        dispose: () => attnMask?.dispose(),
      };
    },
    tfjs: (tf, [q, k, v]) => {
      // Additive masks: 0 where kept, -1e9 where masked out.
      const padding = masking === 'padding' ? tf.tensor(maskData(0, -1e9), [B, 1, 1, seq]) : null;
      return {
        run: () => {
          const f = (a: typeof q, b: typeof k, c: typeof v) => {
            let s = tf.mul(tf.matMul(a!, b!, false, true), 1 / Math.sqrt(D));
            if (masking === 'causal') s = tf.add(s, tf.mul(tf.sub(1, tf.linalg.bandPart(tf.ones([seq, seq]), -1, 0)), -1e9));
            if (padding) s = tf.add(s, padding);
            return tf.sum(tf.matMul(tf.softmax(s), c!));
          };
          const { value, grads } = tf.valueAndGrads((a, b, c) => f(a, b, c))([q!, k!, v!]);
          return [value, ...grads];
        },
        dispose: () => padding?.dispose(),
      };
    },
    jax: 'composed attention only (no fused op in jax-js)',
  };
}

/** The char-GPT example's model and step: forward, crossEntropy, backward, clipGradNorm, AdamW. */
function gptStep(): Case {
  const config = { vocabSize: 65, nPositions: 64, nEmbd: 64, nLayer: 2, nHead: 4, dropout: 0 };
  const B = 16, T = 64, E = config.nEmbd, L = config.nLayer, V = config.vocabSize;
  // 6 flops per matmul weight per token (fwd + 2 bwd), plus causal attention's 4 T^2 E per layer, x3.
  const flops = 6 * B * T * (L * 12 * E * E + V * E) + L * 3 * 0.5 * 4 * B * T * T * E;
  return {
    name: `GPT train step [${B}x${T} tokens, ${L} layers, ${E} wide]`,
    family: 'train',
    inputs: [{ shape: [B, T], kind: 'labels', classes: V }, { shape: [B, T], kind: 'labels', classes: V }],
    flops,
    checkCalls: 3,
    tolerance: 2e-3,
    ours: (torch, [ids, targets]) => {
      // Built on cpu with a fixed seed, then moved: every backend starts from the same weights.
      torch.manualSeed(0);
      const model = new torch.models.GPT(config);
      model.to(ids!.device);
      const optimizer = new torch.optim.AdamW(model.parameters(), { lr: 1e-3, weightDecay: 0.01 });
      return {
        unscoped: true,
        run: async () => {
          optimizer.zeroGrad();
          const loss = torch.tidy(() => {
            const logits = model.forward(ids!);
            return torch.nn.functional.crossEntropy(logits.reshape([-1, V]), targets!.reshape([-1]));
          });
          loss.backward();
          torch.nn.utils.clipGradNorm(model.parameters(), 1.0).dispose();
          await optimizer.step();
          return [loss];
        },
        dispose: () => {
          for (const p of model.parameters()) p.dispose();
        },
      };
    },
    tfjs: 'TensorFlow.js has no GPT-2 model or fused attention; composing one by hand is not a like-for-like peer',
    jax: 'jax-js has no GPT-2 model; composing one by hand is not a like-for-like peer',
  };
}

export const attentionCases: Case[] = [
  attentionCase(128, 'none'),
  attentionCase(128, 'causal'),
  attentionCase(512, 'causal'),
  attentionCase(512, 'padding'),
  gptStep(),
];
export type { TorchTensor };
