/**
 * `nn`: modules, losses, initialisers and the functional namespace.
 *
 * @example
 * const { nn } = torch;
 * const model = new nn.Sequential(new nn.Conv2d(1, 6, 5), new nn.ReLU(), new nn.Flatten(), new nn.Linear(6 * 24 * 24, 10));
 * const loss = new nn.CrossEntropyLoss().forward(model.forward(x), labels);
 */
export * as functional from './functional.js';
export * as init from './init.js';
export * as utils from './utils.js';
export { Module, stateKeyOf } from './module.js';
export type { AnyModule, StateDict, LoadStateDictOptions, LoadStateDictResult, HookHandle, ForwardHook } from './module.js';
export { Parameter } from './parameter.js';
export { Sequential } from './layers/container.js';
export type { TensorModule } from './layers/container.js';
export { Linear } from './layers/linear.js';
export type { LinearOptions } from './layers/linear.js';
export { Conv2d } from './layers/conv.js';
export type { Conv2dOptions } from './layers/conv.js';
export { MaxPool2d, AvgPool2d, AdaptiveAvgPool2d } from './layers/pooling.js';
export { ReLU, GELU, SiLU, Tanh, Sigmoid } from './layers/activation.js';
export { Flatten, Identity } from './layers/shape.js';
export { Dropout } from './layers/dropout.js';
export { BatchNorm1d, BatchNorm2d } from './layers/batchnorm.js';
export type { BatchNormOptions } from './layers/batchnorm.js';
export { LayerNorm } from './layers/layernorm.js';
export type { LayerNormOptions } from './layers/layernorm.js';
export { Embedding } from './layers/embedding.js';
export type { EmbeddingOptions } from './layers/embedding.js';
export { CrossEntropyLoss, NLLLoss, MSELoss, BCEWithLogitsLoss } from './loss.js';
export { MultiheadAttention } from './layers/attention.js';
export type { MultiheadAttentionOptions, MultiheadAttentionForwardOptions } from './layers/attention.js';
export { TransformerEncoderLayer, TransformerDecoderLayer } from './layers/transformer.js';
export type { TransformerLayerOptions, TransformerActivation, EncoderLayerForwardOptions, DecoderLayerForwardOptions } from './layers/transformer.js';
export { RNN, LSTM, GRU } from './layers/rnn.js';
export type { RNNOptions } from './layers/rnn.js';
export { TransformerEncoder, TransformerDecoder } from './layers/transformer.js';
export type { TransformerEncoderForwardOptions } from './layers/transformer.js';
