// The process's log: one line per entry (time, level, message, then the fields that say something about
// the event), on stderr. The SDK's default prints an activity's whole context as a multi-line object:
// seventeen lines per notification delivered.
import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';

/** Fields every activity or workflow entry carries, which say nothing about the event itself. */
const ROUTINE = new Set(['namespace', 'taskQueue', 'taskToken', 'workflowRunId', 'runId', 'activityId', 'sdkComponent', 'isLocal', 'workflowType', 'activityType']);

function text(value: unknown): string {
  if (typeof value === 'string') return /^[^\s"=]+$/.test(value) ? value : JSON.stringify(value);
  if (value instanceof Error) return JSON.stringify(value.message);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value); // a circular object
  }
}

export function formatLogLine(entry: LogEntry): string {
  const time = new Date(Number(entry.timestampNanos / 1_000_000n)).toISOString();
  const fields = Object.entries(entry.meta ?? {})
    .filter(([key, value]) => value !== undefined && !ROUTINE.has(key) && !(key === 'attempt' && value === 1))
    .map(([key, value]) => `${key}=${text(value)}`);
  return [time, entry.level.padEnd(5), entry.message, ...fields].join(' ');
}

export type LineLogger = DefaultLogger & {
  /** Resolves once nothing has been logged for `quietMs` (at most after `maxMs`): the start banner waits for start-up's own lines. */
  quiet(quietMs?: number, maxMs?: number): Promise<void>;
};

export function lineLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): LineLogger {
  let lastAt = Date.now();
  const logger = new DefaultLogger(level, (entry) => {
    lastAt = Date.now();
    write(formatLogLine(entry));
  });
  return Object.assign(logger, {
    async quiet(quietMs = 500, maxMs = 10_000) {
      const giveUpAt = Date.now() + maxMs;
      for (let wait = quietMs; wait > 0 && Date.now() < giveUpAt; wait = lastAt + quietMs - Date.now()) {
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, giveUpAt - Date.now())));
      }
    },
  });
}
