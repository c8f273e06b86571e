// Rows of tasks: code, title, deadline with how far it is, status, lead agency. A table on wide
// screens, one card per task on a phone (the same cells, each with its heading).
import type { Answer } from '../api/client';
import { useDirectory } from '../directory';
import { deadlineDistance, formatDateTime, formatDay } from '../format';
import { m } from '../i18n';
import type { WorkingDays } from '../working-days';
import { StatusBadge } from './StatusBadge';

export type TaskRow = Answer<'/api/tasks'>['items'][number];

const OPEN = new Set(['assigned', 'in_progress', 'due_soon', 'overdue', 'no_deadline', 'awaiting_review', 'refused']);

/** `nextNotice`: a column with the next notice the task's workflow will send ("Việc của tôi"). */
export function TaskTable({ rows, calendar, caption, nextNotice = false }: { rows: TaskRow[]; calendar: WorkingDays | null; caption: string; nextNotice?: boolean }) {
  const dir = useDirectory();
  const t = m();
  if (!rows.length) return <p class="empty">{t.noTasks}</p>;
  return (
    <table class="tasks">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t.code}</th>
          <th scope="col">{t.title}</th>
          <th scope="col">{t.deadline}</th>
          <th scope="col">{t.statusLabel}</th>
          <th scope="col">{t.leadAgency}</th>
          {nextNotice ? <th scope="col">{t.nextNotice}</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.taskId}>
            <td data-label={t.code}>
              <a href={`/tasks/${encodeURIComponent(r.taskId)}`} aria-label={`${r.code}: ${r.title}`}>
                {r.code}
              </a>
            </td>
            <td data-label={t.title}>
              <a href={`/tasks/${encodeURIComponent(r.taskId)}`} tabIndex={-1}>
                {r.title}
              </a>
              <span class="sub">
                {r.directiveNumber}
                {r.kind === 'report' ? ` · ${t.kinds2.report}` : ''}
              </span>
            </td>
            <td data-label={t.deadline}>
              {r.deadline ? formatDay(r.deadline) : t.noDeadline}
              {r.deadlineAsWritten !== (r.deadline ? formatDay(r.deadline) : 'không thời hạn') ? (
                <span class="sub">
                  {t.asWritten}: {r.deadlineAsWritten}
                </span>
              ) : null}
              {r.deadline && OPEN.has(r.status) && r.status !== 'awaiting_review' ? <span class={`sub${r.overdue ? ' late' : ''}`}>{deadlineDistance(r.deadline, calendar)}</span> : null}
            </td>
            <td data-label={t.statusLabel}>
              <StatusBadge status={r.status} level={r.escalationLevel} />
            </td>
            <td data-label={t.leadAgency}>{dir.agencyName(r.leadAgencyId)}</td>
            {nextNotice ? (
              <td data-label={t.nextNotice}>
                {r.nextNotice ? (
                  <>
                    {t.kinds[r.nextNotice.kind] ?? r.nextNotice.kind}
                    <span class="sub">{formatDateTime(r.nextNotice.at)}</span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
