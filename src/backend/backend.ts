/**
 * The Backend interface: storage plus a fixed set of kernel families.
 * Everything else (autograd, composite ops, nn) is written once in `src/ops/`
 * over these primitives.
 *
 * Conventions shared by every backend:
 * - Every dtype occupies 4 bytes per element in storage: float32 as f32,
 *   int32 as i32, bool as a 32-bit 0/1 word. One element size keeps every
 *   kernel indexing 32-bit words (and WGSL has no 1-byte storage type).
 * - `shape`, `strides` and `offset` are in elements, never bytes.
 * - Outputs are always contiguous, row-major, offset 0, in a buffer the op
 *   layer allocated with `alloc`. Inputs are strided views (`View`).
 * - Kernels enqueue work and return at once; only `read` waits.
 */

export type DType = 'float32' | 'int32' | 'bool';

/** Opaque handle to device memory owned by one backend. */
export interface BackendBuffer {
  /** Size in bytes as requested from `alloc`. */
  readonly byteLength: number;
}

/** A strided window onto a buffer; strides may be 0 (broadcast) or any integer >= 0. */
export interface View {
  buffer: BackendBuffer;
  dtype: DType;
  shape: readonly number[];
  strides: readonly number[];
  offset: number;
}

/** A broadcast JS number used in place of a tensor operand (no upload needed). */
export type Operand = View | number;

export type UnaryOp =
  | 'neg' | 'abs' | 'exp' | 'log' | 'sqrt' | 'rsqrt' | 'sin' | 'cos' | 'tanh'
  | 'sigmoid' | 'relu' | 'gelu' | 'gelu_tanh' | 'silu' | 'erf' | 'sign'
  | 'floor' | 'ceil' | 'round' | 'square' | 'reciprocal' | 'log1p' | 'expm1'
  | 'logical_not';

export type BinaryOp =
  | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'maximum' | 'minimum'
  | 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'
  | 'logical_and' | 'logical_or'
  // PyTorch's threshold_backward at 0 (float32 only): a where b > 0 or NaN, else 0.
  | 'relu_backward';

export type ReduceOp = 'sum' | 'prod' | 'max' | 'min' | 'argmax' | 'argmin';

export interface Conv2dGeometry {
  batch: number;
  channels: number;
  height: number;
  width: number;
  kernelH: number;
  kernelW: number;
  strideH: number;
  strideW: number;
  padH: number;
  padW: number;
  dilationH: number;
  dilationW: number;
  /** Output spatial size, computed by the op layer with PyTorch's formula. */
  outH: number;
  outW: number;
}

/** Pooling uses the same geometry; dilation is 1 for avg pooling. */
export type Pool2dGeometry = Conv2dGeometry;

export interface Backend {
  /** 'cpu' or 'webgpu:N'. */
  readonly name: string;
  readonly kind: 'cpu' | 'webgpu';

  // ---- storage ----
  alloc(byteLength: number): BackendBuffer;
  /** Return memory to the backend's pool. Safe to call while queued kernels still use it. */
  free(buffer: BackendBuffer): void;
  write(buffer: BackendBuffer, data: ArrayBufferView, byteOffset?: number): void;
  /**
   * A write whose bytes arrive later (a copy from another asynchronous
   * device), ordered like `write` at the time of the call: everything queued
   * after it runs after the bytes land, so the destination tensor is usable at
   * once, as a CUDA stream waits on an event. If `data` rejects, the next read
   * or sync rejects with its message. Without it, such a copy's tensor must
   * be awaited (`toAsync`) before use.
   */
  writeLater?(buffer: BackendBuffer, data: Promise<ArrayBuffer>): void;
  read(buffer: BackendBuffer, byteOffset: number, byteLength: number): Promise<ArrayBuffer>;
  /** Synchronous read; only backends whose memory the host can see (cpu) provide it. */
  readSync?(buffer: BackendBuffer, byteOffset: number, byteLength: number): ArrayBuffer;
  /** Bytes currently held (allocated and not freed) by live buffers. */
  bytesInUse(): number;
  /** Wait until all queued work finished (webgpu: submit + onSubmittedWorkDone). */
  sync(): Promise<void>;
  /** Release pools and devices; the backend is unusable afterwards. */
  destroy(): void;
  /** deviceInfo()'s description where it changes at run time (the cpu backend's thread count). */
  describe?(): string;
  /** torch.shutdown(): end helper threads so Node can exit; the backend stays usable. */
  releaseThreads?(): void;

