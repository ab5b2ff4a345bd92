// Fuzzing the safetensors reader: valid files mutated thousands of times with a
// seeded generator (bit flips, truncations, appended bytes, length-field edits,
// header text edits). Each load must either succeed with consistent tensors or
// throw a plain Error naming the file: never another exception type, a hang,
// an allocation out of proportion to the file, or (through a model) a partial load.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDevices, torch } from './support/setup-torch.js';
import { parse, serialize } from '../src/io/safetensors.js';
import type { Tensor } from '../src/node.js';

const { nn, optim } = torch;

beforeAll(async () => {
  await openDevices();
});

afterAll(() => torch.shutdown());

const HEADER_CHARS = '{}[]",:0123456789-.eE aFIUBOL_\\';

/** One random mutation of `good`; header edits keep the length field consistent so the JSON is what gets tested. */
function mutate(good: Uint8Array, g: torch.Generator): Uint8Array {
  const headerLength = Number(new DataView(good.buffer, good.byteOffset).getBigUint64(0, true));
  const pick = (n: number): number => g.integer(0, n);
  const withHeader = (text: string): Uint8Array => {
    const h = new TextEncoder().encode(text);
    const out = new Uint8Array(8 + h.length + good.length - 8 - headerLength);
    new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
    out.set(h, 8);
    out.set(good.subarray(8 + headerLength), 8 + h.length);
    return out;
  };
  const header = (): string => new TextDecoder().decode(good.subarray(8, 8 + headerLength));
  const out = good.slice();
  switch (pick(9)) {
    case 0: // bit flips anywhere
      for (let k = 1 + pick(4); k > 0; k--) { const i = pick(out.length); out[i]! ^= 1 << pick(8); }
      return out;
    case 1: // bit flips in the length field and header
      for (let k = 1 + pick(3); k > 0; k--) { const i = pick(8 + headerLength); out[i]! ^= 1 << pick(8); }
      return out;
    case 2: // truncation
      return out.subarray(0, pick(out.length));
    case 3: { // appended bytes
      const more = new Uint8Array(out.length + 1 + pick(16));
      more.set(out);
      for (let i = out.length; i < more.length; i++) more[i] = pick(256);
      return more;
    }
    case 4: { // length field edits: small deltas, random values, huge values
      const view = new DataView(out.buffer);
      const choices = [BigInt(headerLength + pick(17) - 8), BigInt(g.nextUint32()), (BigInt(g.nextUint32()) << 32n) | BigInt(g.nextUint32()), 0n, 100_000_000n, 100_000_001n];
      const v = choices[pick(choices.length)]!;
      view.setBigUint64(0, v < 0n ? 0n : v, true);
      return out;
    }
    case 5: { // replace a header character
      const h = header();
      const i = pick(h.length);
      return withHeader(h.slice(0, i) + HEADER_CHARS[pick(HEADER_CHARS.length)] + h.slice(i + 1));
    }
    case 6: { // delete or insert a header character
      const h = header();
      const i = pick(h.length);
      return withHeader(pick(2) ? h.slice(0, i) + h.slice(i + 1) : h.slice(0, i) + HEADER_CHARS[pick(HEADER_CHARS.length)] + h.slice(i));
    }
    case 7: { // replace a number in the header (offsets, dims)
      const h = header();
      const numbers = [...h.matchAll(/-?\d+/g)];
      if (numbers.length === 0) return out;
      const m = numbers[pick(numbers.length)]!;
      const values = ['0', '1', '-1', '7', '1.5', '1e400', '4294967296', '18446744073709551616', String(pick(200)), String(Number(m[0]) + 4)];
      return withHeader(h.slice(0, m.index) + values[pick(values.length)] + h.slice(m.index! + m[0].length));
    }
    default: { // swap two entries' dtypes or duplicate an entry
      const h = header();
      const dtypes = ['F32', 'I32', 'BOOL', 'F16', 'BF16', 'I64', 'U8', 'F64', 'F8_E4M3', 'X'];
      return withHeader(pick(2) ? h.replace(/"dtype":"[A-Z0-9_]+"/, `"dtype":"${dtypes[pick(dtypes.length)]}"`) : h.replace(/^\{("[^"]*":\{[^}]*\})/, '{$1,$1'));
    }
  }
}

function seeds(): Uint8Array[] {
  const r = (n: number, f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
  return [
    serialize({ w: { dtype: 'float32', shape: [2, 3], data: r(6, (i) => i - 2.5) }, b: { dtype: 'bool', shape: [3], data: [1, 0, 1] }, n: { dtype: 'int32', shape: [], data: [5] } }, { format: 'pt' }),
    serialize({ h: { dtype: 'float32', shape: [4], data: [1, 2, 3, 4] }, e: { dtype: 'float32', shape: [0, 2], data: [] } }, undefined, { dtype: 'float16' }),
    serialize({ 'layer.0.weight': { dtype: 'float32', shape: [3, 2], data: r(6, (i) => i / 7) } }, { k: 'v' }, { dtype: 'bfloat16' }),
    new Uint8Array(readFileSync(new URL('./fixtures/tiny.safetensors', import.meta.url))),
  ];
}

/** Parses `bytes`; returns 'ok' or 'rejected', and fails the test on anything else. */
function check(bytes: Uint8Array, label: string): 'ok' | 'rejected' {
  let result: ReturnType<typeof parse>;
  try {
    result = parse(bytes, { name: 'fuzz.safetensors' });
  } catch (e) {
    if (!(e instanceof Error) || e.constructor !== Error || !e.message.startsWith('fuzz.safetensors: ')) {
      throw new Error(`${label}: expected a plain Error naming the file, got ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e)}`);
    }
    return 'rejected';
  }
  let decoded = 0;
  for (const [name, t] of result.tensors) {
    const count = t.shape.reduce((a, b) => a * b, 1);
    if (t.data.length !== count) throw new Error(`${label}: tensor ${name} has ${t.data.length} values for shape [${t.shape}]`);
    decoded += t.data.byteLength;
  }
  if (decoded > 4 * bytes.length) throw new Error(`${label}: decoded ${decoded} bytes from a ${bytes.length}-byte file`);
  return 'ok';
}

describe('safetensors fuzz [cpu]', () => {
  it('loads cleanly or throws an Error for thousands of mutated files', () => {
    const g = new torch.Generator(20240601);
    const files = seeds();
    const counts = { ok: 0, rejected: 0 };
    const iterations = 20000;
    let slowest = 0;
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const bytes = mutate(files[i % files.length]!, g);
      const t0 = performance.now();
      counts[check(bytes, `iteration ${i}`)]++;
      slowest = Math.max(slowest, performance.now() - t0);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`safetensors fuzz: ${iterations} iterations, ${counts.ok} loaded, ${counts.rejected} rejected with an Error; slowest ${slowest.toFixed(1)} ms, total ${seconds.toFixed(2)} s`);
    expect(counts.ok + counts.rejected).toBe(iterations);
    expect(counts.rejected).toBeGreaterThan(iterations / 4);
    expect(slowest).toBeLessThan(1000);
  });

  it('never leaves a model or optimizer half-changed: a failed load keeps every parameter bit-identical', async () => {
    torch.manualSeed(0);
    const model = new nn.Sequential(new nn.Linear(3, 4), new nn.BatchNorm1d(4), new nn.ReLU(), new nn.Linear(4, 2));
    const optimizer = new optim.SGD(model.parameters(), { lr: 0.1, momentum: 0.9 });
    torch.tidy(() => {
      optimizer.zeroGrad();
      model.forward(torch.randn([5, 3])).sum().backward();
      optimizer.step();
    });
    const good = await torch.saveTrainingCheckpoint(undefined, { model, optimizer, epoch: 1, step: 1 });
    const plain = await torch.save(model.stateDict());
    const bits = (): number[][] => {
      const tensors: Tensor[] = [...Object.values(model.stateDict())];
      for (const s of optimizer.state.values()) for (const v of Object.values(s)) if (v instanceof torch.Tensor) tensors.push(v);
      return tensors.map((t) => [...new Uint32Array(t.dataSync().buffer)]);
    };
    const baseline = bits();
    const g = new torch.Generator(7);
    const counts = { ok: 0, rejected: 0 };
    const iterations = 2000;
    for (let i = 0; i < iterations; i++) {
      const viaTraining = i % 2 === 0;
      const bytes = mutate(viaTraining ? good : plain, g);
      try {
        if (viaTraining) await torch.loadTrainingCheckpoint(bytes, { model, optimizer });
        else model.loadStateDict(await torch.load(bytes, { device: 'cpu' }));
        counts.ok++;
        // A mutation that still loads may change values: reset for the next round.
        await torch.loadTrainingCheckpoint(good, { model, optimizer });
        expect(bits()).toEqual(baseline);
      } catch (e) {
        expect(e instanceof Error && e.constructor === Error, `iteration ${i}: ${String(e)}`).toBe(true);
        counts.rejected++;
        const now = bits();
        if (JSON.stringify(now) !== JSON.stringify(baseline)) throw new Error(`iteration ${i}: a failed load changed the model (${(e as Error).message})`);
      }
    }
    console.log(`safetensors fuzz (model unchanged on failure): ${iterations} iterations, ${counts.ok} loaded, ${counts.rejected} rejected, model bit-identical after every failure`);
    expect(counts.rejected).toBeGreaterThan(iterations / 4);
  });
});
