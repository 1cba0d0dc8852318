/** What follows from an entry point: its TypeScript type (for checking user code) and its judging styles. */
import type { Entry, Problem } from './schema.js';

/** The parameters the user's function receives (hidden fields are not passed). */
export function passedParams(entry: Entry): { name: string; type: string }[] {
  if (entry.kind === 'class') return entry.constructorParams;
  return entry.params.filter((p) => p.codec !== 'hidden');
}

/** The type the user's entry point must be assignable to, e.g. `(word1: string, word2: string) => number`. */
export function entrySignature(entry: Entry): string {
  const params = (ps: { name: string; type: string }[]): string => ps.map((p) => `${p.name}: ${p.type}`).join(', ');
  if (entry.kind === 'function') return `(${params(passedParams(entry))}) => ${entry.returns.type}`;
  const methods = entry.methods.map((m) => `${m.name}(${params(m.params)}): ${m.returns}`).join('; ');
  return `new (${params(entry.constructorParams)}) => { ${methods} }`;
}

/** How the entry is written in a solution, e.g. `function minDistance(word1: string, word2: string): number`. */
export function entryShape(entry: Entry): string {
  const params = (ps: { name: string; type: string }[]): string => ps.map((p) => `${p.name}: ${p.type}`).join(', ');
  if (entry.kind === 'function') return `function ${entry.name}(${params(passedParams(entry))}): ${entry.returns.type}`;
  return `class ${entry.name}`;
}

export type JudgingStyle = 'exact' | 'unordered' | 'float' | 'validator' | 'identity' | 'in-place' | 'design' | 'interactive' | 'random' | 'no-sort';

/** The catalogue's judging styles that a problem's definition amounts to. */
export function judgingStyles(problem: Pick<Problem, 'entry' | 'checker' | 'rules' | 'declarations'>, hasSandbox: boolean): JudgingStyle[] {
  const styles = new Set<JudgingStyle>([problem.checker.style]);
  const { entry, rules } = problem;
  if (entry.kind === 'class') styles.add('design');
  else {
    if (entry.returns.codec === 'node') styles.add('identity');
    if (entry.observe) styles.add('in-place');
    if (rules.reuseNodes) styles.add('identity');
  }
  if (rules.noSort) styles.add('no-sort');
  if (rules.noMathRandom) styles.add('random');
  else if (hasSandbox) styles.add('interactive');
  return [...styles];
}