  /** Fill `count` elements from the start of `out` with `value` (as `dtype`). */
  fill(out: BackendBuffer, count: number, value: number, dtype: DType): void;

  // ---- elementwise (inputs are already broadcast to `shape`: stride 0 on broadcast dims) ----
  /** out[i] = a[i] converted to outDtype (bool: x != 0). Also the strided -> contiguous copy. */
  copy(out: BackendBuffer, a: View, outDtype: DType): void;
  /** float32 -> float32 for every op; int32 -> int32 for neg/abs/sign/square; bool -> bool for logical_not. */
  unary(op: UnaryOp, out: BackendBuffer, a: View): void;
  /**
   * a and b have the same dtype (float32 or int32, or bool for logical ops and eq/ne).
   * Arithmetic ops give that dtype; comparisons and logical ops give bool.
   * int32 div truncates toward zero; int32 pow is not required.
   */
  binary(op: BinaryOp, out: BackendBuffer, shape: readonly number[], a: Operand, b: Operand, dtype: DType): void;
  /** out = cond ? a : b; cond bool, a/b of `dtype`. */
  where(out: BackendBuffer, shape: readonly number[], cond: View, a: Operand, b: Operand, dtype: DType): void;
  /** out = clamp(a, lo, hi) for float32/int32; lo/hi may be -Infinity/Infinity. */
  clamp(out: BackendBuffer, a: View, lo: number, hi: number): void;

  // ---- reductions over a contiguous [outer, reduced, inner] block ----
  /**
   * `a` is contiguous from `a.offset` with `outer * reduced * inner` elements.
   * out[o, i] = op over r of a[o, r, i]. sum/prod/max/min keep the input dtype
   * (bool sums as int32); argmax/argmin give int32 and pick the first extreme
   * (NaN counts as the extreme, as PyTorch does).
   */
  reduce(op: ReduceOp, out: BackendBuffer, a: View, outer: number, reduced: number, inner: number): void;
  /** Numerically stable softmax (or logSoftmax) over the last dim of a contiguous [rows, cols] float32 view. */
  softmax(out: BackendBuffer, a: View, rows: number, cols: number, log: boolean): void;

  // ---- matmul ----
  /**
   * out[b, m, n] = sum_k a[b, m, k] * b[b, k, n]. a is a 3-D view [B, M, K],
   * b a 3-D view [B, K, N]; strides arbitrary (transposed views and stride-0
   * batch broadcast are legal). float32 only.
   */
  matmul(out: BackendBuffer, a: View, b: View): void;

  // ---- indexing (index tensors are int32; out-of-range indices are the op layer's job) ----
  /** out[o, j, i] = a[o, index[j], i]; a contiguous [outer, n, inner], index contiguous [m]. */
  indexSelect(out: BackendBuffer, a: View, index: View, outer: number, n: number, inner: number, m: number): void;
  /** target[o, index[j], i] += src[o, j, i], in place; target contiguous [outer, n, inner], src contiguous [outer, m, inner]. */
  indexAdd(target: BackendBuffer, src: View, index: View, outer: number, n: number, inner: number, m: number): void;
  /** PyTorch gather on contiguous a and index: out has index's shape. */
  gather(out: BackendBuffer, a: View, dim: number, index: View): void;
  /** PyTorch scatter_add_ in place: target (contiguous, shape `targetShape`) [.., index[..], ..] += src[..]. index/src contiguous, same shape. */
  scatterAdd(target: BackendBuffer, targetShape: readonly number[], dim: number, index: View, src: View): void;

