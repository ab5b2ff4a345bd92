/** `utils`: training utilities (PyTorch's `torch.utils`). */
export { checkpoint } from './checkpoint.js';
