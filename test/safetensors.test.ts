// safetensors: byte layout against the spec (expected bytes written by hand),
// F16/BF16 bit patterns, a fixture written by an independent script, every
// rejection of a bad file, and save -> load round trips on every device.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, plannedDevices, torch, collectGarbage } from './support/setup-torch.js';
import { parse, serialize } from '../src/io/safetensors.js';
import { bfloat16BitsToFloat32, float16BitsToFloat32, float32ToBFloat16Bits, float32ToFloat16Bits } from '../src/io/half.js';

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const u64 = (n: number): number[] => [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, n >>> 24, 0, 0, 0, 0];

/** A file from a header string and data bytes; `length` overrides the length field. */
function file(header: string, data: number[] = [], length?: bigint): Uint8Array {
  const h = new TextEncoder().encode(header);
  const out = new Uint8Array(8 + h.length + data.length);
  new DataView(out.buffer).setBigUint64(0, length ?? BigInt(h.length), true);
  out.set(h, 8);
  out.set(data, 8 + h.length);
  return out;
}

describe('safetensors bytes (spec layout)', () => {
  it('writes the golden file: u64 length, compact JSON (metadata first, F32 before BOOL), space padding, data', () => {
    const bytes = serialize(
      {
        m: { dtype: 'bool', shape: [3], data: new Int32Array([1, 0, 1]) },
        w: { dtype: 'float32', shape: [2], data: new Float32Array([1, -2]) },
      },
      { format: 'pt' },
    );
    const json = '{"__metadata__":{"format":"pt"},"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"m":{"dtype":"BOOL","shape":[3],"data_offsets":[8,11]}}';
    expect(json.length).toBe(140); // padded with 4 spaces to 144, a multiple of 8
    const expected = [
      144, 0, 0, 0, 0, 0, 0, 0,
      ...ascii(json), 0x20, 0x20, 0x20, 0x20,
      0x00, 0x00, 0x80, 0x3f, // 1.0f little-endian
      0x00, 0x00, 0x00, 0xc0, // -2.0f
      0x01, 0x00, 0x01, // BOOL, one byte each
    ];
    expect([...bytes]).toEqual(expected);
  });

  it("matches the reference implementation's test vector and empty file", () => {
    // safetensors/src/tensor.rs test_serialization: "attn.0", F32 [1,2,3] = 0..5; header exactly 64 bytes, no padding.
    const bytes = serialize({ 'attn.0': { dtype: 'float32', shape: [1, 2, 3], data: new Float32Array([0, 1, 2, 3, 4, 5]) } });
    const json = '{"attn.0":{"dtype":"F32","shape":[1,2,3],"data_offsets":[0,24]}}';
    const data = [0, 0, 0, 0, 0, 0, 0x80, 0x3f, 0, 0, 0, 0x40, 0, 0, 0x40, 0x40, 0, 0, 0x80, 0x40, 0, 0, 0xa0, 0x40];
    expect([...bytes]).toEqual([...u64(64), ...ascii(json), ...data]);
    expect([...serialize({})]).toEqual([8, 0, 0, 0, 0, 0, 0, 0, 0x7b, 0x7d, 32, 32, 32, 32, 32, 32]);
  });

  it('orders tensors by decreasing dtype alignment, then name bytes; metadata keys sorted', () => {
    const t = (dtype: 'float32' | 'int32' | 'bool' | 'float16' | 'bfloat16') => ({ dtype, shape: [1], data: [1] });
    const bytes = serialize({ b2: t('bool'), h: t('float16'), z: t('float32'), a: t('float32'), i: t('int32'), bf: t('bfloat16'), '0': t('bool') }, { z: '1', a: '2' });
    const header = new TextDecoder().decode(bytes.subarray(8, 8 + Number(new DataView(bytes.buffer).getBigUint64(0, true))));
    const keys = [...header.matchAll(/"([^"]+)":\{/g)].map((m) => m[1]);
    // F32 > I32 > BF16 > F16 > BOOL (the reference's Dtype enum, descending); '0' < 'b2' bytewise.
    expect(keys).toEqual(['__metadata__', 'a', 'z', 'i', 'bf', 'h', '0', 'b2']);
    expect(header).toContain('"__metadata__":{"a":"2","z":"1"}');
    expect((8 + header.length) % 8).toBe(0);
  });

  it('parses what it writes, in data order, with metadata', () => {
    const bytes = serialize({ x: { dtype: 'int32', shape: [2, 1], data: new Int32Array([-5, 7]) }, y: { dtype: 'float32', shape: [], data: [2.5] } }, { k: 'v' });
    const { tensors, metadata } = parse(bytes);
    expect(metadata).toEqual({ k: 'v' });
    expect([...tensors.keys()]).toEqual(['y', 'x']);
    expect(tensors.get('x')).toEqual({ dtype: 'int32', fileDtype: 'I32', shape: [2, 1], data: new Int32Array([-5, 7]) });
    expect(tensors.get('y')!.shape).toEqual([]);
    expect([...tensors.get('y')!.data]).toEqual([2.5]);
  });
});

