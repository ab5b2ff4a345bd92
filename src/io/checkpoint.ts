/**
 * torch.save / torch.load for state dicts, in safetensors format. Works in
 * browsers (bytes, Blob, Response, URL) and in Node, where the Node entry
 * plugs in file paths (atomic writes) through `setFileAccess`.
 */
import { getBackend } from '../device.js';
import { fromHost } from '../ops/creation.js';
import { Tensor } from '../tensor.js';
import { parse, serialize, type ParsedTensor, type SerializeOptions, type TensorRecord } from './safetensors.js';

/** Tensors by name; a Map keeps any key order, a Record is what Module.stateDict() returns. */
export type TensorDict = Record<string, Tensor> | ReadonlyMap<string, Tensor>;

/** Where `save` and `load` reach named files: Node plugs in the file system, browsers fetch. */
export interface FileAccess {
  read(path: string): Promise<Uint8Array>;
  write(path: string, bytes: Uint8Array): Promise<void>;
}

let files: FileAccess = {
  async read(url) {
    if (typeof fetch !== 'function') throw new Error(`load: cannot read '${url}': no fetch in this environment`);
    return readResponse(await fetch(url), url);
  },
  async write(path) {
    throw new Error(`save: cannot write '${path}': file paths need the Node entry; in browsers use await torch.save(stateDict) (bytes) or { as: 'blob' }`);
  },
};

/** Internal: the Node entry installs file-path access here. */
export function setFileAccess(access: FileAccess): void {
  files = access;
}

export interface SaveOptions extends SerializeOptions {
  /** Extra string-to-string entries for the file's `__metadata__` (`format: 'pt'` is added unless given). */
  metadata?: Record<string, string>;
}

/** What `save` returns without a path: bytes (default), an ArrayBuffer or a Blob. */
export interface SaveAs<T extends 'uint8array' | 'arraybuffer' | 'blob'> extends SaveOptions {
  as: T;
}

/** Anything `load` reads: bytes, a Blob/File, a fetch Response, or a path (Node) / URL (browsers). */
export type LoadSource = string | URL | ArrayBuffer | ArrayBufferView | Blob | Response;

export interface LoadOptions {
  /** Device of the loaded tensors (default: the default device). */
  device?: string;
  /** Name used in error messages (default: the path or URL, else 'safetensors data'). */
  name?: string;
}

/**
 * Encodes `stateDict` as safetensors bytes (reading each tensor with `await t.data()`).
 * NOTE: the tensors are read one by one, so a training loop should not update
 * them until the returned promise resolves.
 */
export async function encodeStateDict(stateDict: TensorDict, options: SaveOptions = {}): Promise<Uint8Array> {
  const entries = stateDict instanceof Map ? [...stateDict.entries()] : Object.entries(stateDict as Record<string, Tensor>);
  const records: Record<string, TensorRecord> = {};
  for (const [name, t] of entries) {
    if (!(t instanceof Tensor)) throw new TypeError(`save: '${name}' is not a Tensor (got ${t === null ? 'null' : typeof t})`);
    if (t.isDisposed) throw new Error(`save: tensor '${name}' was disposed`);
    if (Object.prototype.hasOwnProperty.call(records, name)) throw new Error(`save: duplicate key '${name}'`);
    records[name] = { dtype: t.dtype, shape: t.shape, data: await t.data() };
  }
  return serialize(records, { format: 'pt', ...options.metadata }, { dtype: options.dtype });
}

/**
 * Saves a state dict in safetensors format (PyTorch's `torch.save`, Hugging
 * Face's `save_file`). Without a path it returns the file's bytes (or a Blob /
 * ArrayBuffer with `as`); in Node a path is written atomically (a crash never
 * leaves a half-written file in place of the old one).
 *
 * @example
 * await torch.save(net.stateDict(), 'net.safetensors');                  // Node
 * const blob = await torch.save(net.stateDict(), { as: 'blob' });       // browsers
 * const half = await torch.save(net.stateDict(), { dtype: 'bfloat16' }); // bytes, BF16 floats
 */
