// The workflows registered on the task queue.
export { taskWorkflow } from './task-workflow';