describe('float16 / bfloat16 conversion (bit patterns computed by hand)', () => {
  it('narrows float32 to float16 with round-to-nearest-even', () => {
    const cases: [number, number][] = [
      [1, 0x3c00], [-2, 0xc000], [0.1, 0x2e66], [65504, 0x7bff], [65520, 0x7c00] /* halfway to 65536: ties to even = Inf */,
      [2 ** -24, 0x0001], [2 ** -25, 0x0000] /* tie with 0: even */, [3 * 2 ** -26, 0x0001], [1e-8, 0x0000], [2 ** -14, 0x0400],
      [1 + 2 ** -11, 0x3c00] /* tie: even mantissa */, [1 + 3 * 2 ** -11, 0x3c02], [-0, 0x8000], [Infinity, 0x7c00], [-Infinity, 0xfc00], [NaN, 0x7e00],
    ];
    for (const [v, bits] of cases) expect([v, float32ToFloat16Bits(v)]).toEqual([v, bits]);
  });

  it('widens float16 bits exactly', () => {
    const cases: [number, number][] = [[0x3c00, 1], [0xc000, -2], [0x7bff, 65504], [0x0001, 2 ** -24], [0x03ff, 1023 * 2 ** -24], [0x0400, 2 ** -14], [0x7c00, Infinity], [0xfc00, -Infinity], [0x3555, 0.333251953125]];
    for (const [bits, v] of cases) expect(float16BitsToFloat32(bits)).toBe(v);
    expect(float16BitsToFloat32(0x7e00)).toBeNaN();
    expect(Object.is(float16BitsToFloat32(0x8000), -0)).toBe(true);
  });

  it('narrows float32 to bfloat16 with round-to-nearest-even, and widens exactly', () => {
    const cases: [number, number][] = [
      [1, 0x3f80], [-0.5, 0xbf00], [Math.PI, 0x4049] /* 0x40490fdb */, [1 + 2 ** -8, 0x3f80] /* tie, even */, [1 + 3 * 2 ** -8, 0x3f82],
      [3.4028234663852886e38, 0x7f80] /* max float32 rounds to Inf */, [Infinity, 0x7f80], [-0, 0x8000], [NaN, 0x7fc0],
    ];
    for (const [v, bits] of cases) expect([v, float32ToBFloat16Bits(v)]).toEqual([v, bits]);
    expect(bfloat16BitsToFloat32(0x4049)).toBe(3.140625);
    expect(bfloat16BitsToFloat32(0xff80)).toBe(-Infinity);
  });

  it('stores float32 tensors as F16/BF16 on request and reads them back as float32', () => {
    const data = new Float32Array([1, 0.1, -65520, 3.140625]);
    const records = { w: { dtype: 'float32' as const, shape: [4], data }, i: { dtype: 'int32' as const, shape: [1], data: new Int32Array([3]) } };
    const f16 = parse(serialize(records, undefined, { dtype: 'float16' }));
    expect(f16.tensors.get('w')!.fileDtype).toBe('F16');
    expect([...f16.tensors.get('w')!.data]).toEqual([1, float16BitsToFloat32(0x2e66), -Infinity, 3.140625]);
    expect(f16.tensors.get('i')!.fileDtype).toBe('I32');
    const bf = parse(serialize(records, undefined, { dtype: 'bfloat16' }));
    expect(bf.tensors.get('w')!.fileDtype).toBe('BF16');
    expect([...bf.tensors.get('w')!.data]).toEqual([1, bfloat16BitsToFloat32(0x3dcd), -65536, 3.140625]);
  });
});