  // ---- convolution and pooling helpers (NCHW, float32, contiguous inputs) ----
  /** cols[n, c*kh*kw, oh*ow] from x[n, c, h, w] (zero padding). */
  im2col(cols: BackendBuffer, x: View, g: Conv2dGeometry): void;
  /** x[n, c, h, w] = sum of the cols entries that read each pixel (adjoint of im2col). */
  col2im(x: BackendBuffer, cols: View, g: Conv2dGeometry): void;
  /** out[n, c, oh, ow] = max over the window; indices (int32) = flat h*W+w of the max, first one on ties; padding is -inf. */
  maxPool2d(out: BackendBuffer, indices: BackendBuffer, x: View, g: Pool2dGeometry): void;
  /** gradIn[n, c, h, w] = sum of gradOut over the windows whose argmax is (h, w). */
  maxPool2dBackward(gradIn: BackendBuffer, gradOut: View, indices: View, g: Pool2dGeometry): void;
  /** Average over the window; the divisor counts padded cells when countIncludePad, else only real ones. */
  avgPool2d(out: BackendBuffer, x: View, g: Pool2dGeometry, countIncludePad: boolean): void;
  avgPool2dBackward(gradIn: BackendBuffer, gradOut: View, g: Pool2dGeometry, countIncludePad: boolean): void;
}

export const ELEMENT_BYTES = 4;

/**
 * Optional capabilities a backend may add (append-only; callers treat a
 * missing method as "not supported").
 */
export interface Backend {
  /**
   * True when the device can run 16-bit float kernels (WebGPU: the adapter
   * has 'shader-f16' and the device was opened with it). Autocast falls back
   * to float32 where this is absent or false.
   */
  supportsFloat16?(): boolean;
}

/**
 * Fused attention (optional; the op layer composes matmul + softmax + matmul
 * where a backend lacks it). All views are contiguous: q [B, L, E],
 * k [B, S, E], v [B, S, Ev]; B is batch * heads. `causal` keeps keys s <= l.
 */
export interface Backend {
  /**
   * out [B, L, Ev] = softmax(q kᵀ · scale) v without an [L, S] buffer
   * (online or per-row softmax); lse [B, L] = log-sum-exp of each row's
   * scaled scores, which the backward uses to recompute the probabilities.
   * Returns false, having done nothing, for shapes it does not handle (the
   * op layer then composes the op).
   */
  attention?(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, scale: number, causal: boolean): boolean;
  /**
   * dq [B, L, E], dk [B, S, E], dv [B, S, Ev] (overwritten) from dout [B, L, Ev],
   * the forward's out and lse. Returns false, having done nothing, when it
   * cannot (the op layer then recomputes the probabilities with ordinary ops).
   */
  attentionBackward?(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, scale: number, causal: boolean,
  ): boolean;
}

/**
 * Fused attention with an additive float32 bias (optional; the op layer
 * composes the op where a backend lacks it). q, k, v as in `attention`;
 * `bias` has shape [..., L, S] whose leading dims multiply to B in row-major
 * order (the query's own batch dims, e.g. [N, H, L, S] for B = N * H), with
 * any strides: 0 on broadcast dims, so a [N, 1, 1, S] key-padding mask is
 * read in place. It is added to the scaled scores; -inf masks a pair out.
 * A query row with every key masked gives zeros and passes no gradient (the
 * composed op's rule), and its lse is +inf.
 */
export interface Backend {
  /** `attention` plus the bias. Returns false, having done nothing, for shapes it does not handle. */
  attentionBiased?(out: BackendBuffer, lse: BackendBuffer, q: View, k: View, v: View, bias: View, scale: number, causal: boolean): boolean;
  /** `attentionBackward` plus the bias (no gradient for it). Returns false, having done nothing, when it cannot. */
  attentionBiasedBackward?(
    dq: BackendBuffer, dk: BackendBuffer, dv: BackendBuffer,
    q: View, k: View, v: View, out: View, dout: View, lse: View, bias: View, scale: number, causal: boolean,
  ): boolean;
}

