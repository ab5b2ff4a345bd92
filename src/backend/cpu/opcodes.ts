import type { BinaryOp, ReduceOp, UnaryOp } from '../backend.js';

// Codes shared with assembly/opcodes.ts: same order there. Keep them in sync.

export const UNARY_CODES: Readonly<Record<UnaryOp, number>> = {
  neg: 0, abs: 1, exp: 2, log: 3, sqrt: 4, rsqrt: 5, sin: 6, cos: 7, tanh: 8,
  sigmoid: 9, relu: 10, gelu: 11, gelu_tanh: 12, silu: 13, erf: 14, sign: 15,
  floor: 16, ceil: 17, round: 18, square: 19, reciprocal: 20, log1p: 21,
  expm1: 22, logical_not: 23,
};

/** Unary ops the int32 kernel implements (bool only takes logical_not). */
export const INT_UNARY: ReadonlySet<UnaryOp> = new Set<UnaryOp>(['neg', 'abs', 'sign', 'square', 'logical_not']);

export const BINARY_CODES: Readonly<Record<BinaryOp, number>> = {
  add: 0, sub: 1, mul: 2, div: 3, pow: 4, maximum: 5, minimum: 6,
  eq: 7, ne: 8, lt: 9, le: 10, gt: 11, ge: 12, logical_and: 13, logical_or: 14, relu_backward: 15,
};

export const REDUCE_CODES: Readonly<Record<ReduceOp, number>> = {
  sum: 0, prod: 1, max: 2, min: 3, argmax: 4, argmin: 5,
};

export const CONVERT_COPY = 0;
export const CONVERT_F32_I32 = 1;
export const CONVERT_I32_F32 = 2;
export const CONVERT_F32_BOOL = 3;
export const CONVERT_I32_BOOL = 4;

/** sgd_f32's flags (assembly/optim.ts). */
export const SGD_MOMENTUM = 1;
export const SGD_FIRST = 2;
export const SGD_NESTEROV = 4;
export const SGD_MAXIMIZE = 8;
