// Operation codes shared with src/backend/cpu/opcodes.ts (same order as the
// UnaryOp / BinaryOp unions in src/backend/backend.ts). Keep them in sync.

export const U_NEG = 0;
export const U_ABS = 1;
export const U_EXP = 2;
export const U_LOG = 3;
export const U_SQRT = 4;
export const U_RSQRT = 5;
export const U_SIN = 6;
export const U_COS = 7;
export const U_TANH = 8;
export const U_SIGMOID = 9;
export const U_RELU = 10;
export const U_GELU = 11;
export const U_GELU_TANH = 12;
export const U_SILU = 13;
export const U_ERF = 14;
export const U_SIGN = 15;
export const U_FLOOR = 16;
export const U_CEIL = 17;
export const U_ROUND = 18;
export const U_SQUARE = 19;
export const U_RECIPROCAL = 20;
export const U_LOG1P = 21;
export const U_EXPM1 = 22;
export const U_LOGICAL_NOT = 23;

export const B_ADD = 0;
export const B_SUB = 1;
export const B_MUL = 2;
export const B_DIV = 3;
export const B_POW = 4;
export const B_MAXIMUM = 5;
export const B_MINIMUM = 6;
export const B_EQ = 7;
export const B_NE = 8;
export const B_LT = 9;
export const B_LE = 10;
export const B_GT = 11;
export const B_GE = 12;
export const B_LOGICAL_AND = 13;
export const B_LOGICAL_OR = 14;
export const B_RELU_BACKWARD = 15;

// copy/convert modes
export const C_COPY = 0;
export const C_F32_I32 = 1;
export const C_I32_F32 = 2;
export const C_F32_BOOL = 3;
export const C_I32_BOOL = 4;

// reduce ops (ReduceOp order)
export const R_SUM = 0;
export const R_PROD = 1;
export const R_MAX = 2;
export const R_MIN = 3;
export const R_ARGMAX = 4;
export const R_ARGMIN = 5;

// sgd_f32 flags (assembly/optim.ts)
export const SGD_MOMENTUM = 1; // keep a momentum buffer
export const SGD_FIRST = 2; // the buffer starts as g (PyTorch's first step)
export const SGD_NESTEROV = 4;
export const SGD_MAXIMIZE = 8;
