// Attention forward+backward at seq 128/512, head dim 64, and a char-GPT training step.
import type { Case, TorchTensor } from '../case.js';

function attentionCase(seq: number, causal: boolean): Case {
  const B = 1, H = 8, D = 64;
  const shape = [B, H, seq, D];
  return {
    name: `sdpa fwd+bwd [${shape.join(',')}]${causal ? ' causal' : ''}`,
    family: 'attention',
    inputs: [{ shape }, { shape }, { shape }],
    // 2 matmuls forward, 5 backward (recompute + dq, dk, dv, dp), 2*seq*seq*D flops each (halved when causal).
    flops: (causal ? 0.5 : 1) * 7 * 2 * B * H * seq * seq * D,
    ours: (torch, [q, k, v]) => {
      const [qg, kg, vg] = [q!, k!, v!].map((t) => t.detach().requiresGrad_());
      return {
        run: () => {
          const y = torch.scaledDotProductAttention(qg!, kg!, vg!, { isCausal: causal });
          // The loss and the three gradients: what the tfjs peer's valueAndGrads returns too.
          const total = y.sum();
          total.backward();
          y.dispose();
          const out = [total, qg!.grad!, kg!.grad!, vg!.grad!];
          for (const t of [qg!, kg!, vg!]) t.grad = null;
          return out;
        },
      };
    },
    tfjs: (tf, [q, k, v]) => ({
      run: () => {
        const f = (a: typeof q, b: typeof k, c: typeof v) => {
          let s = tf.mul(tf.matMul(a!, b!, false, true), 1 / Math.sqrt(D));
          if (causal) s = tf.add(s, tf.mul(tf.sub(1, tf.linalg.bandPart(tf.ones([seq, seq]), -1, 0)), -1e9));
          return tf.sum(tf.matMul(tf.softmax(s), c!));
        };
        const { value, grads } = tf.valueAndGrads((a, b, c) => f(a, b, c))([q!, k!, v!]);
        return [value, ...grads];
      },
    }),
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
  attentionCase(128, false),
  attentionCase(128, true),
  attentionCase(512, true),
  gptStep(),
];
export type { TorchTensor };
