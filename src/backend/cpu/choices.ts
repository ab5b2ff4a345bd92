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
