// What a notice says, rendered without sending: the deadline as the directive wrote it, the backlog escalation.
import { renderNotification } from '../../src/activities';
import type { NotificationRequest } from '../../src/workflows/contract';

const request = (kind: NotificationRequest['kind'], facts: NotificationRequest['facts']): NotificationRequest => ({
  key: `NV-1/${kind}`,
  kind,
  to: [{ name: 'Sở Xây dựng', email: 'soxaydung@example.gov.vn' }],
  cc: [],
  facts,
  task: { id: 'NV-1', code: 'NV-1', title: 'Rà soát quy hoạch', directive: '12/UBND ngày 01/02/2031', assigningLeader: 'Phó Chủ tịch Trần Văn A', leadAgency: 'Sở Xây dựng', priority: 'normal' },
});

it('names the day the directive wrote when the deadline moved off a day off', () => {
  const { text } = renderNotification(request('assigned', { deadline: '10/03/2031', workingDaysLeft: 5, deadlineAsWritten: '09/03/2031' }));
  expect(text).toContain('Thời hạn: 10/03/2031 (còn 5 ngày làm việc)');
  expect(text).toContain('Thời hạn theo văn bản: 09/03/2031 (ngày nghỉ; thời hạn chuyển sang ngày làm việc 10/03/2031)');
  expect(renderNotification(request('assigned', { deadline: '10/03/2031', workingDaysLeft: 5 })).text).not.toContain('theo văn bản');
});

it('quotes a deadline written as a period beside the day it gives', () => {
  const { text } = renderNotification(request('assigned', { deadline: '25/02/2027', workingDaysLeft: 10, deadlineWords: '10 ngày làm việc kể từ ngày ký' }));
  expect(text).toContain('Thời hạn: 25/02/2027 (còn 10 ngày làm việc)');
  expect(text).toContain('Thời hạn theo văn bản: 10 ngày làm việc kể từ ngày ký');
});

it('says which escalation levels a task registered late passed over', () => {
  const { subject, text } = renderNotification(request('escalation', { deadline: '15/07/2026', workingDaysLeft: -90, level: 4, target: 'chairman', skippedLevels: '1, 2, 3', overdueWorkingDays: 90 }));
  expect(subject).toContain('báo cáo cấp 4');
  expect(text).toContain('Nhiệm vụ đã quá hạn 90 ngày làm việc khi được theo dõi; các cấp 1, 2, 3 đã qua nên báo cáo thẳng cấp 4.');
});
