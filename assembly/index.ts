// Entry point of build/kernels.wasm: every kernel family, flat exports.
export * from './elementwise';
export * from './reduce';
export * from './softmax';
export * from './matmul';
export * from './indexing';
export * from './conv';
export * from './pool';
export * from './attention';
export * from './optim';
export { thread_scratch_bytes, set_thread_scratch } from './thread';
