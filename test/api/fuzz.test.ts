// schemathesis against the API's own OpenAPI document, signed in as the admin and as an agency officer:
// thousands of generated requests, valid and invalid, and not one server error, undocumented status,
// wrong content type or answer outside its declared schema. Bounded to a few minutes.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ADMIN_PASSWORD, PASSWORD, apiPerFile } from '../support/api';
import { pgliteEngine } from '../support/engines';

jest.setTimeout(600_000);
const api = apiPerFile(pgliteEngine);

const CHECKS = [
  'not_a_server_error', 'status_code_conformance', 'content_type_conformance', 'response_headers_conformance', 'response_schema_conformance',
  'negative_data_rejection', 'unsupported_method', 'allow_header_conformance', 'ignored_auth',
].join(',');

function schemathesis(args: string[]): Promise<{ code: number; output: string }> {
  const binary = process.env.SCHEMATHESIS_PATH;
  if (!binary) throw new Error('SCHEMATHESIS_PATH is not set: run the suite with ./dondoc test, which installs schemathesis into .tools/');
  return new Promise((resolve) => {
    execFile(binary, args, { maxBuffer: 64 * 1024 * 1024, timeout: 480_000, env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' } }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` });
    });
  });
}

describe('the OpenAPI document under schemathesis', () => {
  let base = '';
  beforeAll(async () => {
    base = await api().app.listen({ port: 0, host: '127.0.0.1' });
    await api().createTask(); // something real behind the task routes
  });

  it.each(['admin', 'officer'] as const)('finds no server error and no answer outside the document, signed in as %s', async (who) => {
    const login = await api().request(null, 'POST', '/api/auth/login', { username: who, password: who === 'admin' ? ADMIN_PASSWORD : PASSWORD });
    const run = await schemathesis([
      'run', `${base}/api/openapi.json`,
      '--header', `Authorization: Bearer ${login.body.token as string}`,
      '--checks', CHECKS,
      '--phases', 'examples,coverage,fuzzing',
      '--max-examples', '8',
      '--seed', '20261123',
      '--workers', '1',
      '--no-shrink',
      '--request-timeout', '30',
      // Signing out would end the very session the run uses (the browser's sign-out as well).
      '--exclude-path', '/api/auth/logout',
      '--exclude-path', '/api/auth/session',
      '--suppress-health-check', 'all',
    ]);
    const dir = path.resolve(__dirname, '../../test-output'); // git-ignored artifacts
    mkdirSync(dir, { recursive: true });
    const log = path.join(dir, `schemathesis-${who}.log`);
    writeFileSync(log, run.output);
    const summary = run.output.split('\n').filter((l) => /^_{3,} |^- ST\d{3}|^ {4}\S|Failures|errors? in/.test(l)).slice(0, 60).join('\n');
    expect({ exitCode: run.code, summary: run.code === 0 ? '' : `${summary}\n(full output: ${log})` }).toEqual({ exitCode: 0, summary: '' });
  });
});
