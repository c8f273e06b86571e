// The daily digests of one hour, started by the hourly Schedule `dondoc-daily-digests`. The hour and day
// come from the schedule's intended start time (TemporalScheduledStartTime), never from the clock, so a
// run that starts late, or a catch-up after Temporal was down, sends the digests of its own hour once.
import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';
import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../activities';

const { digestsDue, sendDigest } = proxyActivities<ReturnType<typeof createActivities>>({
  startToCloseTimeout: '1 minute',
  // A mail server can be down for hours: keep trying with backoff rather than lose a digest.
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

export interface DigestRunInput {
  /** The instant the run stands for (epoch ms): tests and manual runs; a scheduled run reads its intended start. */
  at?: number;
}

export async function digestWorkflow(input: DigestRunInput = {}): Promise<{ day: string; hour: number; sent: number }> {
  const at = input.at ?? workflowInfo().typedSearchAttributes.get(SCHEDULED_START)?.getTime() ?? workflowInfo().startTime.getTime();
  const due = await digestsDue({ at });
  let sent = 0;
  for (const r of due.recipients) {
    const delivery = await sendDigest({ email: r.email, name: r.name, day: due.day, at });
    if (!delivery.duplicate && delivery.notices > 0) sent += 1;
  }
  return { day: due.day, hour: due.hour, sent };
}
