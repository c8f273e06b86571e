// The workflows registered on the task queue.
export { taskWorkflow } from './task-workflow';
export { digestWorkflow } from './digest-workflow';
export { inspectionVisitWorkflow } from './inspection-workflow';
export { reportingPeriodWorkflow } from './reporting-workflow';
