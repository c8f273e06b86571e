// The leader's overview: per agency the four official categories as a stacked bar with its table,
// praise and warning flags with the formula named, and overdue tasks by escalation level.
import { api, call } from '../../api/client';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { StatusBadge } from '../../components/StatusBadge';
import { TaskTable } from '../../components/TaskTable';
import { formatNumber } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';
import { getStatistics, StatisticsView } from '../statistics/StatisticsView';
import { useCalendar } from '../tasks/TaskList';

export function Overview({ embedded = false }: { embedded?: boolean }) {
  const t = m();
  const calendar = useCalendar();
  const report = useApi(() => getStatistics({ groupBy: 'agency' }), []);
  const overdue = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { overdue: 'true', sort: '-escalation', limit: 100 } } })), []);
  const levels = new Map<number, number>();
  for (const r of overdue.data?.items ?? []) levels.set(r.escalationLevel, (levels.get(r.escalationLevel) ?? 0) + 1);
  return (
    <section aria-labelledby={embedded ? 'overview-title' : undefined}>
      {embedded ? <h2 id="overview-title">{t.overviewTitle}</h2> : <PageTitle title={t.overviewTitle} />}
      <ProblemNote problem={report.problem} onRetry={report.reload} />
      {report.data ? <StatisticsView report={report.data} headingLevel={embedded ? 3 : 2} /> : report.loading ? <p>{t.loading}</p> : null}
      {embedded ? <h3>{t.overdueByLevel}</h3> : <h2>{t.overdueByLevel}</h2>}
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
      {overdue.data ? <TaskTable rows={overdue.data.items} calendar={calendar} caption={t.overdueByLevel} /> : null}
    </section>
  );
}
