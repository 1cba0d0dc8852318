/** Run: the samples or custom inputs, each answered by the reference solution too. */
import { z } from 'zod';
import { CompileErrorSchema, SlugSchema, VerdictSchema } from './common.js';

/** Custom inputs per Run, as LeetCode allows several test cases. */
export const MAX_CUSTOM_INPUTS = 10;

const InputSchema = z.array(z.unknown(), 'an input is a JSON array of the entry point\'s fields, in order');

export const RunRequestSchema = z
  .object({
    slug: SlugSchema,
    code: z.string().min(1, 'the code is empty'),
    /** One custom input. */
    input: InputSchema.optional(),
    /** Several custom inputs. */
    inputs: z.array(InputSchema).min(1).max(MAX_CUSTOM_INPUTS).optional(),
  })
  .refine((r) => !(r.input && r.inputs), { message: 'give either input or inputs, not both', path: ['inputs'] });
export type RunRequest = z.infer<typeof RunRequestSchema>;

export const RunCaseSchema = z.object({
  input: z.array(z.unknown()),
  output: z.unknown(),
  expected: z.unknown(),
  stdout: z.string(),
  passed: z.boolean(),
  verdict: VerdictSchema,
  message: z.string(),
  runtimeMs: z.number(),
});

/** The same shape as `shousi run --json`. */
export const RunResultSchema = z.object({
  verdict: VerdictSchema,
  cases: z.array(RunCaseSchema),
  compileErrors: z.array(CompileErrorSchema),
});
export type RunResult = z.infer<typeof RunResultSchema>;
