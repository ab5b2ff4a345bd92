/**
 * The safetensors format (https://github.com/huggingface/safetensors), read and
 * written as plain bytes: no fs, no Tensor, so it runs in browsers and Node.
 *
 *   bytes 0..8      N, the header length, u64 little-endian
 *   bytes 8..8+N    UTF-8 JSON: { "__metadata__"?: {string: string},
 *                                 name: { dtype, shape, data_offsets: [begin, end] }, ... }
 *                   padded with spaces so that the data starts 8-byte aligned
 *   bytes 8+N..     the data section: each tensor row-major, little-endian, at
 *                   [begin, end) relative to the section; tensors back to back
 *
 * Writing follows the reference implementation (the Rust crate behind the
 * Python package) byte for byte: compact JSON with `__metadata__` first, then
 * the tensors sorted by dtype alignment, largest first (its `Dtype` enum order,
 * descending), then by name (byte order); header padded with spaces to a
 * multiple of 8. So a state dict saved here and by `safetensors.torch.save_file`
 * gives the same bytes, except that the reference's `__metadata__` map is a
 * HashMap (random order): ours lists its keys sorted.
 *
 * Reading accepts any key order in the header (as the reference does, which
 * sorts entries by offset), and rejects everything else that is not exactly
 * a valid file: see `parse`.
 */
import type { DType } from '../dtype.js';
import { bfloat16BitsToFloat32, float16BitsToFloat32, float32ToBFloat16Bits, float32ToFloat16Bits } from './half.js';
import { findDuplicateKey } from './json-keys.js';

/** The dtypes of the safetensors spec, in the reference's enum order (increasing alignment). */
export const FILE_DTYPES = ['BOOL', 'U8', 'I8', 'F8_E5M2', 'F8_E4M3', 'I16', 'U16', 'F16', 'BF16', 'I32', 'U32', 'F32', 'F64', 'I64', 'U64'] as const;
export type FileDType = (typeof FILE_DTYPES)[number];

const ELEMENT_SIZE: Record<FileDType, number> = {
  BOOL: 1, U8: 1, I8: 1, F8_E5M2: 1, F8_E4M3: 1, I16: 2, U16: 2, F16: 2, BF16: 2, I32: 4, U32: 4, F32: 4, F64: 8, I64: 8, U64: 8,
};

/** The reference's cap on the header (100 MB): a larger length field is a corrupt or hostile file. */
export const MAX_HEADER_BYTES = 100_000_000;

/** What `serialize` stores: float16/bfloat16 entries hold float32 values, narrowed on write. */
export type StoreDType = DType | 'float16' | 'bfloat16';

export interface TensorRecord {
  dtype: StoreDType;
  shape: readonly number[];
  /** Row-major values: Float32Array for floats, Int32Array (or any integer array) for int32 and bool. */
  data: ArrayLike<number>;
}

export interface SerializeOptions {
  /** Store every float32 tensor as F16 or BF16 (halves the file; loads back as float32). */
  dtype?: 'float16' | 'bfloat16';
}

/** A tensor read from a file, already converted to one of webtorch's dtypes. */
export interface ParsedTensor {
  dtype: DType;
  /** The dtype in the file (`F16`, `I64`, ...). */
  fileDtype: FileDType;
  shape: number[];
  data: Float32Array | Int32Array;
}

export interface ParseResult {
  /** In data-section order. */
  tensors: Map<string, ParsedTensor>;
  metadata: Record<string, string>;
}

const FILE_DTYPE_OF: Record<StoreDType, FileDType> = { float32: 'F32', int32: 'I32', bool: 'BOOL', float16: 'F16', bfloat16: 'BF16' };

/**
 * Encodes tensors as a safetensors file.
 *
 * @example
 * const bytes = serialize({ w: { dtype: 'float32', shape: [2], data: new Float32Array([1, 2]) } }, { format: 'pt' });
 */
