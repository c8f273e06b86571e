import path from 'node:path';
import { ConfigError, loadConfig } from '../src/config';

describe('configuration from the environment', () => {
  it('uses embedded defaults when nothing is set', () => {
    const config = loadConfig({}, '/srv/dondoc');
    expect(config).toMatchObject({
      temporal: { address: undefined, namespace: 'default', taskQueue: 'dondoc-tasks', devServer: { port: 7233, uiPort: 8233 } },
      timeZone: 'Asia/Ho_Chi_Minh',
      utcOffsetMinutes: 420,
      dataDir: path.join('/srv/dondoc', 'data'),
      logLevel: 'INFO',
    });
  });

  it('takes an external Temporal server, namespace and task queue', () => {
    const config = loadConfig({ TEMPORAL_ADDRESS: 'temporal:7233', TEMPORAL_NAMESPACE: 'hcm', DONDOC_TASK_QUEUE: 'q' });
    expect(config.temporal).toMatchObject({ address: 'temporal:7233', namespace: 'hcm', taskQueue: 'q' });
  });

  it('names every bad variable in one error, in Vietnamese and English', () => {
    let error: unknown;
    try {
      loadConfig({ DONDOC_TEMPORAL_PORT: 'abc', TEMPORAL_ADDRESS: 'no-port', DONDOC_LOG_LEVEL: 'LOUD' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('Cấu hình không hợp lệ / Invalid configuration');
    expect(message).toContain('DONDOC_TEMPORAL_PORT="abc"');
    expect(message).toContain('TEMPORAL_ADDRESS="no-port": phải có dạng host:port / must look like host:port');
    expect(message).toContain('DONDOC_LOG_LEVEL="LOUD"');
  });

  it.each([
    ['DONDOC_TEMPORAL_PORT', '70000'],
    ['DONDOC_TEMPORAL_UI_PORT', '0'],
    ['DONDOC_TEMPORAL_PORT', '80.5'],
  ])('rejects %s=%s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}="${value.replace('.', '\\.')}"`));
  });

  it('rejects an unknown time zone and one with daylight saving', () => {
    expect(() => loadConfig({ DONDOC_TIME_ZONE: 'Asia/Saigon_City' })).toThrow(/DONDOC_TIME_ZONE.*not an IANA time zone/);
    expect(() => loadConfig({ DONDOC_TIME_ZONE: 'Europe/Paris' })).toThrow(/DONDOC_TIME_ZONE.*daylight saving/);
    expect(loadConfig({ DONDOC_TIME_ZONE: 'Asia/Bangkok' }).utcOffsetMinutes).toBe(420);
  });

  it('takes SMTP settings, and refuses an SMTP_URL that is not smtp:// or smtps://', () => {
    expect(loadConfig({}).mail).toEqual({ smtpUrl: undefined, from: '"Đôn Đốc" <dondoc@localhost>' });
    expect(loadConfig({ SMTP_URL: 'smtps://u:p@mail.gov.vn:465', SMTP_FROM: 'vp@gov.vn' }).mail).toEqual({ smtpUrl: 'smtps://u:p@mail.gov.vn:465', from: 'vp@gov.vn' });
    expect(() => loadConfig({ SMTP_URL: 'http://mail.gov.vn' })).toThrow(/SMTP_URL="http:\/\/mail.gov.vn": .* \/ must look like smtp:/);
  });

  it('takes the register from DATABASE_URL, and refuses a URL that is not PostgreSQL', () => {
    expect(loadConfig({}).databaseUrl).toBeUndefined();
    expect(loadConfig({ DATABASE_URL: 'postgres://dondoc@db:5432/dondoc' }).databaseUrl).toBe('postgres://dondoc@db:5432/dondoc');
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x@y/z' })).toThrow(/DATABASE_URL="mysql:\/\/x@y\/z": .* \/ must look like postgres:/);
  });

  it('refuses the same port for the dev server and its web UI', () => {
    expect(() => loadConfig({ DONDOC_TEMPORAL_PORT: '9000', DONDOC_TEMPORAL_UI_PORT: '9000' })).toThrow(/DONDOC_TEMPORAL_UI_PORT=9000/);
  });
});
