// The hourly Schedule that sends the daily digests: at minute 0 of every hour, in the city's time zone;
// each recipient's digest goes at the hour they chose, on working days (the digest workflow decides,
// from the working calendar, not from Temporal's). Created once; a restart finds it.
import { ScheduleAlreadyRunning, ScheduleOverlapPolicy, type Client } from '@temporalio/client';

export const DIGEST_SCHEDULE_ID = 'dondoc-daily-digests';

export async function ensureDigestSchedule(client: Client, taskQueue: string, timeZone = 'Asia/Ho_Chi_Minh'): Promise<'created' | 'exists'> {
  try {
    await client.schedule.create({
      scheduleId: DIGEST_SCHEDULE_ID,
      spec: { calendars: [{ hour: '*', minute: 0, comment: 'thư tổng hợp hằng ngày / daily digests' }], timezone: timeZone },
      action: { type: 'startWorkflow', workflowType: 'digestWorkflow', args: [{}], taskQueue, workflowId: 'dondoc-digest' },
      // A run left over (mail down) finishes before the next; runs missed while Temporal was down catch up for a day.
      policies: { overlap: ScheduleOverlapPolicy.BUFFER_ONE, catchupWindow: '1 day' },
    });
    return 'created';
  } catch (error) {
    if (error instanceof ScheduleAlreadyRunning) return 'exists';
    throw error;
  }
}
