/** `amp`: automatic mixed precision (autocast regions and dynamic loss scaling). */
export { autocast, autocastState, isAutocastEnabled } from './autocast.js';
export type { AutocastDType, AutocastState } from './autocast.js';
export { GradScaler } from './grad-scaler.js';
export type { GradScalerOptions, GradScalerStateDict } from './grad-scaler.js';
