import { zeros } from '../../ops/creation.js';
import { Parameter } from '../parameter.js';

/** Device option shared by layers that own parameters (default: the default device). */
export interface DeviceOptions {
  device?: string;
}

/** A zero-filled float32 Parameter, for a layer's constructor to initialise in place. */
export function newParameter(shape: readonly number[], device?: string): Parameter {
  const t = zeros(shape, device === undefined ? {} : { device });
  const p = new Parameter(t);
  t.dispose();
  return p;
}

export function checkPositiveInt(layer: string, name: string, value: number): void {
  if (!Number.isInteger(value) || value <= 0) throw new RangeError(`${layer}: ${name} must be a positive integer, got ${value}`);
}

/** PyTorch's repr of an int-or-pair argument: 5 -> (5, 5). */
export function pairRepr(value: number | readonly [number, number]): string {
  return typeof value === 'number' ? `(${value}, ${value})` : `(${value[0]}, ${value[1]})`;
}
