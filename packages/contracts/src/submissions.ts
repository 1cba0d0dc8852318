/** Submit, a submission's state and verdict, its live events, and the caller's history. */
import { z } from 'zod';
import { CompileErrorSchema, SlugSchema, VerdictSchema } from './common.js';

export const SubmitRequestSchema = z.object({
  slug: SlugSchema,
  code: z.string().min(1, 'the code is empty'),
});
export type SubmitRequest = z.infer<typeof SubmitRequestSchema>;

export const SubmissionStatusSchema = z.enum(['queued', 'running', 'done']);
export type SubmissionStatus = z.infer<typeof SubmissionStatusSchema>;

export const SubmitResponseSchema = z.object({ id: z.string(), status: z.literal('queued') });

export const SubmissionIdParamsSchema = z.object({ id: z.uuid('a submission id is a UUID') });

/** The first failing hidden test, shown as LeetCode shows it. */
export const FailureSchema = z.object({
  test: z.number().int(),
  input: z.array(z.unknown()),
  expected: z.unknown(),
  output: z.unknown(),
  stdout: z.string(),
  message: z.string(),
});
export type Failure = z.infer<typeof FailureSchema>;

/** The fields of `shousi judge --json`; null until the submission is done. */
const ResultFields = {
  verdict: VerdictSchema.nullable(),
  passed: z.number().int().nullable(),
  total: z.number().int().nullable(),
  runtimeMs: z.number().nullable(),
  memoryKb: z.number().nullable(),
  failure: FailureSchema.nullable(),
  compileErrors: z.array(CompileErrorSchema),
};

export const SubmissionSchema = z.object({
  id: z.string(),
  slug: z.string(),
  status: SubmissionStatusSchema,
  code: z.string(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  ...ResultFields,
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** A history row: no code and no failing case, to keep the list light. */
export const SubmissionSummarySchema = SubmissionSchema.omit({ code: true, failure: true, compileErrors: true });
export type SubmissionSummary = z.infer<typeof SubmissionSummarySchema>;

export const HistoryQuerySchema = z.object({
  slug: SlugSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(200).optional(),
});

export const HistorySchema = z.object({
  items: z.array(SubmissionSummarySchema),
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type History = z.infer<typeof HistorySchema>;

/**
 * Server-sent events of `/api/submissions/:id/events`: `status` (queued → running) and `done` with the
 * whole submission, after which the stream ends.
 */
export const SubmissionEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('status'), id: z.string(), status: SubmissionStatusSchema }),
  z.object({ type: z.literal('done'), submission: SubmissionSchema }),
]);
export type SubmissionEvent = z.infer<typeof SubmissionEventSchema>;
