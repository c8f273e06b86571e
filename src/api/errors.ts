// Errors the API answers with: a stable code, the reason in Vietnamese then English, and for bad
// input every offending field with its own reason.
import { z } from 'zod';

export interface FieldProblem {
  field: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  toJSON() {
    return { error: { code: this.code, message: this.message, ...(this.fields.length ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (vi: string, en: string) => new ApiError(404, 'NOT_FOUND', `Không tìm thấy ${vi} / ${en} not found`);
export const forbidden = () => new ApiError(403, 'FORBIDDEN', 'Bạn không có quyền thực hiện thao tác này / You are not allowed to do this');

export function badInput(fields: FieldProblem[]): ApiError {
  const list = fields.map((f) => f.field).join(', ');
  return new ApiError(400, 'INVALID_INPUT', `Dữ liệu không hợp lệ: ${list} / Invalid input: ${list}`, fields);
}

/** zod's reasons, in Vietnamese then English, so a clerk reads why a field was refused. */
const bilingual: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'bắt buộc / required'
        : `phải là ${issue.expected} / must be ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'string'
        ? issue.minimum === 1 ? 'không được để trống / must not be empty' : `tối thiểu ${issue.minimum} ký tự / at least ${issue.minimum} characters`
        : `tối thiểu ${issue.minimum} / at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `tối đa ${issue.maximum} ký tự / at most ${issue.maximum} characters` : `tối đa ${issue.maximum} / at most ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'email' ? 'email không hợp lệ / invalid email' : `sai định dạng ${issue.format} / invalid ${issue.format} format`;
    case 'invalid_value':
      return `phải là một trong: ${issue.values.join(', ')} / must be one of: ${issue.values.join(', ')}`;
    case 'unrecognized_keys':
      return `trường không được chấp nhận: ${issue.keys.join(', ')} / unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'giá trị không hợp lệ / invalid value';
    default:
      return undefined;
  }
};

export function problemsOf(error: z.ZodError, prefix = ''): FieldProblem[] {
  return error.issues.map((issue) => ({ field: [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)', message: issue.message }));
}

/** Parses `input` with `schema`; a failure is a 400 naming each bad field under `prefix`. */
export function parse<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const result = schema.safeParse(input, { error: bilingual });
  if (!result.success) throw badInput(problemsOf(result.error, prefix));
  return result.data;
}
