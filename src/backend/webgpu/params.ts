import type { DType } from '../backend.js';
import { UNIFORM_WORDS } from './commands.js';

/** Packs a kernel's uniform struct (u32/i32/f32 words and 16-byte-aligned vec4 arrays). */
export class ParamWriter {
  private readonly words = new Uint32Array(UNIFORM_WORDS);
  private readonly floats = new Float32Array(this.words.buffer);
  private readonly ints = new Int32Array(this.words.buffer);
  private n = 0;

  u32(...values: number[]): this {
    for (const v of values) this.words[this.n++] = v >>> 0;
    return this;
  }

  i32(...values: number[]): this {
    for (const v of values) this.ints[this.n++] = v | 0;
    return this;
  }

  f32(...values: number[]): this {
    for (const v of values) this.floats[this.n++] = v;
    return this;
  }

  /** An `array<vec4<u32>, 2>` holding up to 8 values (zero padded). */
  dims8(values: readonly number[]): this {
    if (values.length > 8) throw new Error(`rank ${values.length} exceeds the WebGPU kernels' limit of 8`);
    this.n = Math.ceil(this.n / 4) * 4;
    for (let i = 0; i < 8; i++) this.words[this.n++] = (values[i] ?? 0) >>> 0;
    return this;
  }

  done(): Uint32Array {
    return this.words.slice(0, Math.ceil(this.n / 4) * 4);
  }
}

/** The 32-bit storage word of a JS number in `dtype` (float32 bits, int32, bool 0/1). */
export function scalarBits(value: number, dtype: DType): number {
  if (dtype === 'float32') return new Uint32Array(new Float32Array([value]).buffer)[0]!;
  if (dtype === 'bool') return value !== 0 ? 1 : 0;
  return saturateInt32(value) >>> 0;
}

export function saturateInt32(value: number): number {
  if (Number.isNaN(value)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(value)));
}
