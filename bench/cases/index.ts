import type { Case } from '../case.js';
import { attentionCases } from './attention.js';
import { convCases } from './conv.js';
import { elementwiseCases } from './elementwise.js';
import { matmulCases } from './matmul.js';
import { poolCases } from './pool.js';
import { reduceCases } from './reduce.js';
import { softmaxCases } from './softmax.js';
import { trainCases } from './train.js';

/** Every case, in table order. */
export const allCases: Case[] = [
  ...elementwiseCases,
  ...reduceCases,
  ...softmaxCases,
  ...matmulCases,
  ...convCases,
  ...poolCases,
  ...trainCases,
  ...attentionCases,
];
