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

export const attentionCases: Case[] = [
  attentionCase(128, false),
  attentionCase(128, true),
  attentionCase(512, true),
  // GPT training step: models.GPT({ vocabSize: 65, nPositions: 64, nEmbd: 64, nLayer: 2, nHead: 4, dropout: 0 }),
  // batch 16 x 64 tokens, AdamW(lr 1e-3): forward, crossEntropy, backward, clipGradNorm, step (see examples/char-data.ts lmLoss).
];
export type { TorchTensor };
