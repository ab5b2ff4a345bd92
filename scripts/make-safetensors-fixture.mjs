// Writes test/fixtures/tiny.safetensors straight from the safetensors spec,
// with hand-chosen bytes and without webtorch's writer, so the reader is tested
// against an independent file. Layout as the reference writer would produce:
// __metadata__ first, tensors by decreasing dtype alignment then name, header
// padded with spaces to a multiple of 8.
//
//   node scripts/make-safetensors-fixture.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'tiny.safetensors');

/** Little-endian bytes of each value, written with DataView (independent of host order). */
function bytes(size, values, set) {
  const view = new DataView(new ArrayBuffer(size * values.length));
  values.forEach((v, i) => set(view, i * size, v));
  return new Uint8Array(view.buffer);
}

// [name, dtype, shape, data bytes]; expected values are restated in test/safetensors.test.ts.
const tensors = [
  ['int64', 'I64', [2], bytes(8, [-3n, 2147483647n], (d, o, v) => d.setBigInt64(o, v, true))],
  ['double', 'F64', [2], bytes(8, [0.1, -1e300 * 0], (d, o, v) => d.setFloat64(o, v, true))],
  ['empty', 'F32', [0, 4], new Uint8Array(0)], // same dtype: by name, 'empty' < 'weight'
  ['weight', 'F32', [2, 3], bytes(4, [1, -2, 0.5, 3.25, 0, -0.125], (d, o, v) => d.setFloat32(o, v, true))],
  ['count', 'I32', [], bytes(4, [-7], (d, o, v) => d.setInt32(o, v, true))],
  // bfloat16 1.0, -0.5, 3.140625 (0x4049), -Infinity
  ['bf', 'BF16', [4], bytes(2, [0x3f80, 0xbf00, 0x4049, 0xff80], (d, o, v) => d.setUint16(o, v, true))],
  // float16 1.0, -2.0, 65504 (largest), 2^-24 (smallest subnormal)
  ['half', 'F16', [2, 2], bytes(2, [0x3c00, 0xc000, 0x7bff, 0x0001], (d, o, v) => d.setUint16(o, v, true))],
  ['short', 'I16', [2], bytes(2, [-32768, 32767], (d, o, v) => d.setInt16(o, v, true))],
  ['signed', 'I8', [3], bytes(1, [-128, 0, 127], (d, o, v) => d.setInt8(o, v))],
  ['bytes', 'U8', [3], bytes(1, [0, 200, 255], (d, o, v) => d.setUint8(o, v))],
  ['mask', 'BOOL', [1, 3], bytes(1, [1, 0, 1], (d, o, v) => d.setUint8(o, v))],
];

let offset = 0;
const parts = ['"__metadata__":{"format":"pt","producer":"scripts/make-safetensors-fixture.mjs"}'];
for (const [name, dtype, shape, data] of tensors) {
  parts.push(`"${name}":{"dtype":"${dtype}","shape":[${shape.join(',')}],"data_offsets":[${offset},${offset + data.length}]}`);
  offset += data.length;
}
let header = `{${parts.join(',')}}`;
header += ' '.repeat((8 - (header.length % 8)) % 8);

const length = new DataView(new ArrayBuffer(8));
length.setBigUint64(0, BigInt(header.length), true);
const file = Buffer.concat([new Uint8Array(length.buffer), Buffer.from(header, 'utf8'), ...tensors.map((t) => t[3])]);
writeFileSync(out, file);
console.log(`wrote ${out}: ${file.length} bytes, header ${header.length} bytes, ${tensors.length} tensors`);
