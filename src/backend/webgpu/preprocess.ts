/**
 * A tiny WGSL preprocessor: `#include "name"`, `#define NAME value`,
 * `#if NAME` / `#if !NAME` / `#else` / `#endif` (NAME may hold `{{slots}}`), `#for NAME in FIRST..END` /
 * `#endfor` (the body once per integer FIRST <= NAME < END, each bound a number
 * or a define), and `{{NAME}}` slots filled from the defines. Directives must
 * start their line (after whitespace).
 */

export type DefineValue = string | number | boolean;
export type Defines = Readonly<Record<string, DefineValue>>;

export interface PreprocessOptions {
  /** Shader sources keyed by name (path under wgsl/ without `.wgsl`). */
  sources: Readonly<Record<string, string>>;
  defines?: Defines;
}

interface Frame {
  /** Whether lines in the current branch are emitted. */
  active: boolean;
  /** Whether the enclosing block is emitted (an `#else` cannot revive a dead parent). */
  parentActive: boolean;
  sawElse: boolean;
}

const DIRECTIVE = /^\s*#(include|define|if|else|endif|for|endfor)\b\s*(.*)$/;
const SLOT = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

function truthy(value: DefineValue | undefined): boolean {
  if (value === undefined || value === false) return false;
  const s = String(value).trim();
  return s !== '' && s !== '0' && s !== 'false';
}

export function preprocess(name: string, options: PreprocessOptions): string {
  const defines = new Map<string, DefineValue>(Object.entries(options.defines ?? {}));
  const included = new Set<string>();
  const out: string[] = [];

  const expand = (file: string, chain: readonly string[]): void => {
    const src = options.sources[file];
    if (src === undefined) {
      const from = chain.length > 0 ? ` (included from "${chain[chain.length - 1]}")` : '';
      throw new Error(`shader "${file}" not found${from}`);
    }
    included.add(file);
    const lines = src.split('\n');
    run(file, chain, lines, 0, lines.length);
  };

  /** Lines [from, to) of `file`; a `#for` body runs again per value, with its own `#if` nesting. */
  const run = (file: string, chain: readonly string[], lines: readonly string[], from: number, to: number): void => {
    const stack: Frame[] = [];
    const active = (): boolean => stack.length === 0 || stack[stack.length - 1]!.active;
    for (let lineNo = from; lineNo < to; lineNo++) {
      const line = lines[lineNo]!;
      const where = `${file}.wgsl:${lineNo + 1}`;
      const m = DIRECTIVE.exec(line);
      if (!m) {
        if (active()) out.push(substitute(line, defines, where));
        continue;
      }
      const [, kind, rest] = m as unknown as [string, string, string];
      const arg = rest.replace(/\/\/.*$/, '').trim();
      if (kind === 'for') {
        const end = matchingEndfor(lines, lineNo, to, where);
        if (active()) {
          const fm = /^([A-Za-z_][A-Za-z0-9_]*)\s+in\s+(\w+)\s*\.\.\s*(\w+)$/.exec(arg);
          if (!fm) throw new Error(`${where}: bad #for "${arg}" (want NAME in FIRST..END)`);
          const [, key, lo, hi] = fm as unknown as [string, string, string, string];
          const saved = defines.get(key);
          for (let v = bound(lo, defines, where); v < bound(hi, defines, where); v++) {
            defines.set(key, v);
            run(file, chain, lines, lineNo + 1, end);
          }
          if (saved === undefined) defines.delete(key);
          else defines.set(key, saved);
        }
        lineNo = end;
      } else if (kind === 'endfor') {
        throw new Error(`${where}: #endfor without #for`);
      } else if (kind === 'if') {
        // Slots fill first, so a #for body can test a define named after its variable (#if X{{K}}_BUF).
        const parent = active();
        const test = parent ? substitute(arg, defines, where) : arg;
        const negate = test.startsWith('!');
        const key = negate ? test.slice(1).trim() : test;
        if (parent && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`${where}: bad #if condition "${arg}"`);
        const cond = truthy(defines.get(key)) !== negate;
        stack.push({ active: parent && cond, parentActive: parent, sawElse: false });
      } else if (kind === 'else') {
        const top = stack[stack.length - 1];
        if (!top || top.sawElse) throw new Error(`${where}: #else without #if`);
        top.sawElse = true;
        top.active = top.parentActive && !top.active;
      } else if (kind === 'endif') {
        if (!stack.pop()) throw new Error(`${where}: #endif without #if`);
      } else if (!active()) {
        continue;
      } else if (kind === 'define') {
        const dm = /^([A-Za-z_][A-Za-z0-9_]*)\s*(.*)$/.exec(arg);
        if (!dm) throw new Error(`${where}: bad #define "${arg}"`);
        // Defines passed from TS win over the shader's defaults.
        if (!Object.hasOwn(options.defines ?? {}, dm[1]!)) defines.set(dm[1]!, dm[2]!);
      } else {
        const im = /^"([^"]+)"$/.exec(arg);
        if (!im) throw new Error(`${where}: bad #include ${arg}`);
        const target = im[1]!;
        if (chain.includes(target)) throw new Error(`${where}: #include cycle through "${target}"`);
        if (!included.has(target)) expand(target, [...chain, file]);
      }
    }
    if (stack.length > 0) throw new Error(`${file}.wgsl: missing #endif`);
  };

  expand(name, []);
  return out.join('\n');
}

function substitute(line: string, defines: ReadonlyMap<string, DefineValue>, where: string): string {
  return line.replace(SLOT, (_all, key: string) => {
    const value = defines.get(key);
    if (value === undefined) throw new Error(`${where}: no value for {{${key}}}`);
    return String(value);
  });
}

/** The line of the `#endfor` that closes the `#for` at line `at` (nested ones counted). */
function matchingEndfor(lines: readonly string[], at: number, to: number, where: string): number {
  let depth = 0;
  for (let i = at + 1; i < to; i++) {
    const kind = DIRECTIVE.exec(lines[i]!)?.[1];
    if (kind === 'for') depth++;
    else if (kind === 'endfor' && depth-- === 0) return i;
  }
  throw new Error(`${where}: #for without #endfor`);
}

/** A `#for` bound: an integer, or a define holding one. */
function bound(token: string, defines: ReadonlyMap<string, DefineValue>, where: string): number {
  const value = /^\d+$/.test(token) ? token : defines.get(token);
  const n = Number(value);
  if (value === undefined || typeof value === 'boolean' || !Number.isInteger(n)) throw new Error(`${where}: #for bound "${token}" is not an integer or a define holding one`);
  return n;
}
