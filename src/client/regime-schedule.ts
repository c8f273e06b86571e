// A reporting regime's Temporal Schedule: a run on the 15th (the day after each cut-off, Nghị định
// 09/2019/NĐ-CP art. 12) of the months that close a period, at 07:00 in the city's time zone. Whether
// that day is a working day does not matter: the report's due day comes from the working calendar.
import { ScheduleOverlapPolicy, type Client, type ScheduleOptionsAction, type ScheduleSpec } from '@temporalio/client';
import { MONTHS } from '@temporalio/client';
import { TRIGGER_DAY, TRIGGER_HOUR, TRIGGER_MONTHS, type Frequency } from '../domain/reporting';

export const regimeScheduleId = (regimeId: string) => `regime-${regimeId}`;

export function regimeSpec(frequency: Frequency, timeZone: string): ScheduleSpec {
  return {
    calendars: [{ month: TRIGGER_MONTHS[frequency].map((m) => MONTHS[m - 1]!), dayOfMonth: TRIGGER_DAY, hour: TRIGGER_HOUR, minute: 0, comment: `chế độ báo cáo ${frequency}` }],
    timezone: timeZone,
  };
}

function action(regimeId: string, taskQueue: string): ScheduleOptionsAction {
  return { type: 'startWorkflow', workflowType: 'reportingPeriodWorkflow', args: [{ regimeId }], taskQueue, workflowId: `regime-${regimeId}-run` };
}

export async function createRegimeSchedule(client: Client, regimeId: string, frequency: Frequency, taskQueue: string, timeZone = 'Asia/Ho_Chi_Minh'): Promise<void> {
  await client.schedule.create({
    scheduleId: regimeScheduleId(regimeId),
    spec: regimeSpec(frequency, timeZone),
    action: action(regimeId, taskQueue),
    // Runs missed while Temporal was down catch up for a month; a run never overlaps another of the same regime.
    policies: { overlap: ScheduleOverlapPolicy.BUFFER_ALL, catchupWindow: '31 days' },
  });
}
