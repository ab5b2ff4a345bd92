import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { copy } from './elementwise.js';
import { groupsFor, WG, type KernelContext } from './context.js';

const TILE = 64;

/**
 * The 64x64 tiled kernel pays off only when tiles are well filled and K is long
 * enough to amortise loading them; otherwise `block` (no workgroup memory) wins.
 * On CPU emulators `block` wins at every size: on SwiftShader (barriers are
 * coroutine switches, loads per-lane gathers) it ran 256^3..1024^3 ~2x and the
 * MNIST CNN's fully connected products ~3x faster than the tiled kernel.
 */
function useTiled(ctx: KernelContext, M: number, N: number, K: number): boolean {
  return !ctx.emulated && M >= 32 && N >= 32 && K >= 64;
}

function check3d(name: string, v: View): void {
  if (v.shape.length !== 3 || v.strides.length !== 3) throw new Error(`webgpu matmul: ${name} must be a 3-D view, got shape [${v.shape.join(', ')}]`);
  if (v.dtype !== 'float32') throw new Error(`webgpu matmul: ${name} must be float32, got ${v.dtype}`);
}

export type MatmulKernel = 'auto' | 'block' | 'block8' | 'block8x8' | 'shared' | 'tiled' | 'small' | 'naive';

/** The subgroup size wgsl/matmul_shared.wgsl is written for. */
const SHARED_SUBGROUP = 4;

/** Block and workgroup sizes of wgsl/matmul_shared.wgsl for one product. */
interface SharedShape {
  rows: number;
  cols: number;
  wg: number;
}

/** Products of at least this many multiply-adds take the largest blocks, whose pipelines take longest to build. */
const LARGE_PRODUCT = 1 << 24;

/**
 * How wgsl/matmul_shared.wgsl would run a batch of [M, K] x [K, N] products;
 * null where 'auto' should not pick it. It needs subgroups of four. Blocks
 * are as large as the product fills: on SwiftShader 1024^3 ran 8x8 / 16x16 /
 * 32x16 blocks in 520 / 380 / 300 ms, but their pipelines took 0.11 / 0.6 /
 * 1.5 s to build, so 32x16 is for large products (a 256^3 and up) and the
 * others stop at 16x8 (0.25 s). A workgroup never spans two row blocks,
 * so lanes past the last column block idle: the workgroup is the largest
 * power of two from WG down to one subgroup that idles at most a quarter of
 * its lanes (a forced kernel takes whole subgroups when none does).
 */
function sharedShape(ctx: KernelContext, batch: number, M: number, K: number, N: number, forced: boolean): SharedShape | null {
  if (ctx.subgroupSize !== SHARED_SUBGROUP || (M <= 4 && !forced)) return null;
  const large = batch * M * N * K >= LARGE_PRODUCT;
  const rows = large && M > 16 ? 32 : M > 8 ? 16 : 8;
  const cols = large && N > 8 ? 16 : 8;
  const blocks = Math.ceil(N / cols);
  for (let wg = WG; wg >= SHARED_SUBGROUP; wg /= 2) {
    if ((Math.ceil(blocks / wg) * wg - blocks) * 4 <= blocks) return { rows, cols, wg };
  }
  return forced ? { rows, cols, wg: SHARED_SUBGROUP } : null;
}

/** A stride that must be a multiple of 4 for vec4 loads, unless its dim has size 1 (never stepped). */
function aligned(size: number, stride: number): boolean {
  return size === 1 || stride % 4 === 0;
}

/** A's rows are contiguous and 16-byte aligned: vec4 loads along k. */
function rowsAligned(a: View): boolean {
  const [batch, M] = a.shape as [number, number, number];
  const [aSB, aSM, aSK] = a.strides as [number, number, number];
  return aSK === 1 && a.offset % 4 === 0 && aligned(batch, aSB) && aligned(M, aSM);
}

/** Which operand reads of wgsl/matmul_block.wgsl can be vec4 loads. */
function blockDefines(a: View, b: View): Record<string, boolean> {
  const [batch, , K] = a.shape as [number, number, number];
  const N = b.shape[2]!;
  const [bSB, bSK, bSN] = b.strides as [number, number, number];
  const A_VEC = rowsAligned(a);
  const bBase = b.offset % 4 === 0 && aligned(batch, bSB);
  const B_VEC_N = bBase && bSN === 1 && aligned(K, bSK);
  const B_VEC_K = !B_VEC_N && bBase && bSK === 1 && aligned(N, bSN);
  // `out` is contiguous from element 0, so rows are 16-byte aligned when N is.
  return { A_VEC, B_VEC: B_VEC_N || B_VEC_K, B_VEC_N, B_VEC_K, OUT_VEC: N % 4 === 0 };
}

/** Small A operands shared by the whole batch, at most this many elements, are packed (see packedA). */
const PACK_MAX = 1 << 16;

/**
 * A broadcast, transposed A (a conv's W^T in its input gradient) reads a
 * scalar per row and k; copied row-major it takes vec4 loads. The copy is one
 * small dispatch and pays for itself across the batch, which reuses it.
 */
