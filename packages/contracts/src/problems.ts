/** The problem list, one problem's page, and its reference solution. */
import { z } from 'zod';
import { LocalizedSchema, SlugSchema } from './common.js';

export const DifficultySchema = z.enum(['easy', 'medium', 'hard']);

/** The caller's progress on a problem: an Accepted submission, any submission, or none. */
export const ProblemStatusSchema = z.enum(['solved', 'attempted', 'none']);
export type ProblemStatus = z.infer<typeof ProblemStatusSchema>;

export const ProblemSummarySchema = z.object({
  slug: z.string(),
  section: z.string(),
  title: LocalizedSchema,
  difficulty: DifficultySchema,
  tags: z.array(z.string()),
  leetcode: z.number().int().nullable(),
  status: ProblemStatusSchema,
});
export type ProblemSummary = z.infer<typeof ProblemSummarySchema>;

const NamedSchema = z.object({ id: z.string(), name: LocalizedSchema });

export const ProblemListSchema = z.object({
  /** The outline's sections in order, with their names. */
  sections: z.array(NamedSchema),
  /** Every tag a problem may carry, with its names. */
  tags: z.array(NamedSchema),
  problems: z.array(ProblemSummarySchema),
});
export type ProblemList = z.infer<typeof ProblemListSchema>;

export const SlugParamsSchema = z.object({ slug: SlugSchema });

export const ProblemDetailSchema = z.object({
  slug: z.string(),
  section: z.string(),
  title: LocalizedSchema,
  difficulty: DifficultySchema,
  tags: z.array(z.string()),
  leetcode: z.number().int().nullable(),
  statement: LocalizedSchema,
  starter: z.string(),
  entry: z.object({
    kind: z.enum(['function', 'class']),
    name: z.string(),
    /** How the entry point is written, e.g. `function minDistance(word1: string, word2: string): number`. */
    shape: z.string(),
    /** The fields of one test input, in order: what a custom input must give. */
    inputFields: z.array(z.object({ name: z.string(), type: z.string(), passed: z.boolean() })),
  }),
  /** The judging styles the problem uses (exact, unordered, float, validator, identity, ...). */
  styles: z.array(z.string()),
  checker: z.object({ style: z.string(), atol: z.number().optional(), rtol: z.number().optional() }),
  /** The statement's examples: each is one input (a JSON array of the fields, in order). */
  samples: z.array(z.object({ input: z.array(z.unknown()) })),
  limits: z.object({ timeMs: z.number(), memoryMb: z.number() }),
  /** The ambient declarations the judge compiles with (TreeNode, ListNode, interactive APIs). */
  declarations: z.string(),
  /** The TypeScript compiler options the judge checks with, for the editor to use the same. */
  compilerOptions: z.record(z.string(), z.unknown()),
});
export type ProblemDetail = z.infer<typeof ProblemDetailSchema>;

export const SolutionSchema = z.object({
  slug: z.string(),
  code: z.string(),
  explanation: LocalizedSchema,
  complexity: z.object({ time: z.string(), space: z.string() }).nullable(),
});
export type Solution = z.infer<typeof SolutionSchema>;
