// Once per test run: check the Temporal binaries exist (no download at test time) and bundle the
// workflow code once; every test worker reads the bundle from the file named in the environment.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeWorkflowBundle } from '../../src/workers/bundle';
import { resolveTemporalBinaries } from '../../src/workers/temporal-binaries';

export default async function globalSetup(): Promise<void> {
  const binaries = resolveTemporalBinaries(process.env);
  process.env.TEMPORAL_CLI_PATH = binaries.cli;
  process.env.TEMPORAL_TEST_SERVER_PATH = binaries.testServer;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dondoc-jest-'));
  const bundle = path.join(dir, 'workflow-bundle.js');
  await writeWorkflowBundle(bundle);
  process.env.DONDOC_TEST_DIR = dir;
  process.env.DONDOC_TEST_WORKFLOW_BUNDLE = bundle;
}
