// A product whose last multiply-add tells the kernel builds apart: with
// x = 1 + 2^-12, x·x = 1 + 2^-11 + 2^-24 needs 25 significant bits, so a
// multiply rounded to float32 before the add (plain SIMD) gives
// -(1 + 2^-11) + round(x·x) = 0, while one fused multiply-add keeps 2^-24.
import type * as WebTorch from '../../src/index.js';

const X = 1 + 2 ** -12;
const C = -(1 + 2 ** -11);

/** [1, 2] @ [2, 1]: C·1 + X·X, summed as a multiply-add over k. */
export function lastMaddProduct(torch: typeof WebTorch, device: string): Promise<Float32Array | Int32Array> {
  return torch.tensor([[C, X]], { device }).matmul(torch.tensor([[1], [X]], { device })).data();
}

/** What this engine's f32x4.relaxed_madd gives for the same sum (fused on CPUs with FMA). */
export function engineRelaxedMadd(): number {
  // (func (param f32 f32 f32) (result f32) x.splat y.splat c.splat f32x4.relaxed_madd extract_lane 0), exported as "madd"
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x08, 0x01, 0x60, 0x03, 0x7d, 0x7d, 0x7d, 0x01, 0x7d,
    0x03, 0x02, 0x01, 0x00,
    0x07, 0x08, 0x01, 0x04, 0x6d, 0x61, 0x64, 0x64, 0x00, 0x00,
    0x0a, 0x16, 0x01, 0x14, 0x00, 0x20, 0x00, 0xfd, 0x13, 0x20, 0x01, 0xfd, 0x13, 0x20, 0x02, 0xfd, 0x13,
    0xfd, 0x85, 0x02, 0xfd, 0x1f, 0x00, 0x0b,
  ]);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  return (instance.exports.madd as (a: number, b: number, c: number) => number)(X, X, C);
}
