import type { BackendBuffer, View } from '../../backend.js';
import { ParamWriter } from '../params.js';
import { groupsFor, type KernelContext } from './context.js';

const TILE = 64;
/**
 * Below this many multiply-adds (or with a skinny M or N) the one-thread-per-output
 * kernel wins: a 64x64 tile would be mostly padding, and on CPU emulators its
 * barriers dominate (16x16x16: 0.16 ms naive vs 1.9 ms tiled on SwiftShader).
 */
const SMALL_MACS = 65536;
const SKINNY = 8;

function check3d(name: string, v: View): void {
  if (v.shape.length !== 3 || v.strides.length !== 3) throw new Error(`webgpu matmul: ${name} must be a 3-D view, got shape [${v.shape.join(', ')}]`);
  if (v.dtype !== 'float32') throw new Error(`webgpu matmul: ${name} must be float32, got ${v.dtype}`);
}

/**
 * out[b] = a[b] @ b[b] for 3-D strided views: the tiled kernel, or the
 * one-output-per-thread one for small or skinny products. `variant: 'naive'`
 * forces the latter (the benchmark's baseline).
 */
export function matmul(ctx: KernelContext, out: BackendBuffer, a: View, b: View, variant: 'tiled' | 'naive' = 'tiled'): void {
  check3d('a', a);
  check3d('b', b);
  const [batch, M, K] = a.shape as [number, number, number];
  const N = b.shape[2]!;
  if (b.shape[0] !== batch || b.shape[1] !== K) {
    throw new Error(`webgpu matmul: shapes [${a.shape.join(', ')}] and [${b.shape.join(', ')}] cannot be multiplied`);
  }
  if (batch * M * N === 0) return;
  const tilesM = Math.ceil(M / TILE);
  const tilesN = Math.ceil(N / TILE);
  const params = new ParamWriter()
    .u32(batch, M, N, K)
    .u32(a.offset, a.strides[0]!, a.strides[1]!, a.strides[2]!)
    .u32(b.offset, b.strides[0]!, b.strides[1]!, b.strides[2]!)
    .u32(tilesM, tilesN, 0, 0)
    .done();
  const naive = variant === 'naive' || batch * M * N * K <= SMALL_MACS || M < SKINNY || N < SKINNY;
  // (With K = 0 the loops are empty and every output is 0, as it should be.)
  ctx.commands.dispatch({
    shader: 'matmul',
    entry: naive ? 'naive' : 'main',
    params,
    bindings: [{ buffer: ctx.gpu(out), write: true }, { buffer: ctx.gpu(a.buffer) }, { buffer: ctx.gpu(b.buffer) }],
    workgroups: naive ? groupsFor(batch * M * N) : tilesM * tilesN * batch,
  });
}
