import type { Conv2dGeometry } from '../backend.js';

/**
 * Which optional cpu kernels take a call: shared by the cpu backend and the
 * worker backend that drives one in another thread (it must answer at once).
 */

/**
 * Fused attention runs only when the [B, L, S] scores would take at least this
 * many bytes: measured (causal fwd+bwd, 2 cores), the composed path's blocked
 * matmuls are 1.2-1.8x faster from seq 64 to 512, so the fused kernel is for
 * bounding memory (wasm's heap is at most 4 GiB), not for speed.
 */
export const FUSED_ATTENTION_MIN_BYTES = 64 * 1024 * 1024;

/**
 * Direct convolution against im2col + GEMM (forward): 1.36x faster on LeNet
 * conv1 (25 taps), 1.2x on LeNet conv2 (150 taps), 0.8x on a ResNet 3x3 layer
 * (576 taps), where the GEMM's column matrix is long enough to pay for itself.
 */
export function usesDirectConv(g: Conv2dGeometry): boolean {
  const taps = g.channels * g.kernelH * g.kernelW;
  return taps <= 256 && g.strideH === 1 && g.strideW === 1 && g.dilationH === 1 && g.dilationW === 1;
}

/** Share of SIMD lanes doing useful work when `n` items fill 8-lane steps. */
function laneUse(n: number): number {
  return n / (8 * Math.ceil(n / 8));
}

/**
 * Which direct kernel runs a conv that usesDirectConv takes: the one
 * vectorised over the batch (8 images a step) unless the batch fills its
 * lanes worse than the output row fills the other's (8 columns a step).
 * Measured (LeNet, batch 64): 1.3x faster on conv1 (OW 28), 1.8x on conv2 (OW 10).
 */
export function usesBatchedConv(g: Conv2dGeometry): boolean {
  return laneUse(g.batch) >= laneUse(g.outW);
}

/**
 * conv2d's input gradient as a direct conv of the output gradient (the
 * batched kernel, taps in the padding skipped) against col2im(Wᵀ · dY):
 * measured ~1.7x faster on LeNet conv2 (6 <- 16 channels, 5x5) and ~1.8x on
 * LeNet conv1 (one input channel, which the kernel steps over four output
 * columns at a time); the column path stays for long reductions (ResNet 3x3
 * x 64: 576 taps) and small batches.
 */
export function usesDirectInputGrad(g: Conv2dGeometry, outC: number): boolean {
  // The kernel computes the input's channels four at a time, a last one or two
  // as two channels x two columns, or one alone four columns at a time (kernel 3+ wide).
  const rest = g.channels % 4;
  const lanes = g.channels - rest + (rest === 0 ? 0 : rest <= 2 ? 2 : 4);
  const fillsLanes = g.channels === 1 ? g.kernelW >= 3 : g.channels / lanes >= 0.75;
  return outC * g.kernelH * g.kernelW <= 512 && laneUse(g.batch) >= 0.75 && fillsLanes
    && g.strideH === 1 && g.strideW === 1 && g.dilationH === 1 && g.dilationW === 1
    && g.padH < g.kernelH && g.padW < g.kernelW;
}
