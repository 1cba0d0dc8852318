/** Shapes shared by several endpoints. */
import { z } from 'zod';

export const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

export const SlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens, like "edit-distance"');

export const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

/** A type or syntax error at the user's own line and column (1-based). */
export const CompileErrorSchema = z.object({
  line: z.number().int(),
  column: z.number().int(),
  message: z.string(),
});
export type CompileError = z.infer<typeof CompileErrorSchema>;

/** Source code is limited in UTF-8 bytes; a longer body is refused with 413, not judged. */
export const MAX_CODE_BYTES = 64 * 1024;

/** Every 4xx and 5xx body. `issues` lists what was wrong with a malformed request, field by field. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
