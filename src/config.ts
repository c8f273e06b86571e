// Configuration: read once from the environment at start-up, validated, then passed in.
// A bad value stops start-up with one message naming every offending variable.
import path from 'node:path';
import { z } from 'zod';

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'phải là số cổng / must be a port number' })
    .int('phải là số nguyên / must be a whole number')
    .min(1, 'phải từ 1 đến 65535 / must be 1–65535')
    .max(65535, 'phải từ 1 đến 65535 / must be 1–65535')
    .default(fallback);

const hostPort = z
  .string()
  .regex(/^[A-Za-z0-9.\-[\]:]+:\d{1,5}$/, 'phải có dạng host:port / must look like host:port, e.g. 127.0.0.1:7233');

const EnvSchema = z.object({
  TEMPORAL_ADDRESS: hostPort.optional(),
  TEMPORAL_NAMESPACE: z.string().min(1, 'không được để trống / must not be empty').default('default'),
  DONDOC_TASK_QUEUE: z.string().min(1, 'không được để trống / must not be empty').default('dondoc-tasks'),
  DONDOC_TIME_ZONE: z.string().default('Asia/Ho_Chi_Minh'),
  DONDOC_DATA_DIR: z.string().min(1, 'không được để trống / must not be empty').default('data'),
  DONDOC_TEMPORAL_PORT: port(7233),
  DONDOC_TEMPORAL_UI_PORT: port(8233),
  DONDOC_LOG_LEVEL: z.enum(['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR']).default('INFO'),
  TEMPORAL_CLI_PATH: z.string().min(1).optional(),
  SMTP_URL: z
    .url({ protocol: /^smtps?$/, error: 'phải có dạng smtp://host:port hoặc smtps://… / must look like smtp://host:port or smtps://…' })
    .optional(),
  SMTP_FROM: z.string().min(3).default('"Đôn Đốc" <dondoc@localhost>'),
  DONDOC_API_HOST: z.string().min(1).default('127.0.0.1'),
  DONDOC_API_PORT: port(8080),
  // The web app's address as recipients open it (links in digests); default: where the API listens.
  DONDOC_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'phải có dạng https://host[:port] / must look like https://host[:port]' }).optional(),
  DONDOC_ADMIN_PASSWORD: z.string().min(8, 'tối thiểu 8 ký tự / at least 8 characters').optional(),
  // Browser origins allowed to call the API from another site; none by default (same origin only).
  DONDOC_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, error: 'mỗi nguồn phải có dạng https://host[:port] / each origin must look like https://host[:port]' }))),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'phải có dạng postgres://user@host:port/db / must look like postgres://user@host:port/db' })
    .optional(),
});

export interface Config {
  temporal: {
    /** An external Temporal server; when absent the embedded start command runs its own dev server. */
    address: string | undefined;
    namespace: string;
    taskQueue: string;
    devServer: { port: number; uiPort: number; cliPath: string | undefined };
  };
  timeZone: string;
  /** Minutes east of UTC for `timeZone`, which must not observe daylight saving. */
  utcOffsetMinutes: number;
  dataDir: string;
  /** The register: a PostgreSQL server, or (unset) PGlite in `${dataDir}/register`. */
  databaseUrl: string | undefined;
  /** Without an SMTP server, notifications stay in the outbox under the data folder. */
  mail: { smtpUrl: string | undefined; from: string };
  logLevel: z.infer<typeof EnvSchema>['DONDOC_LOG_LEVEL'];
  /** Where the HTTP API listens, and the first administrator's password (random when unset). */
  api: { host: string; port: number; adminPassword: string | undefined; corsOrigins: string[]; publicUrl: string };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Cấu hình không hợp lệ / Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0]);
        return `${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
      }),
    );
  }
  const e = parsed.data;
  const offset = fixedUtcOffsetMinutes(e.DONDOC_TIME_ZONE);
  if (typeof offset === 'string') throw new ConfigError([`DONDOC_TIME_ZONE=${JSON.stringify(e.DONDOC_TIME_ZONE)}: ${offset}`]);
  if (!e.TEMPORAL_ADDRESS && e.DONDOC_TEMPORAL_PORT === e.DONDOC_TEMPORAL_UI_PORT) {
    throw new ConfigError([
      `DONDOC_TEMPORAL_UI_PORT=${e.DONDOC_TEMPORAL_UI_PORT}: phải khác DONDOC_TEMPORAL_PORT / must differ from DONDOC_TEMPORAL_PORT`,
    ]);
  }
  return {
    temporal: {
      address: e.TEMPORAL_ADDRESS,
      namespace: e.TEMPORAL_NAMESPACE,
      taskQueue: e.DONDOC_TASK_QUEUE,
      devServer: { port: e.DONDOC_TEMPORAL_PORT, uiPort: e.DONDOC_TEMPORAL_UI_PORT, cliPath: e.TEMPORAL_CLI_PATH },
    },
    timeZone: e.DONDOC_TIME_ZONE,
    utcOffsetMinutes: offset,
    dataDir: path.resolve(cwd, e.DONDOC_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    mail: { smtpUrl: e.SMTP_URL, from: e.SMTP_FROM },
    logLevel: e.DONDOC_LOG_LEVEL,
    api: {
      host: e.DONDOC_API_HOST, port: e.DONDOC_API_PORT, adminPassword: e.DONDOC_ADMIN_PASSWORD, corsOrigins: e.DONDOC_CORS_ORIGINS,
      publicUrl: (e.DONDOC_PUBLIC_URL ?? `http://${e.DONDOC_API_HOST}:${e.DONDOC_API_PORT}`).replace(/\/$/, ''),
    },
  };
}

/** The zone's offset from UTC if it is the same all year in 2020–2040, else a reason. */
function fixedUtcOffsetMinutes(timeZone: string): number | string {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
  } catch {
    return 'không phải múi giờ IANA / not an IANA time zone (e.g. Asia/Ho_Chi_Minh)';
  }
  const offsets = new Set<number>();
  for (let year = 2020; year <= 2040; year++) {
    for (const month of [0, 6]) {
      const name = format.formatToParts(Date.UTC(year, month, 15)).find((p) => p.type === 'timeZoneName')?.value ?? '';
      const match = /GMT(?:([+-])(\d{2}):(\d{2}))?/.exec(name);
      offsets.add(match?.[1] ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0);
    }
  }
  if (offsets.size !== 1) return 'múi giờ có giờ mùa hè không được hỗ trợ / zones with daylight saving are not supported';
  return [...offsets][0]!;
}
