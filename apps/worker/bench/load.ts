/**
 * The load of the scale-out benchmark, shared by its rounds and its contention probe: BENCH_PROBLEM's
 * submissions, three accepted to one wrong, every text unique as in real use (the type checker skips
 * a text it has just checked).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@shousi/submissions';
import { CLIMB_AC, CLIMB_WA } from '../../server/test/helpers.js';

/** climbing-stairs (a quick judgement) or edit-distance (27 larger hidden tests: the judge's own work dominates). */
export const PROBLEM = process.env.BENCH_PROBLEM ?? 'edit-distance';

const EDIT_AC = readFileSync(join(REPO_ROOT, 'problems/hand-coding/edit-distance/solution.ts'), 'utf8');
const EDIT_WA = 'function minDistance(a: string, b: string): number {\n  return Math.abs(a.length - b.length);\n}\n';
const [AC, WA] = PROBLEM === 'edit-distance' ? [EDIT_AC, EDIT_WA] : [CLIMB_AC, CLIMB_WA];

/** The code of the i-th submission. */
export const codeOf = (i: number): string => `${i % 4 === 3 ? WA : AC}\n// submission ${i}\n`;