/**
 * Batch-summed matmul (optional; the op layer computes the per-batch products
 * and reduces them with `reduce` where a backend lacks it).
 */
export interface Backend {
  /**
   * out [M, N] = Σ_b Σ_k a[b, m, k] · b[b, k, n], for the gradient of a
   * matmul operand broadcast over the batch (a conv or Linear weight): no
   * [B, M, N] intermediate. Views as in `matmul`; float32 only.
   */
  matmulSumBatch?(out: BackendBuffer, a: View, b: View): void;
}

/** Direct convolution (optional; the op layer runs im2col + matmul where a backend lacks it or declines). */
export interface Backend {
  /**
   * out [N, outC, outH, outW] = conv2d(x [N, C, H, W], weight [outC, C, kh, kw])
   * without a column matrix, groups 1, no bias; x and weight contiguous.
   * Returns false, having done nothing, for geometries it does not handle or
   * where im2col + matmul is faster (the op layer then composes the op).
   */
  conv2dDirect?(out: BackendBuffer, x: View, weight: View, outC: number, g: Conv2dGeometry): boolean;
  /**
   * conv2d's input gradient without a column matrix: gradX [N, C, H, W] from
   * gradOut [N, outC, outH, outW] and weight [outC, C, kh, kw], g the
   * forward's geometry (groups 1); gradOut and weight contiguous. Returns
   * false, having done nothing, where the composed col2im(Wᵀ · gradOut) is
   * the better path.
   */
  conv2dInputGrad?(gradX: BackendBuffer, gradOut: View, weight: View, outC: number, g: Conv2dGeometry): boolean;
  /**
   * conv2d's weight gradient without a column matrix: gradW [outC, C, kh, kw]
   * (summed over the batch) from x [N, C, H, W] and gradOut [N, outC, outH,
   * outW], g the forward's geometry (groups 1); x and gradOut contiguous. A
   * backend that has it takes every geometry conv2dDirect takes (the op layer
   * then runs the direct forward for a trainable weight too).
   */
  conv2dWeightGrad?(gradW: BackendBuffer, x: View, gradOut: View, outC: number, g: Conv2dGeometry): boolean;
}

/**
 * SGD's hyperparameters as optim.SGD takes them, and `first`: the momentum
 * buffer starts as the gradient (its first step). See src/ops/optim-step.ts.
 */
export type SgdHyper = Readonly<Record<'lr' | 'momentum' | 'dampening' | 'weightDecay', number>>
  & Readonly<Record<'nesterov' | 'maximize' | 'first', boolean>>;

/** Fused optimizer updates (optional; the optimizer composes elementwise ops where a backend lacks them). */
export interface Backend {
  /**
   * One SGD step in place over n contiguous float32 values: param and the
   * momentum buffer (null without momentum) are rewritten, grad is read.
   * Bitwise the composed ops' result: each product is rounded before its sum.
   */
  sgdStep?(param: BackendBuffer, grad: BackendBuffer, momentumBuffer: BackendBuffer | null, n: number, h: SgdHyper): void;
}

/** Batched reads (optional; callers read range by range where a backend lacks it). */
export interface Backend {
  /**
   * The bytes of several ranges, end to end, in one round trip (after the work
   * queued before the call, like `read`).
   */
  readMany?(parts: readonly { buffer: BackendBuffer; byteOffset: number; byteLength: number }[]): Promise<ArrayBuffer>;
}

/** Starting queued work now (optional; a backend without it starts work when it is queued). */
export interface Backend {
  /**
   * Sends the work queued so far to the device at once, rather than at the end
   * of the current synchronous stretch: a caller about to block the main
   * thread (a cpu computation) lets other devices start first.
   */
  flush?(): void;
}
