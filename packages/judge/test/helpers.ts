import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ProblemSet } from '@shousi/problem-kit';

export const PROBLEMS_DIR = join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'problems');

export const loadProblems = (...slugs: string[]) => ProblemSet.loadSome(PROBLEMS_DIR, slugs);

/** An accepted edit-distance solution, written as people write it on LeetCode. */
export const EDIT_DISTANCE_AC = `
function minDistance(word1: string, word2: string): number {
  const m = word1.length, n = word2.length;
  const dp: number[][] = Array.from({ length: m + 1 }, () => new Array(n + 1).fill(0));
  for (let i = 0; i <= m; i++) dp[i][0] = i;
  for (let j = 0; j <= n; j++) dp[0][j] = j;
  for (let i = 1; i <= m; i++)
    for (let j = 1; j <= n; j++)
      dp[i][j] = word1[i - 1] === word2[j - 1] ? dp[i - 1][j - 1] : Math.min(dp[i - 1][j - 1], dp[i - 1][j], dp[i][j - 1]) + 1;
  return dp[m][n];
}
`;

/** Wraps a hostile body into an edit-distance entry point (typed loosely so it compiles). */
export const hostile = (body: string, prelude = ''): string => `${prelude}
function minDistance(word1: string, word2: string): number {
  const g: any = globalThis;
  ${body}
  return 0;
}
`;
