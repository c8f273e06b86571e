// A request body with one long list (a directive's up to 5,000 tasks), checked an item at a time in slices
// of the event loop's time (see cooperative.ts): checking 5,000 tasks in one go (their text, then zod)
// held every other request and activity for 25–75 ms.
import type { z } from 'zod';
import { mapInSlices } from './cooperative';
import { badInput, bilingual, problemsOf } from './errors';
import { UNSTORABLE_TEXT, unstorablePath } from './schemas';

/** The list's field, the body's schema with the list's items unchecked, and the items' schema. */
export interface SlicedBody {
  field: string;
  shell: z.ZodType;
  item: z.ZodType;
}

/** The body's list named `field`, when the body is an object holding one. */
export function listIn(body: unknown, field: string): unknown[] | undefined {
  const list = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)[field] : undefined;
  return Array.isArray(list) ? list : undefined;
}

/** The first item holding text PostgreSQL cannot store is refused, naming the field (as refuseUnstorableText does). */
export async function refuseUnstorableItems(items: unknown[], field: string, budgetMs?: number): Promise<void> {
  const found = (await mapInSlices(items, (item, i) => unstorablePath(item, `${field}.${i}`), budgetMs)).find((f) => f !== undefined);
  if (found !== undefined) throw badInput([{ field: found, message: UNSTORABLE_TEXT }]);
}

/** The body parsed as `body` would parse it (the same output, the same problems), its list a slice at a time. */
export async function parseInSlices(sliced: SlicedBody, body: Record<string, unknown>, budgetMs?: number): Promise<unknown> {
  const shell = sliced.shell.safeParse(body, { error: bilingual });
  // A list too long (or empty) is refused as such, without checking a few thousand items first.
  if (!shell.success && shell.error.issues.some((issue) => issue.path.length === 1 && issue.path[0] === sliced.field)) throw badInput(problemsOf(shell.error));
  const items = await mapInSlices(body[sliced.field] as unknown[], (item) => sliced.item.safeParse(item, { error: bilingual }), budgetMs);
  // In the order the whole schema gives them: the fields before the list (its shape puts the list last), the
  // list's items, then what concerns the body as a whole (unknown fields).
  const [whole, fields] = shell.success ? [[], []] : partition(problemsOf(shell.error), (p) => p.field === '(body)');
  const problems = [...fields, ...items.flatMap((r, i) => (r.success ? [] : problemsOf(r.error, `${sliced.field}.${i}`))), ...whole];
  if (problems.length) throw badInput(problems);
  return { ...(shell.data as Record<string, unknown>), [sliced.field]: items.map((r) => r.data) };
}

function partition<T>(items: T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
