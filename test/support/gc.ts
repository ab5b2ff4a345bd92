// No devices opened here: suites that open their own (test/parallel*.ts) import it too.
import { sync } from '../../src/node.js';

/**
 * Runs the garbage collector and lets pending finalizers release their tensors,
 * so a memory count taken next is not skewed by earlier tests' garbage.
 */
export async function collectGarbage(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('collectGarbage: run node with --expose-gc (vitest.config.ts sets it)');
  gc();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await sync();
}
