import { readFileSync } from 'node:fs';
import type { OpCase } from './op-table.js';

/** The cases of one fixture of test/fixtures (expected values from numpy). */
export function loadCases(fixture: string): OpCase[] {
  const url = new URL(`../fixtures/${fixture}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { cases: OpCase[] }).cases;
}
