// Bundles the workflow code (webpack, ~2 s). Built once: at `npm run build` for production, once per test run.
import { writeFile } from 'node:fs/promises';
import { bundleWorkflowCode } from '@temporalio/worker';

export const WORKFLOWS_PATH = require.resolve('../workflows');

/**
 * The workflow modules and the pure rules they run on (task machine, working calendar, register row,
 * text checks), evaluated once in the worker's shared V8 context instead of once per workflow. Without
 * this every open workflow carried its own copy of these modules (their functions, tables, published
 * calendars, Update and query definitions): most of what a task workflow held beyond a bare one
 * (measured: ~320 KB against ~190 KB of RSS per open workflow; with this ~230–280 against ~170–230).
 * They keep no workflow's state: each workflow's state lives in its own objects (TaskMachine, the
 * loop's locals), activity proxies resolve the running workflow when called, and the SDK deep-freezes
 * what these modules export, so a rule that wrote to a shared table would throw in every workflow test
 * (all of them run on this bundle). What they do share across workflows are memos whose answer depends
 * only on what is asked: the deep-frozen copy of each distinct calendar (sharedCalendarData) and the
 * working calendar of each (TaskMachine), equal whichever workflow asked first.
 */
export const SHARED_MODULES = [WORKFLOWS_PATH, ...['../domain/task', '../domain/calendar', '../domain/register/task-row', '../domain/text', '../domain/inspection'].map((m) => require.resolve(m))];

export async function writeWorkflowBundle(outFile: string): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, preloadModules: SHARED_MODULES, logger: quietLogger });
  await writeFile(outFile, code);
}

const noop = () => undefined;
const quietLogger = { trace: noop, debug: noop, info: noop, warn: console.warn, error: console.error, log: noop };
