/** Hidden tests from their specs: fixed inputs and seeded generators, every input validated. */
import { InvalidInputError } from './errors.js';
import { createRng } from './rng.js';
import type { Problem, TestInput } from './schema.js';

export interface TestCase {
  /** What the case is for, e.g. "random 500×500 #2". */
  name: string;
  input: TestInput;
}

/** Expands the problem's test specs; generated cases are reproducible from their seeds. */
export function expandTests(problem: Pick<Problem, 'tests'>): TestCase[] {
  const out: TestCase[] = [];
  for (const spec of problem.tests) {
    if ('input' in spec) {
      out.push({ name: spec.name, input: spec.input });
      continue;
    }
    const rng = createRng(spec.seed);
    const count = spec.count;
    for (let i = 0; i < count; i++) {
      out.push({ name: count > 1 ? `${spec.name} #${i + 1}` : spec.name, input: spec.make(rng, i) });
    }
  }
  return out;
}

/** Checks one input against the problem's input schema; throws InvalidInputError with every issue. */
export function validateInput(problem: Pick<Problem, 'input' | 'entry'>, input: unknown): TestInput {
  const result = problem.input.safeParse(input);
  if (!result.success) {
    const names = problem.entry.kind === 'function' ? problem.entry.params.map((p) => p.name) : ['operations', 'arguments'];
    const message = result.error.issues
      .map((i) => {
        const [first, ...rest] = i.path;
        const head = typeof first === 'number' ? (names[first] ?? String(first)) : first === undefined ? 'input' : String(first);
        return `${[head, ...rest.map(String)].join('.')}: ${i.message}`;
      })
      .join('; ');
    throw new InvalidInputError(message);
  }
  return result.data;
}
