/**
 * `models`: torchvision's architectures with its exact state-dict keys, so a
 * torchvision checkpoint converted to safetensors (scripts/convert-torchvision.py)
 * loads with strict keys. Randomly initialised as torchvision does; no weights ship.
 *
 * @example
 * const net = torch.models.resnet18({ numClasses: 10 });
 * net.loadStateDict(await torch.load('resnet18.safetensors'));
 */
export { BasicBlock, ResNet, resnet18, resnet34 } from './resnet.js';
export type { ModelOptions } from './resnet.js';
export { VGG, makeLayers, vgg11, vgg11Bn } from './vgg.js';
export type { VGGOptions } from './vgg.js';
export { LeNet, lenet, mlp } from './small.js';
// GPT-2 layout (moved here from gpt-index.ts, the stand-in until this file existed).
export { GPT, Conv1D } from './gpt.js';
export type { GPTConfig, GenerateOptions } from './gpt.js';
