// Errors the API answers with: a stable code, the reason in Vietnamese then English, and for bad
// input every offending field with its own reason.
import { z } from 'zod';

export interface FieldProblem {
  field: string;
  message: string;
}

/** The body of every error answer, fastify's own refusals included. */
export const ErrorBody = z
  .object({
    error: z
      .object({
        code: z.string().describe('Mã ổn định / stable code, e.g. INVALID_INPUT'),
        message: z.string().describe('Lý do, tiếng Việt / English'),
        fields: z.array(z.object({ field: z.string(), message: z.string() }).strict()).optional(),
      })
      .strict(),
  })
  .strict();

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
export const bilingual: z.core.$ZodErrorMap = (issue) => {
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

/** fastify's own refusals (unreadable JSON, wrong content type, a body too large), in the API's bilingual shape. */
export function fastifyRefusal(e: { statusCode: number; code?: string; message: string }): ApiError {
  switch (e.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError(400, 'INVALID_JSON', `Nội dung JSON không đọc được / the JSON body cannot be read: ${e.message}`);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Chỉ nhận nội dung application/json / only application/json bodies are accepted');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(413, 'BODY_TOO_LARGE', 'Nội dung quá lớn (tối đa 25 MB) / the body is too large (25 MB at most)');
    default:
      return new ApiError(e.statusCode, 'BAD_REQUEST', `Yêu cầu không hợp lệ / bad request: ${e.message}`);
  }
}

/** A whole HTTP answer for a request Node's parser refused before fastify saw it (too long a URL or headers, bad syntax). */
export function rawClientError(error: Error & { code?: string }): string {
  const [status, reason, problem] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'Request Header Fields Too Large', new ApiError(431, 'REQUEST_TOO_LARGE', 'Đường dẫn hoặc phần đầu yêu cầu quá dài / the URL or the request headers are too long')]
      : [400, 'Bad Request', new ApiError(400, 'BAD_REQUEST', 'Yêu cầu HTTP không đọc được / the HTTP request cannot be read')];
  const body = JSON.stringify(problem.toJSON());
  return `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`;
}
