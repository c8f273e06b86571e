// Replays the event histories recorded from the lifecycle scenarios (test/histories) against the
// current workflow code: a change that would make a running task's history non-deterministic fails here.
// Histories recorded on earlier code stay (running tasks started on it); after an intended, patched()
// change, record the scenarios on the new code (DONDOC_RECORD_HISTORIES=1 npx jest test/workflows/lifecycle
// writes over them), keep some under the patch's name as prefix (rules-2026-12-together-…) and restore the rest.
// Runs started since TASK_RULES name their rules in their arguments and record no marker (named-rules-…).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { TASK_RULES } from '../../src/workflows/contract';
import { HISTORIES_DIR } from '../support/scenario';
import { workflowBundle } from '../support/temporal';

const files = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json')).sort();

it('has recorded histories to replay, of the current rules and of earlier ones', () => {
  expect(files.length).toBeGreaterThanOrEqual(15);
  expect(files.filter((f) => f.startsWith('rules-2026-12-') && !f.startsWith('rules-2026-12-together-')).length).toBeGreaterThanOrEqual(5);
  expect(files.filter((f) => f.startsWith('rules-2026-12-together-')).length).toBeGreaterThanOrEqual(5);
  const named = files.filter((f) => f.startsWith('named-'));
  expect(named.filter((f) => f.startsWith(`named-${TASK_RULES}-`)).length).toBeGreaterThanOrEqual(5);
  expect(named.filter((f) => f.startsWith('named-rules-2026-12-together-')).length).toBeGreaterThanOrEqual(5);
  // Those replay the rules named in the arguments, not a marker: none of them holds one.
  for (const file of named) expect(JSON.parse(readFileSync(path.join(HISTORIES_DIR, file), 'utf8')).events.filter((e: { eventType: string }) => e.eventType === 'EVENT_TYPE_MARKER_RECORDED')).toEqual([]);
});

it.each(files)('replays %s deterministically', async (file) => {
  const history = historyFromJSON(JSON.parse(readFileSync(path.join(HISTORIES_DIR, file), 'utf8')));
  await Worker.runReplayHistory({ workflowBundle: workflowBundle() }, history, file);
});
