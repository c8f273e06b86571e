// What waits for the office (UI.md): completion reports to review, refused tasks, extension proposals
// left undecided past their window, and overdue tasks by escalation level; each links to its task.
import { api, call } from '../../api/client';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { StatusBadge } from '../../components/StatusBadge';
import { TaskTable } from '../../components/TaskTable';
import { useDirectory } from '../../directory';
import { formatDay, formatNumber } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';
import { useCalendar } from '../tasks/TaskList';

export function OfficeInbox() {
  const t = m();
  const calendar = useCalendar();
  const dir = useDirectory();
  const review = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { status: 'awaiting_review', sort: 'updated', limit: 100 } } })), []);
  const refused = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { status: 'refused', sort: 'updated', limit: 100 } } })), []);
  const extensions = useApi(() => call(() => api.GET('/api/extensions')), []);
  const overdue = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { overdue: 'true', sort: '-escalation', limit: 200 } } })), []);
  const late = (extensions.data?.items ?? []).filter((x) => x.pastWindow);
  const levels = new Map<number, number>();
  for (const r of overdue.data?.items ?? []) levels.set(r.escalationLevel, (levels.get(r.escalationLevel) ?? 0) + 1);
  return (
    <>
      <PageTitle title={t.inboxTitle} />
      <section aria-labelledby="in-review">
        <h2 id="in-review">{`${t.inboxReview} (${review.data?.items.length ?? '…'})`}</h2>
        <ProblemNote problem={review.problem} onRetry={review.reload} />
        {review.data ? <TaskTable rows={review.data.items} calendar={calendar} caption={t.inboxReview} /> : null}
      </section>
      <section aria-labelledby="in-refused">
        <h2 id="in-refused">{`${t.inboxRefused} (${refused.data?.items.length ?? '…'})`}</h2>
        <ProblemNote problem={refused.problem} onRetry={refused.reload} />
        {refused.data ? <TaskTable rows={refused.data.items} calendar={calendar} caption={t.inboxRefused} /> : null}
      </section>
      <section aria-labelledby="in-ext">
        <h2 id="in-ext">{`${t.inboxExtensions} (${extensions.data ? late.length : '…'})`}</h2>
        <ProblemNote problem={extensions.problem} onRetry={extensions.reload} />
        {extensions.data && !late.length ? <p class="empty">{t.noTasks}</p> : null}
        {late.length ? (
          <ul class="cards">
            {late.map((x) => (
              <li key={`${x.taskId}-${x.proposal}`} class="card">
                <a href={`/tasks/${encodeURIComponent(x.taskId)}`}>
                  {x.code}: {x.title}
                </a>
                <p>
                  {t.assigningLeader}: {dir.leaderName(x.assigningLeaderId)} · {t.proposedDeadline}: {formatDay(x.proposedDeadline)} · {t.decideBy}: {formatDay(x.decideBy)}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="in-esc">
        <h2 id="in-esc">{t.inboxEscalations}</h2>
        <ProblemNote problem={overdue.problem} onRetry={overdue.reload} />
        {levels.size ? (
          <ul class="levels">
            {[...levels.entries()]
              .sort((a, b) => b[0] - a[0])
              .map(([level, n]) => (
                <li key={level}>
                  <a href={`/tasks?overdue=true&escalationLevel=${level}`}>
                    <StatusBadge status="overdue" level={level} /> <span>{level === 0 ? `${formatNumber(n)} ${t.overdueNoLevel}` : formatNumber(n)}</span>
                  </a>
                </li>
              ))}
          </ul>
        ) : null}
        {overdue.data ? <TaskTable rows={overdue.data.items} calendar={calendar} caption={t.inboxEscalations} /> : null}
      </section>
    </>
  );
}
