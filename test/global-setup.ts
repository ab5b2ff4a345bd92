import { execFileSync } from 'node:child_process';

// The tests import TS sources directly, but the kernels reach them through
// generated modules (embedded wasm and WGSL): make sure those are current.
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs', '--gen-only'], { stdio: 'inherit' });
}
