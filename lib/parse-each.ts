/**
 * Stored items (IndexedDB rows, the RM's rules in storage.local) are parsed one by one: a damaged item is skipped,
 * never shown wrongly, and never costs the others.
 */
import type * as z from 'zod/mini';

export function parseEach<S extends z.ZodMiniType>(schema: S, items: readonly unknown[]): z.infer<S>[] {
  const out: z.infer<S>[] = [];
  for (const item of items) {
    const r = schema.safeParse(item);
    if (r.success) out.push(r.data);
  }
  return out;
}
