import type * as tfc from '@tensorflow/tfjs-core';
import type * as jaxjs from '@jax-js/jax';
import type * as webtorch from '../src/node.js';

/** Input data of a case, generated once per case on the host (bench/data.ts). */
export interface HostTensor {
  data: Float32Array | Int32Array;
  shape: number[];
}

export interface InputSpec {
  shape: number[];
  /** 'labels': int32 class indices below `classes`; default: float32 uniform in [-1, 1). */
  kind?: 'float' | 'labels' | 'positive';
  classes?: number;
  /** Multiplies float inputs (e.g. weight init scale). */
  scale?: number;
}

/**
 * One iteration of a case in one library. `run` returns the outputs it
 * produced; the adapter disposes them before the next run. `toOurLayout`
 * converts outputs for the correctness check only (tfjs is NHWC).
 */
export interface Step<T> {
  run(): T[] | Promise<T[]>;
  toOurLayout?(outs: T[]): T[];
  dispose?(): void;
  /** The step frees its own temporaries (async steps: a tidy scope cannot span an await). */
  unscoped?: boolean;
}

export type Torch = typeof webtorch;
export type TorchTensor = webtorch.Tensor;
export type Tf = typeof tfc;
export type TfTensor = tfc.Tensor;
export type TfTensor4D = tfc.Tensor4D;
export type Jax = typeof jaxjs;
export type JaxArray = jaxjs.Array;

/** A peer implementation, or the reason the peer cannot run the case (printed in the table). */
export type PeerImpl<L, T> = ((lib: L, x: T[]) => Step<T>) | string;

export interface Case {
  /** Shown in the table and matched by --filter, with `family`. */
  name: string;
  family: string;
  inputs: InputSpec[];
  /** Useful work per iteration: flops (GFLOP/s column) or bytes moved (GB/s). */
  flops?: number;
  bytes?: number;
  /** Plain-JS value of output 0 at flat index i: checks our cpu backend on a sample. */
  reference?: (x: HostTensor[], i: number) => number;
  /** Max |a - b| / max(|ref|) accepted (default 1e-3). */
  tolerance?: number;
  /** Runs before the compared output (training: compare the loss after a few updates). */
  checkCalls?: number;
  /** Builds the inputs instead of `inputs` (real data). */
  makeInputs?: () => HostTensor[];
  /** Only with --epoch (long). */
  long?: boolean;
  ours: (torch: Torch, x: TorchTensor[]) => Step<TorchTensor>;
  tfjs: PeerImpl<Tf, TfTensor>;
  jax: PeerImpl<Jax, JaxArray>;
  /** Peer implementations ('tfjs:cpu', ...) not run on this case, with why (printed as n/a). */
  skip?: Readonly<Record<string, string>>;
}

/** Thrown when our library lacks the API a case needs (reported as a note, not a failure). */
export class Missing extends Error {}

/** One-shot case body: `run` applies `fn` to the inputs. */
export function op<L, T>(fn: (lib: L, x: T[]) => T | T[]): (lib: L, x: T[]) => Step<T> {
  return (lib, x) => ({
    run: () => {
      const out = fn(lib, x);
      return Array.isArray(out) ? out : [out];
    },
  });
}

export function numel(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Like `op` for jax-js, whose functions take ownership of their arguments: each run gets fresh references. */
export function jaxOp(fn: (jax: Jax, x: JaxArray[]) => JaxArray | JaxArray[]): (jax: Jax, x: JaxArray[]) => Step<JaxArray> {
  return (jax, x) => ({
    run: () => {
      const out = fn(jax, x.map((a) => a.ref));
      return Array.isArray(out) ? out : [out];
    },
  });
}
