import { z } from 'zod';

export const HealthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  problems: z.number().int(),
  database: z.enum(['sqlite', 'postgres']),
  queue: z.object({ kind: z.string(), waiting: z.number().int(), running: z.number().int(), limit: z.number().int() }),
});
export type Health = z.infer<typeof HealthSchema>;
