// The bare workflow the benchmark compares against: the same shape as a task (a start input of the
// same size, a register write and a notice as its first two activities, Updates that answer at once
// and are then written to the register) with none of the rules. Bundled by bench/bare-worker.ts.
import { condition, defineUpdate, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { BareActivities } from './bare-activities';

export interface BareProgress {
  note: string;
  percent?: number;
}

export const reportProgress = defineUpdate<{ status: string; progressPercent: number; changes: { seq: number; note: string }[] }, [BareProgress]>('report_progress');

const { record, notify } = proxyActivities<BareActivities>({ startToCloseTimeout: '1 minute' });

export async function bareTask(_args: { input: unknown }): Promise<void> {
  const id = workflowInfo().workflowId;
  let seq = 1;
  let recorded = 0;
  let progress = 0;
  setHandler(reportProgress, ({ note, percent }) => {
    seq += 1;
    progress = percent ?? progress;
    return { status: 'in_progress', progressPercent: progress, changes: [{ seq, note }] };
  });
  await record({ id, seq });
  recorded = seq;
  await notify({ id, key: `${id}/assigned` });
  for (;;) {
    await condition(() => seq > recorded);
    const upTo = seq;
    await record({ id, seq: upTo });
    recorded = upTo;
  }
}
