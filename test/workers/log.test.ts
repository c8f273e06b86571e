// The log: one line per entry, the fields that say something about the event and not the routine ones.
import type { LogEntry } from '@temporalio/worker';
import { formatLogLine, lineLogger } from '../../src/workers/log';

const at = BigInt(Date.parse('2026-11-20T03:00:00Z')) * 1_000_000n;

describe('the log', () => {
  it('writes a delivered notification as one line: time, level, message, key and status', () => {
    // What an activity's log entry carries (the SDK adds the activity's whole context).
    const entry: LogEntry = {
      level: 'INFO', message: 'notification delivered', timestampNanos: at,
      meta: {
        key: 'NV-000123/assigned/0', status: 'stored', sdkComponent: 'activity', isLocal: false, attempt: 1, namespace: 'default', taskToken: 'CiQ4…',
        workflowId: 'task-NV-000123', workflowRunId: '0193…', workflowType: 'taskWorkflow', activityId: '1', activityType: 'sendNotification', taskQueue: 'dondoc-tasks',
      },
    };
    const line = formatLogLine(entry);
    expect(line).toBe('2026-11-20T03:00:00.000Z INFO  notification delivered key=NV-000123/assigned/0 status=stored workflowId=task-NV-000123');
    expect(line).not.toContain('\n');
  });

  it('quotes text with spaces, names an error by its message, and keeps a retry\'s attempt', () => {
    const line = formatLogLine({ level: 'WARN', message: 'notification delivery failed; will retry', timestampNanos: at, meta: { key: 'NV-1/x', error: new Error('connect ECONNREFUSED 127.0.0.1:25'), attempt: 3, note: 'a b' } });
    expect(line).toBe('2026-11-20T03:00:00.000Z WARN  notification delivery failed; will retry key=NV-1/x error="connect ECONNREFUSED 127.0.0.1:25" attempt=3 note="a b"');
  });

  it('says when start-up has gone quiet, so the banner comes after its lines', async () => {
    const lines: string[] = [];
    const logger = lineLogger('INFO', (line) => lines.push(line));
    const chatter = setInterval(() => logger.info('notification delivered'), 20);
    setTimeout(() => clearInterval(chatter), 300);
    const started = Date.now();
    await logger.quiet(150, 5_000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(400); // 300 ms of lines, then 150 quiet
    const count = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(lines.length).toBe(count);
    logger.debug('not at INFO');
    expect(lines.length).toBe(count);
  });
});
