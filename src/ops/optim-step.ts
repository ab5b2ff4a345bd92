import type { SgdHyper } from '../backend/backend.js';
import { getBackend } from '../device.js';
import type { Tensor } from '../tensor.js';
import { copyAs } from './copy.js';
import { empty } from './util.js';

/** A tensor a fused update may rewrite or read as n plain floats: float32, contiguous from its storage's start. */
function plain(t: Tensor): boolean {
  return t.dtype === 'float32' && t.offset === 0 && t.isContiguous() && !t.storage.pending;
}

/**
 * PyTorch's SGD step for one parameter in one kernel, in place, where the
 * backend has one (Backend.sgdStep) and the tensors allow it: `param` owns its
 * storage (no view or saved tensor would see it change; the composed update
 * replaces the storage instead), and param, grad and the momentum buffer are
 * float32 on one device (Optimizer.step has checked grad's). Returns the
 * momentum buffer to keep (a new one on the first step), or undefined when it
 * did nothing: the caller then composes the update from elementwise ops,
 * which gives the same bits.
 */
export function sgdStepInPlace(param: Tensor, grad: Tensor, momentumBuffer: Tensor | undefined, h: Omit<SgdHyper, 'first'>): Tensor | null | undefined {
  const backend = getBackend(param.device);
  if (!backend.sgdStep || param.storage.shared || !plain(param)) return undefined;
  if (grad.dtype !== 'float32' || grad.storage.pending) return undefined;
  if (momentumBuffer && (momentumBuffer.storage.shared || !plain(momentumBuffer) || momentumBuffer.device !== param.device)) return undefined;
  const n = param.numel();
  if (grad.numel() !== n || (momentumBuffer && momentumBuffer.numel() !== n)) return undefined;
  // A weight's gradient is often a transposed view (Linear's dW): one copy, read once.
  const g = plain(grad) ? grad : copyAs(grad, 'float32');
  const buf = h.momentum === 0 ? null : (momentumBuffer ?? empty(backend, param.shape, 'float32'));
  backend.sgdStep(param.storage.buffer, g.storage.buffer, buf ? buf.storage.buffer : null, n, { ...h, first: buf !== null && !momentumBuffer });
  param.storage.version++;
  if (buf) buf.storage.version++;
  if (g !== grad) g.dispose();
  return buf;
}
