// One inspection visit, durable like a task: the notice to the inspected agency (an announced visit,
// sent when it is scheduled, at least five working days ahead) and to the team, the team's reminders
// at 08:00 three and one working days before, and the cancellation notice if it is called off. An
// unannounced visit tells the agency nothing. Every notice goes through the same idempotent activity
// as a task's, keyed by the visit.
import { condition, defineSignal, proxyActivities, setHandler } from '@temporalio/workflow';
import type { createActivities } from '../activities';
import { WorkingCalendar, formatVietnamese, type CalendarData, type LocalDate } from '../domain/calendar';
import { teamReminders } from '../domain/inspection';
import type { Recipient } from '../domain/task';
import type { NotificationRequest } from './contract';

const { sendNotification } = proxyActivities<ReturnType<typeof createActivities>>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

export interface InspectionVisitInput {
  visitId: string;
  plan: { id: string; title: string };
  agency: { id: string; name: string; mailbox: Recipient; head: Recipient };
  team: { leader: Recipient & { title: string }; members: Recipient[] };
  date: LocalDate;
  unannounced: boolean;
  proposal: string | null;
  calendar: CalendarData;
}

export const cancelVisit = defineSignal<[{ reason: string }]>('cancelVisit');

export const inspectionWorkflowId = (visitId: string) => `inspection-${visitId}`;

export async function inspectionVisitWorkflow(input: InspectionVisitInput): Promise<{ status: 'visited' | 'cancelled' }> {
  let cancelled: { reason: string } | null = null;
  setHandler(cancelVisit, (c) => void (cancelled ??= c));
  const calendar = new WorkingCalendar(input.calendar);
  const team = [input.team.leader, ...input.team.members];
  const facts = { visitDate: formatVietnamese(input.date), agency: input.agency.name, teamLeader: `${input.team.leader.title} ${input.team.leader.name}`, unannounced: input.unannounced ? 1 : 0, proposal: input.proposal };
  const notice = (key: string, kind: NotificationRequest['kind'], to: Recipient[], cc: Recipient[], extra: Record<string, string | number | null> = {}, dueAt = Date.now()) =>
    sendNotification({
      key: `${input.visitId}/${key}`, kind, to, cc, facts: { ...facts, ...extra }, dueAt,
      task: { id: input.visitId, code: input.visitId, title: input.plan.title, directive: input.plan.id, assigningLeader: facts.teamLeader, leadAgency: input.agency.name, priority: 'normal' },
    });

  if (!input.unannounced) await notice('notice', 'inspection_notice', [input.agency.mailbox], [input.agency.head]);
  await notice('team-notice', 'inspection_team_notice', team, []);
  for (const reminder of teamReminders(input.date, Date.now(), calendar)) {
    if (await condition(() => cancelled !== null, reminder.at - Date.now())) break;
    await notice(`reminder/${reminder.n}`, 'inspection_reminder', team, [], { workingDaysBefore: reminder.n }, reminder.at);
  }
  // Until the end of the visit day, it can still be called off.
  const end = calendar.endOfDay(input.date);
  if (cancelled === null && end > Date.now()) await condition(() => cancelled !== null, end - Date.now());
  if (cancelled === null) return { status: 'visited' };
  const { reason } = cancelled as { reason: string };
  await notice('cancelled', 'inspection_cancelled', input.unannounced ? team : [input.agency.mailbox, ...team], [], { reason });
  return { status: 'cancelled' };
}