export function save(stateDict: TensorDict, options?: SaveOptions & { as?: 'uint8array' }): Promise<Uint8Array>;
export function save(stateDict: TensorDict, options: SaveAs<'arraybuffer'>): Promise<ArrayBuffer>;
export function save(stateDict: TensorDict, options: SaveAs<'blob'>): Promise<Blob>;
export function save(stateDict: TensorDict, path: string, options?: SaveOptions): Promise<void>;
export async function save(
  stateDict: TensorDict,
  target?: string | (SaveOptions & { as?: 'uint8array' | 'arraybuffer' | 'blob' }),
  options: SaveOptions = {},
): Promise<Uint8Array | ArrayBuffer | Blob | void> {
  if (typeof target === 'string') return files.write(target, await encodeStateDict(stateDict, options));
  const bytes = await encodeStateDict(stateDict, target ?? {});
  switch (target?.as ?? 'uint8array') {
    case 'uint8array':
      return bytes;
    case 'arraybuffer':
      return bytes.buffer as ArrayBuffer;
    case 'blob':
      return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/octet-stream' });
    default:
      throw new Error(`save: unknown 'as' ${JSON.stringify(target?.as)} (expected 'uint8array', 'arraybuffer' or 'blob')`);
  }
}

/** The bytes of any LoadSource, and the name errors should use. */
export async function readSource(source: LoadSource, name?: string): Promise<{ bytes: Uint8Array; name: string }> {
  if (typeof source === 'string' || source instanceof URL) {
    const path = source instanceof URL && source.protocol !== 'file:' ? source.href : source.toString();
    return { bytes: await files.read(path), name: name ?? path };
  }
  const label = name ?? 'safetensors data';
  if (source instanceof Uint8Array) return { bytes: source, name: label };
  if (source instanceof ArrayBuffer) return { bytes: new Uint8Array(source), name: label };
  if (ArrayBuffer.isView(source)) return { bytes: new Uint8Array(source.buffer, source.byteOffset, source.byteLength), name: label };
  if (typeof Blob !== 'undefined' && source instanceof Blob) return { bytes: new Uint8Array(await source.arrayBuffer()), name: label };
  if (typeof Response !== 'undefined' && source instanceof Response) return { bytes: await readResponse(source, source.url || label), name: name ?? (source.url || label) };
  throw new TypeError(`load: expected a path, URL, ArrayBuffer, Uint8Array, Blob or Response, got ${source === null ? 'null' : typeof source}`);
}

async function readResponse(response: Response, url: string): Promise<Uint8Array> {
  if (!response.ok) throw new Error(`load: fetching '${url}' failed: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** Uploads parsed tensors; all or nothing (a failure disposes what was created). */
export function toTensors(parsed: Map<string, ParsedTensor>, device: string | undefined): Record<string, Tensor> {
  getBackend(device); // NOTE: an unknown device throws here, before anything is allocated.
  const out: Record<string, Tensor> = {};
  try {
    for (const [name, p] of parsed) out[name] = fromHost('load', p.data, p.shape, { device }, p.dtype);
  } catch (e) {
    for (const t of Object.values(out)) t.dispose();
    throw e;
  }
  return out;
}

/** Reads a safetensors file into tensors plus its `__metadata__`. */
export async function loadWithMetadata(source: LoadSource, options: LoadOptions = {}): Promise<{ tensors: Record<string, Tensor>; metadata: Record<string, string> }> {
  const { bytes, name } = await readSource(source, options.name);
  const { tensors, metadata } = parse(bytes, { name });
  return { tensors: toTensors(tensors, options.device), metadata };
}

/**
 * Loads a safetensors file (from webtorch, PyTorch or Hugging Face) as a state
 * dict: name -> Tensor, in file order. Floats (F32/F16/BF16/F64) load as
 * float32, integers as int32, BOOL as bool. A bad file throws an Error naming
 * the file and the problem, and creates no tensors.
 *
 * @example
 * net.loadStateDict(await torch.load('net.safetensors'));               // Node path
 * net.loadStateDict(await torch.load(await fetch('/weights.safetensors'))); // browsers
 */
export async function load(source: LoadSource, options: LoadOptions = {}): Promise<Record<string, Tensor>> {
  return (await loadWithMetadata(source, options)).tensors;
}
