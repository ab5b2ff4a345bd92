/**
 * File paths for save/load in Node (imported by src/node.ts only: browsers have no fs).
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileAccess } from './checkpoint.js';

/**
 * Writes `bytes` to `path` so that readers see either the old file or the
 * complete new one: a temporary file in the same folder (rename is only atomic
 * within one file system), written, fsynced, then renamed over `path`, then
 * the folder fsynced so the rename itself survives a power loss.
 *
 * @example
 * await writeFileAtomic('ck.safetensors', bytes);
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(tmp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw new Error(`save: could not write '${path}': ${(e as Error).message}`);
  }
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  // NOTE: best effort: some platforms (Windows) cannot open a folder for fsync.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* the data itself is already synced */
  }
}

/** Reads a file path, or fetches an http(s) URL. */
export async function readPathOrUrl(path: string): Promise<Uint8Array> {
  if (/^https?:\/\//i.test(path)) {
    const response = await fetch(path);
    if (!response.ok) throw new Error(`load: fetching '${path}' failed: HTTP ${response.status} ${response.statusText}`);
    return new Uint8Array(await response.arrayBuffer());
  }
  const file = path.startsWith('file:') ? new URL(path) : path;
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (e as Error).message;
    throw new Error(`load: cannot read '${path}': ${why}`);
  }
}

export const nodeFileAccess: FileAccess = { read: readPathOrUrl, write: writeFileAtomic };
