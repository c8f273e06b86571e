// The web app's typed client is generated from the API's OpenAPI document: regenerating it from the
// route declarations must give the checked-in file, so an API change without `npm run web:api` fails
// here, and after it `tsc -p web` checks every screen against the new types.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiDocument } from '../../src/api/server';

const root = path.resolve(__dirname, '../..');

it('the checked-in client types are those the API document generates (run `npm run web:api` when this fails)', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-openapi-'));
  const file = path.join(dir, 'openapi.json');
  writeFileSync(file, JSON.stringify(apiDocument()));
  let generated: string;
  try {
    generated = execFileSync(process.execPath, [path.join(root, 'web/scripts/generate-api.mjs'), '--document', file, '--stdout'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const checkedIn = readFileSync(path.join(root, 'web/src/api/schema.d.ts'), 'utf8');
  const [a, b] = [generated.split('\n'), checkedIn.split('\n')];
  const line = a.findIndex((l, i) => l !== b[i]);
  const drift = line < 0 && a.length === b.length ? null : { line: line + 1, generated: a.slice(line, line + 3), checkedIn: b.slice(line, line + 3) };
  expect({ drift, fix: 'npm run web:api' }).toEqual({ drift: null, fix: 'npm run web:api' });
});
