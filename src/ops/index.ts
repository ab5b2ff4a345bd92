// Every op, defined once; Tensor methods and the torch.* namespace both come from here.
export * from './util.js';
export * from './copy.js';
export * from './creation.js';
export * from './elementwise.js';
export * from './reduce.js';
export * from './softmax.js';
export * from './matmul.js';
export * from './views.js';
export * from './join.js';
export * from './indexing.js';
export * from './conv.js';
export * from './pool.js';
export * from './loss.js';
export * from './norm.js';
export * from './dropout.js';
export * from './embedding.js';
