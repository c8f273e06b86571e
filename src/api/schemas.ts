// Building blocks of the API's zod schemas, with Vietnamese and English reasons.
import { z } from 'zod';
import { isLocalDate } from '../domain/calendar';
import { parseDeadlineText } from '../domain/register/deadline-text';
import { unstorableProblem } from '../domain/text';

export const UNSTORABLE_TEXT = 'chứa ký tự không lưu được (NUL hoặc nửa cặp UTF-16) / contains a character that cannot be stored (NUL or a lone UTF-16 surrogate)';

/** Whether PostgreSQL can store `s` in a text or jsonb column: no NUL, no lone surrogate. */
export const isStorableText = (s: string) => unstorableProblem(s) === null;

/**
 * The one string schema every route builds on. The NUL rule is a `pattern` in the OpenAPI document
 * (so generated clients and fuzzers know it); lone surrogates cannot be written as a JSON Schema
 * pattern and are refused by the refinement.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly the character refused
export const safeString = () => z.string().regex(/^[^\u0000]*$/, { message: UNSTORABLE_TEXT, abort: true }).refine(isStorableText, UNSTORABLE_TEXT);

export const text = safeString().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'chỉ gồm chữ thường, số, . _ - (tối đa 64) / lower-case letters, digits, . _ - only (max 64)');
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD', abort: true })
  .refine(isLocalDate, 'ngày không tồn tại trong lịch / no such day in the calendar')
  .meta({ format: 'date' });
/**
 * A day in an action (an extension's proposed deadline, an amended one): the forms directives write a
 * day in — "2027-03-15", "15/3/2027", "15/03/27", "ngày 15 tháng 3 năm 2027" — read as the ISO day.
 */
export const actionDate = safeString()
  .max(60)
  .transform((raw, ctx) => {
    const parsed = parseDeadlineText(raw);
    if (parsed.ok && parsed.deadline.precision === 'day') return parsed.deadline.date;
    ctx.addIssue({
      code: 'custom',
      message: parsed.ok
        ? `"${raw}": cần một ngày cụ thể / a specific day is needed`
        : `${parsed.reason} (YYYY-MM-DD, dd/mm/yyyy, "ngày 15 tháng 3 năm 2027")`,
    });
    return z.NEVER;
  })
  .describe('Ngày: YYYY-MM-DD, dd/mm/yyyy, dd/mm/yy hoặc "ngày 15 tháng 3 năm 2027" / a day in any of these forms');
/**
 * An address mail servers deliver to: a conservative pattern, published as such in the document (JSON
 * Schema's "email" format admits forms this does not, and the other way round).
 */
export const email = z
  .string()
  .max(254)
  .regex(/^[A-Za-z0-9_+-]+(\.[A-Za-z0-9_+-]+)*@[A-Za-z0-9](-*[A-Za-z0-9])*(\.[A-Za-z0-9](-*[A-Za-z0-9])*)*\.[A-Za-z]{2,63}$/, 'email không hợp lệ / invalid email');
/** Record ids in paths: task codes (NV-000001) and directory slugs. */
export const idParam = z.object({ id: safeString().min(1).max(64) }).strict();
export const taskIdParam = idParam;
/** Query-string booleans: "true" / "false". */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * Finds the first string PostgreSQL could not store anywhere in a decoded request part (params, query,
 * body), and names its path; every route runs this before its own schema, so no handler, audit entry
 * or workflow Update ever sees such text.
 */
export function unstorablePath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = unstorablePath(v, `${path}.${i}`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = isStorableText(k) ? unstorablePath(v, path ? `${path}.${k}` : k) : path || '(body)';
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A whole number in the query string. `z.coerce.number()` alone reads an empty value as 0 (Number('') is 0),
 * so `?escalationLevel=` listed the level-0 tasks: an empty value is refused instead. The document still
 * says integer (the metadata stands in for what a preprocess step cannot describe).
 */
export const wholeNumberQuery = (min: number, max: number) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? Number.NaN : v), z.coerce.number().int().min(min).max(max)).meta({ type: 'integer', minimum: min, maximum: max });
