// The first screen, by role (UI.md): an agency officer's tasks by urgency; an agency head's counts,
// overdue by escalation level, then the same tasks; the office's inbox; a leader's approvals then the
// overview; the administrator's directory.
import { api, call } from '../../api/client';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { StatusBadge } from '../../components/StatusBadge';
import { TaskTable, type TaskRow } from '../../components/TaskTable';
import { formatNumber } from '../../format';
import { m } from '../../i18n';
import { isAgency, type User } from '../../session';
import { useApi } from '../../use-api';
import { AdminScreen } from '../admin/Admin';
import { Approvals } from '../approvals/Approvals';
import { OfficeInbox } from '../inbox/OfficeInbox';
import { Overview } from '../overview/Overview';
import { getStatistics } from '../statistics/StatisticsView';
import { useCalendar } from '../tasks/TaskList';

export function Home({ user }: { user: User }) {
  if (user.role === 'agency_officer') return <MyTasks user={user} />;
  if (user.role === 'agency_head') return <AgencyHome user={user} />;
  if (user.role === 'leader') {
    return (
      <>
        <Approvals user={user} />
        <Overview embedded />
      </>
    );
  }
  if (user.role === 'admin') return <AdminScreen section="agencies" />;
  return <OfficeInbox />;
}

/** Overdue first (highest escalation first), then due soon, then awaiting acknowledgement, then the rest. */
export function byUrgency(all: TaskRow[], agencyId: string | null): { overdue: TaskRow[]; dueSoon: TaskRow[]; assigned: TaskRow[]; other: TaskRow[]; coordinating: TaskRow[] } {
  // The agency's own tasks by urgency; those it only coordinates (phối hợp) come last, on their own.
  const coordinating = all.filter((r) => r.leadAgencyId !== agencyId);
  const rows = all.filter((r) => r.leadAgencyId === agencyId);
  const overdue = rows.filter((r) => r.overdue || r.status === 'overdue').sort((a, b) => b.escalationLevel - a.escalationLevel || (a.deadline ?? '').localeCompare(b.deadline ?? ''));
  const rest = rows.filter((r) => !overdue.includes(r));
  const dueSoon = rest.filter((r) => r.status === 'due_soon');
  const assigned = rest.filter((r) => r.status === 'assigned');
  const other = rest.filter((r) => !dueSoon.includes(r) && !assigned.includes(r));
  return { overdue, dueSoon, assigned, other, coordinating };
}

export function MyTasks({ user, embedded = false }: { user: User; embedded?: boolean }) {
  const t = m();
  const calendar = useCalendar();
  const list = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { agency: user.agencyId ?? undefined, category: 'open', sort: 'deadline', limit: 200 } } })), [user.agencyId]);
  const groups = list.data ? byUrgency(list.data.items, user.agencyId) : null;
  const Heading = embedded ? 'h2' : 'h1';
  return (
    <section aria-labelledby={embedded ? 'my-tasks' : undefined}>
      {embedded ? <h2 id="my-tasks">{t.myTasksTitle}</h2> : <PageTitle title={t.myTasksTitle} />}
      <p class="intro">{t.myTasksIntro}</p>
      <ProblemNote problem={list.problem} onRetry={list.reload} />
      {list.loading && !list.data ? <p>{t.loading}</p> : null}
      {groups ? (
        <>
          {(
            [
              ['overdue', t.groupOverdue, groups.overdue],
              ['due-soon', t.groupDueSoon, groups.dueSoon],
              ['assigned', t.groupAssigned, groups.assigned],
              ['other', t.groupOther, groups.other],
              ['coordinating', t.groupCoordinating, groups.coordinating],
            ] as const
          ).map(([id, title, rows]) =>
            rows.length ? (
              <section key={id} class="group" aria-labelledby={`g-${id}`}>
                {Heading === 'h1' ? <h2 id={`g-${id}`}>{`${title} (${rows.length})`}</h2> : <h3 id={`g-${id}`}>{`${title} (${rows.length})`}</h3>}
                <TaskTable rows={rows} calendar={calendar} caption={title} nextNotice={id !== 'coordinating'} />
              </section>
            ) : null,
          )}
          {list.data!.items.length === 0 ? <p class="empty">{t.noTasks}</p> : null}
          <p>
            <a href="/tasks">{t.nav.tasks}</a>
          </p>
        </>
      ) : null}
    </section>
  );
}

function AgencyHome({ user }: { user: User }) {
  const t = m();
  const stats = useApi(() => getStatistics({ groupBy: 'agency' }), []);
  const overdue = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { agency: user.agencyId ?? undefined, agencyRole: 'lead', overdue: 'true', limit: 200, sort: '-escalation' } } })), [user.agencyId]);
  const mine = stats.data?.groups.find((g) => g.key === user.agencyId);
  const levels = new Map<number, number>();
  for (const r of overdue.data?.items ?? []) levels.set(r.escalationLevel, (levels.get(r.escalationLevel) ?? 0) + 1);
  const agency = `agency=${encodeURIComponent(user.agencyId ?? '')}&agencyRole=lead`;
  return (
    <>
      <PageTitle title={t.hello(user.name)} />
      <section aria-labelledby="counts">
        <h2 id="counts">{t.agencyCounts}</h2>
        <ProblemNote problem={stats.problem} onRetry={stats.reload} />
        {mine ? (
          <ul class="tiles">
            {(
              [
                ['completed_on_time', mine.completedOnTime],
                ['completed_late', mine.completedLate],
                ['in_progress_on_time', mine.inProgressOnTime],
                ['overdue', mine.overdue],
              ] as const
            ).map(([c, n]) => (
              <li key={c} class={`tile tile-${c}`}>
                <a href={`/tasks?${agency}&category=${c}`}>
                  <span class="tile-n">{formatNumber(n)}</span>
                  <span class="tile-label">{t.category[c]}</span>
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <section aria-labelledby="levels">
        <h2 id="levels">{t.overdueByLevel}</h2>
        {levels.size ? (
          <ul class="levels">
            {[...levels.entries()]
              .sort((a, b) => b[0] - a[0])
              .map(([level, n]) => (
                <li key={level}>
                  <a href={`/tasks?${agency}&overdue=true&escalationLevel=${level}`}>
                    <StatusBadge status="overdue" level={level} /> <span>{level === 0 ? `${formatNumber(n)} ${t.overdueNoLevel}` : formatNumber(n)}</span>
                  </a>
                </li>
              ))}
          </ul>
        ) : (
          <p class="empty">{t.noTasks}</p>
        )}
      </section>
      {isAgency(user) ? <MyTasks user={user} embedded /> : null}
    </>
  );
}
