// Generates web/src/api/schema.d.ts (the typed client's types) from the API's OpenAPI document with
// openapi-typescript. The document comes from the route declarations (apiDocument in src/api/server.ts):
//   node web/scripts/generate-api.mjs            reads dist/src/api/server.js (npm run web:api compiles it first)
//   node web/scripts/generate-api.mjs --document doc.json --stdout   a document from a file, types on stdout (the drift test)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, 'web/src/api/schema.d.ts');
const args = process.argv.slice(2);

const from = args.indexOf('--document');
const document = from >= 0
  ? JSON.parse(readFileSync(args[from + 1], 'utf8'))
  : createRequire(import.meta.url)(path.join(root, 'dist/src/api/server.js')).apiDocument();

const HEADER = `// Generated from the API's OpenAPI document by web/scripts/generate-api.mjs (npm run web:api). Do not edit:
// a test regenerates it and fails when it differs, and tsc then checks the web app against it.
`;
const types = HEADER + astToString(await openapiTS(document, { alphabetize: false }));
if (args.includes('--stdout')) process.stdout.write(types);
else writeFileSync(out, types);
