// One definition of the contract between the API, the workers and the task workflows:
// the task queue, the custom search attributes and the message definitions.
import { SearchAttributeType, defineSearchAttributeKey } from '@temporalio/common';
import { defineQuery } from '@temporalio/workflow';
import type { TaskState } from './task-state';

export const DEFAULT_TASK_QUEUE = 'dondoc-tasks';

/** Custom search attributes kept current by every task workflow, so the web UI can filter tasks. */
export const searchAttributes = {
  status: defineSearchAttributeKey('DonDocStatus', SearchAttributeType.KEYWORD),
  leadAgency: defineSearchAttributeKey('DonDocLeadAgency', SearchAttributeType.KEYWORD),
  deadline: defineSearchAttributeKey('DonDocDeadline', SearchAttributeType.DATETIME),
  escalationLevel: defineSearchAttributeKey('DonDocEscalationLevel', SearchAttributeType.INT),
  assigningLeader: defineSearchAttributeKey('DonDocAssigningLeader', SearchAttributeType.KEYWORD),
  source: defineSearchAttributeKey('DonDocSource', SearchAttributeType.KEYWORD),
} as const;

export const ALL_SEARCH_ATTRIBUTES = Object.values(searchAttributes);

export const getTaskState = defineQuery<TaskState>('getTaskState');

export function taskWorkflowId(taskId: string): string {
  return `task-${taskId}`;
}