export function serialize(tensors: Record<string, TensorRecord>, metadata?: Record<string, string>, options: SerializeOptions = {}): Uint8Array {
  const entries = Object.entries(tensors).map(([name, t]) => {
    const dtype: StoreDType = options.dtype && t.dtype === 'float32' ? options.dtype : t.dtype;
    const fileDtype = FILE_DTYPE_OF[dtype];
    if (fileDtype === undefined) throw new TypeError(`serialize: '${name}' has unknown dtype '${String(t.dtype)}'`);
    const count = checkShape(t.shape, (problem) => new Error(`serialize: '${name}': ${problem}`));
    if (t.data.length !== count) throw new Error(`serialize: '${name}' has shape [${t.shape.join(', ')}] (${count} elements) but ${t.data.length} values`);
    return { name, dtype, fileDtype, shape: t.shape, data: t.data, nameBytes: utf8.encode(name) };
  });
  entries.sort((a, b) => FILE_DTYPES.indexOf(b.fileDtype) - FILE_DTYPES.indexOf(a.fileDtype) || compareBytes(a.nameBytes, b.nameBytes));

  // NOTE: the header is built as a string so its key order is exactly ours
  // (a JS object would move integer-like names such as "0" to the front).
  const parts: string[] = [];
  if (metadata !== undefined) {
    const keys = Object.keys(metadata).sort();
    for (const k of keys) if (typeof metadata[k] !== 'string') throw new TypeError(`serialize: metadata '${k}' must be a string (safetensors metadata is a string-to-string map)`);
    parts.push(`"__metadata__":{${keys.map((k) => `${JSON.stringify(k)}:${JSON.stringify(metadata[k])}`).join(',')}}`);
  }
  let offset = 0;
  for (const e of entries) {
    if (e.name === '__metadata__') throw new Error(`serialize: '__metadata__' is reserved and cannot name a tensor`);
    const end = offset + e.data.length * ELEMENT_SIZE[e.fileDtype];
    parts.push(`${JSON.stringify(e.name)}:{"dtype":"${e.fileDtype}","shape":[${e.shape.join(',')}],"data_offsets":[${offset},${end}]}`);
    offset = end;
  }
  let header = utf8.encode(`{${parts.join(',')}}`);
  const padded = new Uint8Array(Math.ceil(header.length / 8) * 8).fill(0x20);
  padded.set(header);
  header = padded;

  const out = new Uint8Array(8 + header.length + offset);
  const view = new DataView(out.buffer);
  view.setBigUint64(0, BigInt(header.length), true);
  out.set(header, 8);
  let at = 8 + header.length;
  for (const e of entries) at = writeValues(view, at, e.dtype, e.data);
  return out;
}

function writeValues(view: DataView, at: number, dtype: StoreDType, data: ArrayLike<number>): number {
  const n = data.length;
  switch (dtype) {
    case 'float32':
      for (let i = 0; i < n; i++, at += 4) view.setFloat32(at, data[i]!, true);
      return at;
    case 'int32':
      for (let i = 0; i < n; i++, at += 4) view.setInt32(at, data[i]!, true);
      return at;
    case 'bool':
      for (let i = 0; i < n; i++, at += 1) view.setUint8(at, data[i] ? 1 : 0);
      return at;
    case 'float16':
      for (let i = 0; i < n; i++, at += 2) view.setUint16(at, float32ToFloat16Bits(data[i]!), true);
      return at;
    case 'bfloat16':
      for (let i = 0; i < n; i++, at += 2) view.setUint16(at, float32ToBFloat16Bits(data[i]!), true);
      return at;
  }
}

/** Throws `fail(problem)` unless every dim is a non-negative integer and the element count is exact; returns the count. */
function checkShape(shape: unknown, fail: (problem: string) => Error): number {
  if (!Array.isArray(shape)) throw fail(`shape must be an array of dims, got ${describe(shape)}`);
  let count = 1;
  for (const d of shape) {
    if (typeof d !== 'number' || !Number.isSafeInteger(d) || d < 0) throw fail(`shape ${JSON.stringify(shape)} has an invalid dim ${JSON.stringify(d)} (dims are non-negative integers)`);
    count *= d;
    if (!Number.isSafeInteger(count)) throw fail(`shape ${JSON.stringify(shape)} has too many elements`);
  }
  return count;
}

