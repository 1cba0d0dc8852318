/**
 * The zod schema of a problem definition (`problems/<section>/<slug>/problem.ts`). Every type of the
 * format flows from here; the schema is strict, so a misspelt key fails loudly instead of being ignored.
 */
import { z } from 'zod';
import type { Rng } from './rng.js';
import { SECTION_IDS, TAG_IDS } from './sections.js';

const fn = <T extends (...args: never[]) => unknown>(what: string) =>
  z.custom<T>((v) => typeof v === 'function', `${what} must be a function`);

export const LocalizedSchema = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });
export type Localized = z.infer<typeof LocalizedSchema>;

const Identifier = z.string().regex(/^[A-Za-z_$][\w$]*$/, 'must be a JavaScript identifier');

/**
 * How one field of a test input becomes an argument inside the isolate.
 * - `json`: passed as a structured copy.
 * - `tree`: LeetCode level order → TreeNode | null.  `list`: array → ListNode | null.
 * - `hidden`: part of the input (shown to the user) but not passed, like LeetCode 142's `pos`.
 * - `{kind: 'tree-node', tree}`: a value → the node with that value in the tree field `tree` (LeetCode 236's p, q).
 * - `{kind: 'list-cycle', pos}`: a list whose tail links back to the node at index `pos` (another field).
 */
export const FieldCodecSchema = z.union([
  z.enum(['json', 'tree', 'list', 'hidden']),
  z.strictObject({ kind: z.literal('tree-node'), tree: Identifier }),
  z.strictObject({ kind: z.literal('list-cycle'), pos: Identifier }),
]);
export type FieldCodec = z.infer<typeof FieldCodecSchema>;

export const FieldSchema = z.strictObject({
  name: Identifier,
  /** The TypeScript type the user's code sees. */
  type: z.string().min(1),
  codec: FieldCodecSchema.default('json'),
});
export type Field = z.infer<typeof FieldSchema>;

/**
 * How the observed value leaves the isolate: `json` as is, `tree`/`list` in LeetCode encoding,
 * `node` as the identity of a node of the input (LeetCode 142, 160, 236), `void` for nothing.
 */
export const OutputCodecSchema = z.enum(['json', 'tree', 'list', 'node', 'void']);
export type OutputCodec = z.infer<typeof OutputCodecSchema>;

const ParamSchema = z.strictObject({ name: Identifier, type: z.string().min(1) });

export const FunctionEntrySchema = z.strictObject({
  kind: z.literal('function'),
  name: Identifier,
  params: z.array(FieldSchema),
  returns: z.strictObject({ type: z.string().min(1), codec: OutputCodecSchema.default('json') }),
  /** In-place problems: compare this parameter after the call instead of the return value. */
  observe: z.strictObject({ param: Identifier, codec: OutputCodecSchema }).optional(),
});

export const ClassEntrySchema = z.strictObject({
  kind: z.literal('class'),
  name: Identifier,
  constructorParams: z.array(ParamSchema).default([]),
  methods: z.array(z.strictObject({ name: Identifier, params: z.array(ParamSchema), returns: z.string().min(1) })).min(1),
});

export const EntrySchema = z.discriminatedUnion('kind', [FunctionEntrySchema, ClassEntrySchema]);
export type Entry = z.infer<typeof EntrySchema>;
export type FunctionEntry = z.infer<typeof FunctionEntrySchema>;
export type ClassEntry = z.infer<typeof ClassEntrySchema>;

/** Rules the harness enforces inside the isolate, so that the judge checks them and not trust. */
export const RulesSchema = z.strictObject({
  /** Array.prototype.sort, toSorted and the typed-array sorts throw. */
  noSort: z.boolean().default(false),
  /** Math.random throws; randomness comes from the injected, seeded generator. */
  noMathRandom: z.boolean().default(false),
  /** Every node of the observed tree or list must be a node of the input (no new nodes). */
  reuseNodes: z.boolean().default(false),
  /** The input's trees and lists must keep every link they had. */
  inputUnchanged: z.boolean().default(false),
});
export type Rules = z.infer<typeof RulesSchema>;

export interface CheckContext {
  input: unknown[];
  output: unknown;
  /** The reference solution's observed value on the same input. */
  expected: unknown;
}
/** `true` accepts; a string rejects with that message; `false` rejects. */
export type CheckFn = (ctx: CheckContext) => boolean | string;

export const CheckerSchema = z.discriminatedUnion('style', [
  z.strictObject({ style: z.literal('exact') }),
  /** Arrays compared as multisets, canonicalised `depth` levels deep (default: every level). */
  z.strictObject({ style: z.literal('unordered'), depth: z.number().int().min(1).optional() }),
  /** |a − b| ≤ atol + rtol·|b| with b the reference; NaN is always rejected. */
  z.strictObject({ style: z.literal('float'), atol: z.number().min(0).default(1e-6), rtol: z.number().min(0).default(1e-6) }),
  /** Any output the problem's own check accepts (several valid answers, statistical tests). */
  z.strictObject({ style: z.literal('validator'), check: fn<CheckFn>('checker.check') }),
]);
export type Checker = z.infer<typeof CheckerSchema>;

export const LimitsSchema = z.strictObject({
  /** Per test case, in milliseconds of solution time. */
  timeMs: z.number().int().min(50).max(10_000).default(1000),
  /** The isolate's heap limit, in MiB. */
  memoryMb: z.number().int().min(16).max(1024).default(256),
});
export type Limits = z.infer<typeof LimitsSchema>;

const InputSchema = z.array(z.unknown());
export type TestInput = unknown[];

export const FixedTestSchema = z.strictObject({ name: z.string().min(1), input: InputSchema });
export const GeneratedTestSchema = z.strictObject({
  name: z.string().min(1),
  seed: z.number().int(),
  count: z.number().int().min(1).max(1000).default(1),
  make: fn<(rng: Rng, index: number) => TestInput>('make'),
});
export const TestSpecSchema = z.union([FixedTestSchema, GeneratedTestSchema]);
export type TestSpec = z.input<typeof TestSpecSchema>;

export const ProblemSchema = z.strictObject({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  section: z.enum(SECTION_IDS),
  title: LocalizedSchema,
  difficulty: z.enum(['easy', 'medium', 'hard']),
  tags: z.array(z.enum(TAG_IDS)).min(1),
  /** The LeetCode twin, whose function name and parameter order the entry keeps. */
  leetcode: z.number().int().positive().optional(),
  entry: EntrySchema,
  /** Extra ambient TypeScript declarations the editor and the checker both see (interactive APIs). */
  declarations: z.string().default(''),
  rules: RulesSchema.default({ noSort: false, noMathRandom: false, reuseNodes: false, inputUnchanged: false }),
  checker: CheckerSchema,
  limits: LimitsSchema.default({ timeMs: 1000, memoryMb: 256 }),
  /** Validates one input (the JSON array of encoded fields): every hidden test and every custom input. */
  input: z.custom<z.ZodType<TestInput>>((v) => v instanceof z.ZodType, 'input must be a zod schema'),
  samples: z.array(z.strictObject({ input: InputSchema })).min(1),
  tests: z.array(TestSpecSchema).min(1),
  complexity: z.strictObject({ time: z.string().min(1), space: z.string().min(1) }),
});

export type ProblemDefinition = z.input<typeof ProblemSchema>;
export type Problem = z.output<typeof ProblemSchema>;

/** Identity with types: what a problem.ts exports by default. */
export const defineProblem = (p: ProblemDefinition): ProblemDefinition => p;
