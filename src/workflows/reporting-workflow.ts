// One period of a reporting regime, started by the regime's Schedule: registers each agency's report
// task for the period (an activity, once per regime, agency and period) and starts their workflows,
// which then remind, demand and escalate like any task. The period comes from the schedule's intended
// start (TemporalScheduledStartTime), never from the clock: a late run, a catch-up or a backfill makes
// the right period's tasks, once.
import { SearchAttributeType, WorkflowExecutionAlreadyStartedError, defineSearchAttributeKey } from '@temporalio/common';
import { ParentClosePolicy, proxyActivities, startChild, workflowInfo } from '@temporalio/workflow';
import type { createActivities } from '../activities';
import { initialTaskRow } from '../domain/register/task-row';
import { TASK_RULES, searchValuesOfRow, taskSearchAttributePairs, taskWorkflowId } from './contract';
import type { taskWorkflow } from './task-workflow';

const { prepareReportPeriod, markReportsStarted } = proxyActivities<ReturnType<typeof createActivities>>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '10 seconds', backoffCoefficient: 2, maximumInterval: '30 minutes' },
});

const SCHEDULED_START = defineSearchAttributeKey('TemporalScheduledStartTime', SearchAttributeType.DATETIME);

export interface ReportingRunInput {
  regimeId: string;
  /** The instant the run stands for (epoch ms): tests and manual runs; a scheduled run reads its intended start. */
  at?: number;
}

export async function reportingPeriodWorkflow(input: ReportingRunInput): Promise<{ period: string | null; started: string[]; skipped: number }> {
  const at = input.at ?? workflowInfo().typedSearchAttributes.get(SCHEDULED_START)?.getTime() ?? workflowInfo().startTime.getTime();
  const prepared = await prepareReportPeriod({ regimeId: input.regimeId, at });
  const started: string[] = [];
  for (const t of prepared.toStart) {
    try {
      await startChild<typeof taskWorkflow>('taskWorkflow', {
        args: [{ input: t.input, rules: TASK_RULES }],
        workflowId: taskWorkflowId(t.taskId),
        // Findable by its attributes from its start, as a task the API starts (the task upserts none then).
        typedSearchAttributes: taskSearchAttributePairs(searchValuesOfRow(initialTaskRow(t.input, Date.now()))),
        parentClosePolicy: ParentClosePolicy.ABANDON, // a report task lives on its own, like any task
      });
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
    started.push(t.taskId);
  }
  if (started.length) await markReportsStarted({ taskIds: started });
  return { period: prepared.period?.key ?? null, started, skipped: prepared.skipped.length };
}
