// Building blocks of the API's zod schemas, with Vietnamese and English reasons.
import { z } from 'zod';
import { isLocalDate } from '../domain/calendar';

export const text = z.string().trim().min(1);
export const slug = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,63}$/, 'chỉ gồm chữ thường, số, . _ - (tối đa 64) / lower-case letters, digits, . _ - only (max 64)');
export const localDate = z.string().refine(isLocalDate, 'ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD');
export const email = z.email();
export const taskIdParam = z.object({ id: z.string().min(1).max(64) }).strict();
export const idParam = z.object({ id: z.string().min(1).max(64) }).strict();
/** Query-string booleans: "true" / "false". */
export const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