describe('test/fixtures/tiny.safetensors (written from the spec by scripts/make-safetensors-fixture.mjs)', () => {
  it('loads every dtype with the values the script wrote', async () => {
    const bytes = new Uint8Array(await readFile(new URL('./fixtures/tiny.safetensors', import.meta.url)));
    const { tensors, metadata } = parse(bytes, { name: 'tiny.safetensors' });
    expect(metadata).toEqual({ format: 'pt', producer: 'scripts/make-safetensors-fixture.mjs' });
    const get = (k: string) => {
      const t = tensors.get(k)!;
      return { dtype: t.dtype, fileDtype: t.fileDtype, shape: t.shape, values: [...t.data] };
    };
    expect(get('int64')).toEqual({ dtype: 'int32', fileDtype: 'I64', shape: [2], values: [-3, 2147483647] });
    expect(get('double')).toEqual({ dtype: 'float32', fileDtype: 'F64', shape: [2], values: [Math.fround(0.1), -0] });
    expect(get('weight')).toEqual({ dtype: 'float32', fileDtype: 'F32', shape: [2, 3], values: [1, -2, 0.5, 3.25, 0, -0.125] });
    expect(get('empty')).toEqual({ dtype: 'float32', fileDtype: 'F32', shape: [0, 4], values: [] });
    expect(get('count')).toEqual({ dtype: 'int32', fileDtype: 'I32', shape: [], values: [-7] });
    expect(get('bf')).toEqual({ dtype: 'float32', fileDtype: 'BF16', shape: [4], values: [1, -0.5, 3.140625, -Infinity] });
    expect(get('half')).toEqual({ dtype: 'float32', fileDtype: 'F16', shape: [2, 2], values: [1, -2, 65504, 2 ** -24] });
    expect(get('short')).toEqual({ dtype: 'int32', fileDtype: 'I16', shape: [2], values: [-32768, 32767] });
    expect(get('signed')).toEqual({ dtype: 'int32', fileDtype: 'I8', shape: [3], values: [-128, 0, 127] });
    expect(get('bytes')).toEqual({ dtype: 'int32', fileDtype: 'U8', shape: [3], values: [0, 200, 255] });
    expect(get('mask')).toEqual({ dtype: 'bool', fileDtype: 'BOOL', shape: [1, 3], values: [1, 0, 1] });
    // Our writer, given the same F32/I32/BOOL tensors, lays them out as the script did.
    const ours = serialize({ count: { dtype: 'int32', shape: [], data: [-7] }, weight: { dtype: 'float32', shape: [2, 3], data: [1, -2, 0.5, 3.25, 0, -0.125] } });
    expect([...parse(ours).tensors.keys()]).toEqual(['weight', 'count']);
  });
});