function packedA(ctx: KernelContext, a: View): View {
  const [batch, M, K] = a.shape as [number, number, number];
  const shared = batch === 1 || a.strides[0] === 0;
  if (!shared || K === 0 || K % 4 !== 0 || M * K > PACK_MAX || rowsAligned(a)) return a;
  const packed = ctx.scratch(M * K * 4);
  copy(ctx, packed, { ...a, shape: [M, K], strides: [a.strides[1]!, a.strides[2]!] }, 'float32');
  return { buffer: packed, dtype: 'float32', shape: [batch, M, K], strides: [0, K, 1], offset: 0 };
}

/**
 * out[b] = a[b] @ b[b] for 3-D strided views. 'auto' picks 'tiled', 'shared'
 * or a block kernel sized to the product; the others force one kernel
 * ('block' 4x4, 'block8' 8x4, 'block8x8'; 'shared', 8x8 to 32x16 blocks
 * sharing A rows through subgroups; 'small' was the previous default for
 * small products; 'naive', one output per thread, is the benchmark's baseline).
 */
export function matmul(ctx: KernelContext, out: BackendBuffer, a: View, b: View, kernel: MatmulKernel = 'auto'): void {
  check3d('a', a);
  check3d('b', b);
  const [batch, M, K] = a.shape as [number, number, number];
  const N = b.shape[2]!;
  if (b.shape[0] !== batch || b.shape[1] !== K) {
    throw new Error(`webgpu matmul: shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}] cannot be multiplied`);
  }
  if (batch * M * N === 0) return;
  const shape = sharedShape(ctx, batch, M, K, N, kernel === 'shared');
  const pick = kernel !== 'auto' ? kernel : useTiled(ctx, M, N, K) ? 'tiled' : shape ? 'shared' : 'block';
  if (pick === 'shared') {
    if (!shape) throw new Error(`webgpu matmul: kernel 'shared' needs subgroups of ${SHARED_SUBGROUP}; this device's subgroup size is ${ctx.subgroupSize || 'unknown or varying'} (shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}])`);
    return sharedMatmul(ctx, out, packedA(ctx, a), b, shape);
  }
  const block = pick === 'block' || pick === 'block8' || pick === 'block8x8';
  // Blocks of 8 rows / 8 columns halve the loads per multiply-add (SwiftShader:
  // 10-40% faster on the CNN's products than 4x4) unless that dim is <= 4,
  // where they would only compute padding. Forced kernels keep their shape.
  const rows = kernel === 'auto' ? (M > 4 ? 8 : 4) : pick === 'block' ? 4 : 8;
  const cols = kernel === 'auto' ? (N > 4 ? 8 : 4) : pick === 'block8x8' ? 8 : 4;
  if (block) a = packedA(ctx, a);
  const tilesM = Math.ceil(M / TILE);
  const tilesN = Math.ceil(N / TILE);
  const params = matmulParams(a, b, tilesM, tilesN);
  const workgroups = pick === 'tiled' ? tilesM * tilesN * batch
    : block ? groupsFor(batch * Math.ceil(M / rows) * Math.ceil(N / cols))
    : pick === 'small' ? groupsFor(batch * M * Math.ceil(N / 4))
    : groupsFor(batch * M * N);
  // (With K = 0 the loops are empty and every output is 0, as it should be.)
  ctx.commands.dispatch({
    shader: block ? 'matmul_block' : 'matmul',
    defines: block ? { WG, BM: rows, BN: cols, ROWS8: rows === 8, COLS8: cols === 8, ...blockDefines(a, b) } : { WG },
    entry: pick === 'tiled' || block ? 'main' : pick,
    params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }, { buffer: ctx.gpu(b.buffer) }],
    workgroups,
  });
}

/** The uniforms of wgsl/matmul_params.wgsl. */
function matmulParams(a: View, b: View, tilesM: number, tilesN: number): Uint32Array {
  const [batch, M, K] = a.shape as [number, number, number];
  return new ParamWriter()
    .u32(batch, M, b.shape[2]!, K)
    .u32(a.offset, a.strides[0]!, a.strides[1]!, a.strides[2]!)
    .u32(b.offset, b.strides[0]!, b.strides[1]!, b.strides[2]!)
    .u32(tilesM, tilesN, 0, 0)
    .done();
}

/** wgsl/matmul_shared.wgsl: a workgroup per row block and `wg` column blocks. */
function sharedMatmul(ctx: KernelContext, out: BackendBuffer, a: View, b: View, { rows, cols, wg }: SharedShape): void {
  const [batch, M] = a.shape as [number, number, number];
  const N = b.shape[2]!;
  ctx.commands.dispatch({
    shader: 'matmul_shared',
    defines: { WG: wg, RQ: rows / 4, CQ: cols / 4, ...blockDefines(a, b) },
    entry: 'main',
    params: matmulParams(a, b, 0, 0),
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }, { buffer: ctx.gpu(b.buffer) }],
    workgroups: batch * Math.ceil(M / rows) * groupsFor(Math.ceil(N / cols), wg),
  });
}
