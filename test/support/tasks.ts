// Task inputs for tests.
import { DEFAULT_CALENDAR_DATA, type LocalDate } from '../../src/domain/calendar';
import { DEFAULT_REMINDER_POLICY } from '../../src/domain/policy';
import type { TaskInput } from '../../src/workflows/task-state';

export function taskInput(overrides: Partial<TaskInput> & { deadline: LocalDate }): TaskInput {
  return {
    taskId: `T-${Math.floor(Math.random() * 1e9)}`,
    title: 'Báo cáo tiến độ giải ngân vốn đầu tư công',
    leadAgency: { id: 'so-xay-dung', name: 'Sở Xây dựng', email: 'soxaydung@example.gov.vn' },
    policy: DEFAULT_REMINDER_POLICY,
    calendar: DEFAULT_CALENDAR_DATA,
    ...overrides,
  };
}
