/**
 * Size-class allocator over a wasm linear memory. TS owns every byte above
 * the kernels' static data: freed blocks go to a per-class free list and are
 * reused; fresh blocks come from a bump pointer that grows the memory.
 */

const ALIGN = 16;
const PAGE = 65536;
/** Quarter-power-of-two classes waste at most 25%; small blocks round to 64 bytes. */
const MIN_CLASS = 64;

export function sizeClass(byteLength: number): number {
  if (byteLength <= MIN_CLASS) return MIN_CLASS;
  const p = 2 ** Math.floor(Math.log2(byteLength - 1));
  const step = Math.max(p / 4, ALIGN);
  return Math.ceil(byteLength / step) * step;
}

export class Allocator {
  private top: number;
  private readonly freeLists = new Map<number, number[]>();

  constructor(private readonly memory: WebAssembly.Memory, base: number) {
    this.top = Math.ceil(base / ALIGN) * ALIGN;
  }

  /** Returns a 16-byte aligned address of a block of at least `size(byteLength)` bytes. */
  alloc(byteLength: number): number {
    const cls = sizeClass(byteLength);
    const reused = this.freeLists.get(cls)?.pop();
    if (reused !== undefined) return reused;
    const ptr = this.top;
    const end = ptr + cls;
    const have = this.memory.buffer.byteLength;
    if (end > have) {
      const pages = Math.ceil((end - have) / PAGE);
      try {
        // NOTE: grow detaches every existing view of memory.buffer.
        this.memory.grow(pages);
      } catch (e) {
        throw new Error(`cpu alloc: cannot grow wasm memory to ${end} bytes for a ${byteLength}-byte buffer (${String(e)})`);
      }
    }
    this.top = end;
    return ptr;
  }

  free(ptr: number, byteLength: number): void {
    const cls = sizeClass(byteLength);
    let list = this.freeLists.get(cls);
    if (!list) {
      list = [];
      this.freeLists.set(cls, list);
    }
    list.push(ptr);
  }
}