describe('safetensors rejects bad files with a clear error', () => {
  const F32x2 = '{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
  const eight = [0, 0, 128, 63, 0, 0, 0, 64];
  const cases: [string, Uint8Array, RegExp][] = [
    ['a file shorter than 8 bytes', new Uint8Array([1, 2, 3]), /3 bytes is shorter than the 8-byte header length/],
    ['a header length over the cap', file(F32x2, eight, 1n << 40n), /header length 1099511627776 bytes exceeds the 100000000-byte limit/],
    ['a u64 length that overflows', file(F32x2, eight, (1n << 64n) - 1n), /exceeds the 100000000-byte limit/],
    ['a header length past the end', file(F32x2, eight, 1000n), /header length 1000 bytes runs past the end of the 70-byte file/],
    ['invalid UTF-8', (() => { const f = file('{"\u00e9":{}}'); f[11] = 0xff; return f; })(), /not valid UTF-8/],
    ['invalid JSON', file('{"a":{"dtype":"F32",}}'), /not valid JSON/],
    ['a JSON array', file('[1, 2]  '), /must be a JSON object starting with '\{'/],
    ['a JSON object followed by junk', file('{} x'), /not valid JSON/],
    ['an unknown dtype', file('{"a":{"dtype":"F31","shape":[2],"data_offsets":[0,8]}}', eight), /tensor "a": unknown dtype "F31"/],
    ['an unsupported dtype', file('{"a":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}}', [0]), /tensor "a": dtype F8_E4M3 is not supported/],
    ['a tensor entry that is not an object', file('{"a":[1]}'), /tensor "a": expected \{dtype, shape, data_offsets\}/],
    ['offsets past the data', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', [1, 2, 3, 4]), /tensor "a" ends at byte 8 of the data section, which has 4 bytes/],
    ['overlapping tensors', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', eight), /tensors "a" and "b" overlap/],
    ['a gap in the data', file('{"a":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', eight), /bytes 0..4 of the data section belong to no tensor/],
    ['trailing bytes', file(F32x2, [...eight, 9, 9]), /2 trailing bytes after the last tensor/],
    ['offsets that end before they begin', file('{"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}}', eight), /data_offsets \[8, 0\] end before they begin/],
    ['malformed offsets', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8,9]}}', eight), /data_offsets must be \[begin, end\]/],
    ['fractional offsets', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8.5]}}', eight), /data_offsets must be \[begin, end\]/],
    ['shape x dtype disagreeing with the byte length', file('{"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}', eight), /shape \[3\] of F32 needs 12 bytes but data_offsets \[0, 8\] hold 8/],
    ['a negative dim', file('{"a":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}}', eight), /invalid dim -2/],
    ['a non-integer dim', file('{"a":{"dtype":"F32","shape":[1.5],"data_offsets":[0,8]}}', eight), /invalid dim 1.5/],
    ['a string dim', file('{"a":{"dtype":"F32","shape":["2"],"data_offsets":[0,8]}}', eight), /invalid dim "2"/],
    ['a shape that is not an array', file('{"a":{"dtype":"F32","shape":2,"data_offsets":[0,8]}}', eight), /shape must be an array/],
    ['an element count beyond 2^53', file('{"a":{"dtype":"U8","shape":[4294967296,4294967296],"data_offsets":[0,8]}}', eight), /too many elements/],
    ['a duplicate tensor name', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', eight), /the key "a" twice/],
    ['a duplicate spelled with an escape', file('{"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"\\u0061":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', eight), /the key "a" twice/],
    ['a duplicate field inside an entry', file('{"a":{"dtype":"F32","dtype":"I32","shape":[2],"data_offsets":[0,8]}}', eight), /the key "dtype" twice in "a"/],
    ['a duplicate metadata key', file('{"__metadata__":{"k":"1","k":"2"}}'), /the key "k" twice in "__metadata__"/],
    ['a non-string metadata value', file('{"__metadata__":{"k":1}}'), /__metadata__ value for "k" must be a string/],
    ['an I64 value outside int32', file('{"a":{"dtype":"I64","shape":[1],"data_offsets":[0,8]}}', [0, 0, 0, 128, 0, 0, 0, 0]), /I64 element 0 is 2147483648, outside int32's range/],
    ['a BOOL byte other than 0/1', file('{"a":{"dtype":"BOOL","shape":[2],"data_offsets":[0,2]}}', [1, 7]), /BOOL element 1 is 7/],
  ];
  for (const [what, bytes, message] of cases) {
    it(`rejects ${what}`, () => {
      let error: unknown;
      try {
        parse(bytes, { name: 'bad.safetensors' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).constructor).toBe(Error);
      expect((error as Error).message).toMatch(/^bad\.safetensors: /);
      expect((error as Error).message).toMatch(message);
    });
  }

  it('rejects a truncated file at every cut point', () => {
    const good = serialize({ w: { dtype: 'float32', shape: [3], data: [1, 2, 3] }, b: { dtype: 'bool', shape: [2], data: [1, 0] } }, { format: 'pt' });
    for (let n = 0; n < good.length; n++) expect(() => parse(good.subarray(0, n), { name: 'cut' }), `cut at ${n}`).toThrow(/^cut: /);
    expect(parse(good).tensors.size).toBe(2);
  });
});

describe.each(plannedDevices())('save/load round trip [%s]', (device) => {
  const sample = () => ({
    'fc.weight': torch.tensor([[1.5, -2, 0], [3.25, 1e-30, -1e30]], { device }),
    'fc.bias': torch.tensor([0.1, -0.2], { device }),
    'bn.num_batches_tracked': torch.tensor([7], { dtype: 'int32', device }).reshape([]),
    'idx': torch.tensor(new Int32Array([-2147483648, 0, 2147483647]), { device }),
    'mask': torch.tensor([[true, false], [false, true]], { device }),
    'empty': torch.zeros([0, 3], { device }),
    // A non-contiguous view: saved row-major as its logical layout.
    'transposed': torch.tensor([[1, 2, 3], [4, 5, 6]], { device }).t(),
  });

  it('restores every tensor identically (dtype, shape, values, device)', async () => {
    const sd = sample();
    const bytes = await torch.save(sd);
    const loaded = await torch.load(bytes, { device });
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(sd).sort());
    for (const [k, t] of Object.entries(sd)) {
      const u = loaded[k]!;
      expect([k, u.dtype, u.shape, u.device]).toEqual([k, t.dtype, t.shape, t.device]);
      expect(await u.tolist()).toEqual(await t.tolist());
    }
    for (const t of [...Object.values(sd), ...Object.values(loaded)]) t.dispose();
  });

  it('writes float32 as F16 / BF16 on request and loads them as float32', async () => {
    const w = torch.tensor([1, 0.1, 3.140625, -65504], { device });
    const f16 = await torch.load(await torch.save({ w }, { dtype: 'float16' }), { device });
    expect(await f16.w!.tolist()).toEqual([1, float16BitsToFloat32(0x2e66), 3.140625, -65504]);
    const bf16 = await torch.load(await torch.save({ w }, { dtype: 'bfloat16' }), { device });
    expect(await bf16.w!.tolist()).toEqual([1, bfloat16BitsToFloat32(0x3dcd), 3.140625, -65536]);
    for (const t of [w, f16.w!, bf16.w!]) t.dispose();
  });

  it('saves to a Blob / ArrayBuffer and loads from Blob, ArrayBuffer, Response and a Map', async () => {
    const a = torch.tensor([[1, 2]], { device });
    const blob = await torch.save(new Map([['a', a]]), { as: 'blob' });
    expect(blob).toBeInstanceOf(Blob);
    const buffer = await torch.save({ a }, { as: 'arraybuffer' });
    expect(buffer).toBeInstanceOf(ArrayBuffer);
    for (const source of [blob, buffer, new Response(buffer)]) {
      const sd = await torch.load(source, { device });
      expect(await sd.a!.tolist()).toEqual([[1, 2]]);
      sd.a!.dispose();
    }
    a.dispose();
  });

  it('writes a path atomically: the old file survives a failed save, no temp files are left', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'webtorch-st-'));
    try {
      const path = join(dir, 'ck.safetensors');
      const a = torch.tensor([1, 2, 3], { device });
      await torch.save({ a }, path);
      const before = await readFile(path);
      const gone = torch.tensor([4], { device });
      gone.dispose();
      await expect(torch.save({ a, gone }, path)).rejects.toThrow(/tensor 'gone' was disposed/);
      expect(await readFile(path)).toEqual(before);
      await expect(torch.save({ a }, join(dir, 'no-such-folder', 'x.safetensors'))).rejects.toThrow(/could not write/);
      expect(await readdir(dir)).toEqual(['ck.safetensors']);
      const loaded = await torch.load(path, { device });
      expect(await loaded.a!.tolist()).toEqual([1, 2, 3]);
      a.dispose();
      loaded.a!.dispose();
    } finally {
      await rm(dir, { recursive: true });
    }
  });

  it('names the file in errors and creates no tensors on a bad file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'webtorch-st-'));
    try {
      const path = join(dir, 'bad.safetensors');
      const good = serialize({ a: { dtype: 'float32', shape: [2], data: [1, 2] }, b: { dtype: 'int32', shape: [1], data: [1] } });
      await writeFile(path, good.subarray(0, good.length - 1));
      await collectGarbage();
      const live = torch.memory().numTensors;
      await expect(torch.load(path, { device })).rejects.toThrow(`${path}: `);
      await expect(torch.load(join(dir, 'missing.safetensors'))).rejects.toThrow(/missing\.safetensors': no such file/);
      expect(torch.memory().numTensors).toBe(live);
    } finally {
      await rm(dir, { recursive: true });
    }
  });
});