const utf8 = new TextEncoder();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}...` : v);
  return typeof v === 'object' ? 'an object' : String(v);
}

// ------------------------------------------------------------------ reading

interface Entry {
  name: string;
  fileDtype: FileDType;
  shape: number[];
  begin: number;
  end: number;
}

/**
 * Decodes a safetensors file, converting every tensor to float32 (F32, F16,
 * BF16, F64), int32 (I32, I64, U32, I16, U16, I8, U8; a value out of int32's
 * range throws) or bool (BOOL). The header and layout are validated before any
 * tensor is decoded; a bad file throws one Error naming `name` and the problem
 * (never a partial result), and nothing larger than 4x the file is allocated.
 *
 * @example
 * const { tensors, metadata } = parse(new Uint8Array(await (await fetch(url)).arrayBuffer()), { name: url });
 * tensors.get('fc.weight')!.shape; // [10, 84]
 */
export function parse(bytes: Uint8Array, options: { name?: string } = {}): ParseResult {
  const file = options.name ?? 'safetensors data';
  const fail = (problem: string): Error => new Error(`${file}: ${problem}`);
  const { entries, metadata, dataStart } = parseHeader(bytes, fail);
  const tensors = new Map<string, ParsedTensor>();
  for (const e of entries) tensors.set(e.name, decode(bytes, dataStart, e, fail));
  return { tensors, metadata };
}

function parseHeader(bytes: Uint8Array, fail: (problem: string) => Error): { entries: Entry[]; metadata: Record<string, string>; dataStart: number } {
  if (!(bytes instanceof Uint8Array)) throw fail(`expected the file as a Uint8Array, got ${describe(bytes)}`);
  if (bytes.length < 8) throw fail(`not a safetensors file: ${bytes.length} bytes is shorter than the 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n64 = view.getBigUint64(0, true);
  if (n64 > BigInt(MAX_HEADER_BYTES)) throw fail(`header length ${n64} bytes exceeds the ${MAX_HEADER_BYTES}-byte limit (corrupt or not a safetensors file)`);
  const n = Number(n64);
  if (8 + n > bytes.length) throw fail(`header length ${n} bytes runs past the end of the ${bytes.length}-byte file (truncated or corrupt)`);
  if (n < 2) throw fail(`header length ${n} bytes is too short for a JSON object`);

  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(8, 8 + n));
  } catch {
    throw fail('the header is not valid UTF-8');
  }
  if (text[0] !== '{') throw fail(`the header must be a JSON object starting with '{', got ${describe(text.slice(0, 20))}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw fail(`the header is not valid JSON (${(e as Error).message})`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw fail('the header is not a JSON object');
  const dup = findDuplicateKey(text);
  if (dup) throw fail(`the header has the key ${JSON.stringify(dup.key)} twice${dup.path ? ` in ${JSON.stringify(dup.path)}` : ''}`);

  const metadata: Record<string, string> = {};
  const entries: Entry[] = [];
  for (const [name, info] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (info === null || typeof info !== 'object' || Array.isArray(info)) throw fail(`__metadata__ must be an object of strings, got ${describe(info)}`);
      for (const [k, v] of Object.entries(info as Record<string, unknown>)) {
        if (typeof v !== 'string') throw fail(`__metadata__ value for ${JSON.stringify(k)} must be a string, got ${describe(v)}`);
        metadata[k] = v;
      }
      continue;
    }
    entries.push(parseEntry(name, info, fail));
  }
  checkLayout(entries, bytes.length - 8 - n, fail);
  return { entries, metadata, dataStart: 8 + n };
}

function parseEntry(name: string, info: unknown, fail: (problem: string) => Error): Entry {
  const bad = (problem: string): Error => fail(`tensor ${JSON.stringify(name)}: ${problem}`);
  if (info === null || typeof info !== 'object' || Array.isArray(info)) throw bad(`expected {dtype, shape, data_offsets}, got ${describe(info)}`);
  const { dtype, shape, data_offsets: offsets } = info as Record<string, unknown>;
  if (typeof dtype !== 'string' || !(FILE_DTYPES as readonly string[]).includes(dtype)) {
    throw bad(`unknown dtype ${describe(dtype)} (safetensors dtypes: ${FILE_DTYPES.join(', ')})`);
  }
  if (dtype === 'F8_E5M2' || dtype === 'F8_E4M3') throw bad(`dtype ${dtype} is not supported (convert it to F16, BF16 or F32 first)`);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => typeof o === 'number' && Number.isSafeInteger(o) && o >= 0)) {
    throw bad(`data_offsets must be [begin, end] with non-negative integers, got ${JSON.stringify(offsets) ?? 'nothing'}`);
  }
  const [begin, end] = offsets as [number, number];
  if (end < begin) throw bad(`data_offsets [${begin}, ${end}] end before they begin`);
  const count = checkShape(shape, bad);
  const fileDtype = dtype as FileDType;
  const expected = count * ELEMENT_SIZE[fileDtype];
  if (expected !== end - begin) {
    throw bad(`shape ${JSON.stringify(shape)} of ${fileDtype} needs ${expected} bytes but data_offsets [${begin}, ${end}] hold ${end - begin}`);
  }
  return { name, fileDtype, shape: shape as number[], begin, end };
}

/** The tensors must tile the data section exactly: from 0, back to back, to its last byte. */
function checkLayout(entries: Entry[], dataBytes: number, fail: (problem: string) => Error): void {
  entries.sort((a, b) => a.begin - b.begin || a.end - b.end);
  let at = 0;
  let previous: Entry | undefined;
  for (const e of entries) {
    if (e.begin < at) throw fail(`tensors ${JSON.stringify(previous!.name)} and ${JSON.stringify(e.name)} overlap (bytes ${e.begin}..${at} of the data section)`);
    if (e.begin > at) throw fail(`bytes ${at}..${e.begin} of the data section belong to no tensor (gap before ${JSON.stringify(e.name)})`);
    if (e.end > dataBytes) {
      throw fail(`tensor ${JSON.stringify(e.name)} ends at byte ${e.end} of the data section, which has ${dataBytes} bytes (truncated file?)`);
    }
    at = e.end;
    previous = e;
  }
  if (at !== dataBytes) throw fail(`${dataBytes - at} trailing bytes after the last tensor (the data section has ${dataBytes} bytes, the tensors cover ${at})`);
}

const LITTLE_ENDIAN_HOST = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

function decode(bytes: Uint8Array, dataStart: number, e: Entry, fail: (problem: string) => Error): ParsedTensor {
  const start = dataStart + e.begin;
  const raw = bytes.subarray(start, dataStart + e.end);
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const size = ELEMENT_SIZE[e.fileDtype];
  const n = raw.length / size;
  const out = (dtype: DType, data: Float32Array | Int32Array): ParsedTensor => ({ dtype, fileDtype: e.fileDtype, shape: e.shape, data });
  const ints = (read: (at: number) => number): ParsedTensor => {
    const data = new Int32Array(n);
    for (let i = 0; i < n; i++) data[i] = read(i * size);
    return out('int32', data);
  };
  const floats = (read: (at: number) => number): ParsedTensor => {
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = read(i * size);
    return out('float32', data);
  };
  switch (e.fileDtype) {
    case 'F32':
      // NOTE: new Uint8Array(raw) copies into a fresh, 4-byte-aligned buffer (the data section need not be
      // aligned). Not raw.slice(): on a Node Buffer, slice() is a view of the whole shared pool.
      return LITTLE_ENDIAN_HOST ? out('float32', new Float32Array(new Uint8Array(raw).buffer)) : floats((at) => view.getFloat32(at, true));
    case 'I32':
      return LITTLE_ENDIAN_HOST ? out('int32', new Int32Array(new Uint8Array(raw).buffer)) : ints((at) => view.getInt32(at, true));
    case 'F16':
      return floats((at) => float16BitsToFloat32(view.getUint16(at, true)));
    case 'BF16':
      return floats((at) => bfloat16BitsToFloat32(view.getUint16(at, true)));
    case 'F64':
      return floats((at) => view.getFloat64(at, true));
    case 'BOOL': {
      const data = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const v = raw[i]!;
        if (v > 1) throw fail(`tensor ${JSON.stringify(e.name)}: BOOL element ${i} is ${v}, not 0 or 1`);
        data[i] = v;
      }
      return out('bool', data);
    }
    case 'U8':
      return ints((at) => raw[at]!);
    case 'I8':
      return ints((at) => view.getInt8(at));
    case 'I16':
      return ints((at) => view.getInt16(at, true));
    case 'U16':
      return ints((at) => view.getUint16(at, true));
    case 'U32':
    case 'I64':
    case 'U64':
      return ints((at) => {
        const v = e.fileDtype === 'U32' ? BigInt(view.getUint32(at, true)) : e.fileDtype === 'I64' ? view.getBigInt64(at, true) : view.getBigUint64(at, true);
        if (v < -2147483648n || v > 2147483647n) {
          throw fail(`tensor ${JSON.stringify(e.name)}: ${e.fileDtype} element ${at / size} is ${v}, outside int32's range (webtorch stores integers as int32)`);
        }
        return Number(v);
      });
    case 'F8_E5M2':
    case 'F8_E4M3':
      throw fail(`tensor ${JSON.stringify(e.name)}: dtype ${e.fileDtype} is not supported`); // rejected in parseEntry already
  }
}
