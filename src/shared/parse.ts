import type { z } from 'zod';

/**
 * The one way untrusted data becomes typed: it must arrive as `unknown`, so nothing
 * unparsed slips through with a type it has not earned.
 */
export function parseUnknown<S extends z.ZodType>(
  schema: S,
  value: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; issues: string[] } {
  const parsed = schema.safeParse(value);
  if (parsed.success) return { ok: true, value: parsed.data };
  // Issue paths and codes only: the offending values may be journal text.
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.code}`),
  };
}
