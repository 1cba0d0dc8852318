/** Shapes shared by several endpoints. */
import { z } from 'zod';

export const LocalizedSchema = z.object({ zh: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

export const SlugSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase words joined by hyphens, like "edit-distance"');

/** The verdicts, one vocabulary for the judge, the API and the web app. */
export const VERDICTS = ['AC', 'WA', 'TLE', 'MLE', 'RE', 'CE', 'OLE', 'IE'] as const;
export const VerdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof VerdictSchema>;

export const VERDICT_NAMES: Record<Verdict, Localized> = {
  AC: { zh: '通过', en: 'Accepted' },
  WA: { zh: '解答错误', en: 'Wrong Answer' },
  TLE: { zh: '超出时间限制', en: 'Time Limit Exceeded' },
  MLE: { zh: '超出内存限制', en: 'Memory Limit Exceeded' },
  RE: { zh: '执行出错', en: 'Runtime Error' },
  CE: { zh: '编译出错', en: 'Compile Error' },
  OLE: { zh: '输出超限', en: 'Output Limit Exceeded' },
  IE: { zh: '判题系统内部错误', en: 'Internal Error' },
};

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
