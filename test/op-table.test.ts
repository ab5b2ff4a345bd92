import { afterAll } from 'vitest';
import { defineOpTableSuites, loadCases } from './support/op-table-suite.js';
import { torch } from './support/setup-torch.js';

afterAll(() => torch.shutdown());

defineOpTableSuites('op table', loadCases('op-cases.json'), undefined, 1000);
