/**
 * Which build of the cpu kernels this process runs, like PyTorch's
 * `torch.backends.cpu.get_cpu_capability()`:
 * - 'relaxed-simd': WebAssembly SIMD plus relaxed SIMD, whose f32x4.relaxed_madd
 *   is one fused multiply-add on CPUs with FMA (Chrome/Edge >= 114, Node >= 21,
 *   Node 20 through its V8 flag, which the Node entry turns on);
 * - 'simd128': plain WebAssembly SIMD, a multiply then an add (everywhere else,
 *   e.g. Safari).
 * Every cpu device of a process (the main thread, its helper threads, worker
 * devices) runs the same build, so data-parallel replicas stay bit-identical.
 */
export type CpuCapability = 'relaxed-simd' | 'simd128';

export const CPU_CAPABILITIES: readonly CpuCapability[] = ['relaxed-simd', 'simd128'];

/** How device descriptions name each build. */
export const CPU_CAPABILITY_NAMES: Readonly<Record<CpuCapability, string>> = {
  'relaxed-simd': 'WebAssembly relaxed SIMD (fused multiply-add)',
  simd128: 'WebAssembly SIMD',
};

// (func (param v128 v128 v128) (result v128) local.get 0 local.get 1 local.get 2 f32x4.relaxed_madd)
const RELAXED_SIMD_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  0x01, 0x08, 0x01, 0x60, 0x03, 0x7b, 0x7b, 0x7b, 0x01, 0x7b,
  0x03, 0x02, 0x01, 0x00,
  0x0a, 0x0d, 0x01, 0x0b, 0x00, 0x20, 0x00, 0x20, 0x01, 0x20, 0x02, 0xfd, 0x85, 0x02, 0x0b,
]);

let enableRelaxedSimd: (() => void) | undefined;
let chosen: CpuCapability | undefined;
let defaultWanted: CpuCapability | undefined;

/** The Node entry's default for `init({ cpuCapability })`: the WEBTORCH_CPU_CAPABILITY environment variable. */
export function setCpuCapabilityDefault(capability: CpuCapability | undefined): void {
  defaultWanted = capability;
}

/** The Node entry's way to switch on an engine that has relaxed SIMD behind a flag (Node 20). */
export function setRelaxedSimdEnabler(enable: () => void): void {
  enableRelaxedSimd = enable;
}

function validates(): boolean {
  try {
    return WebAssembly.validate(RELAXED_SIMD_PROBE);
  } catch {
    return false;
  }
}

/** Whether this engine runs relaxed SIMD (turning it on first where the entry knows how). */
export function relaxedSimdAvailable(): boolean {
  if (validates()) return true;
  if (!enableRelaxedSimd) return false;
  enableRelaxedSimd();
  enableRelaxedSimd = undefined;
  return validates();
}

/**
 * Fixes the build for this process: the wanted one (else the default), or the
 * best available. Called before the first kernels load; later calls keep the
 * first choice.
 */
export function chooseCpuCapability(wanted: CpuCapability | undefined = defaultWanted): CpuCapability {
  if (wanted !== undefined && !CPU_CAPABILITIES.includes(wanted)) {
    throw new RangeError(`init: cpuCapability must be one of ${CPU_CAPABILITIES.map((c) => `'${c}'`).join(', ')}, got '${String(wanted)}'`);
  }
  if (chosen) return chosen;
  if (wanted === 'simd128') return (chosen = 'simd128');
  const relaxed = relaxedSimdAvailable();
  if (wanted === 'relaxed-simd' && !relaxed) {
    throw new Error("init: cpuCapability 'relaxed-simd' is unavailable: this WebAssembly engine does not validate relaxed SIMD " +
      "(f32x4.relaxed_madd); leave cpuCapability unset to use plain SIMD ('simd128')");
  }
  return (chosen = relaxed ? 'relaxed-simd' : 'simd128');
}

/** The build the cpu kernels run: 'relaxed-simd' (fused multiply-add) or 'simd128'. */
export function getCpuCapability(): CpuCapability {
  return chosen ?? chooseCpuCapability();
}
