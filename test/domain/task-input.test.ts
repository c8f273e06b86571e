// The start input is checked with zod on the client side: every bad field is named.
import { ZodError } from 'zod';
import { parseTaskInput } from '../../src/client/task-input';
import { DEFAULT_TASK_POLICY } from '../../src/domain/task';
import { SXD, taskDraft } from '../support/tasks';

function problems(draft: unknown): string[] {
  try {
    parseTaskInput(draft);
  } catch (error) {
    if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw error;
  }
  return [];
}

describe('task start input', () => {
  it('fills defaults: policy, calendar, priority, coordinating agencies', () => {
    const input = parseTaskInput({ ...taskDraft(), coordinatingAgencies: undefined, priority: undefined });
    expect(input).toMatchObject({ policy: DEFAULT_TASK_POLICY, priority: 'normal', coordinatingAgencies: [] });
    expect(input.calendar.years.map((y) => y.year)).toEqual([2025, 2026, 2027]);
  });

  it('names every bad field, in Vietnamese and English', () => {
    const found = problems({
      ...taskDraft(),
      taskId: 'có dấu cách',
      leadAgency: { ...SXD, email: 'sai-email' },
      deadline: { precision: 'quarter', year: 2031, quarter: 5 },
      directive: { number: '1/UBND', date: '2026-02-30', signer: 'A' },
      coordinatingAgencies: [SXD],
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^taskId: .* \/ letters, digits/),
        'leadAgency.email: email không hợp lệ / invalid email',
        expect.stringMatching(/^deadline\.quarter: /),
        'directive.date: ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD',
        'coordinatingAgencies: cơ quan chủ trì không thể đồng thời phối hợp / the lead agency cannot also coordinate',
      ]),
    );
  });

  it('refuses a policy whose escalation steps are out of order', () => {
    const policy = { ...DEFAULT_TASK_POLICY, escalation: [{ afterWorkingDays: 5, to: 'office' }, { afterWorkingDays: 3, to: 'chairman' }] };
    expect(problems({ ...taskDraft(), policy })).toContain('policy: escalation steps must come in increasing order');
  });
});
