import { afterAll } from 'vitest';
import { LLM_OPS } from './support/llm-op-table.js';
import { defineOpTableSuites, loadCases } from './support/op-table-suite.js';
import { torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

defineOpTableSuites('large-model ops', loadCases('llm-cases.json'), LLM_OPS, 2000);
