// The task page (UI.md): the header (code, title, directive, agencies, leader, deadline in force and the
// original, status), what waits on whom, the actions the user may take, the timeline, then the reports
// and extension proposals. After an action the page shows the new state without a reload.
import { useState } from 'preact/hooks';
import { api, call } from '../../api/client';
import { Icon } from '../../components/Icon';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { StatusBadge } from '../../components/StatusBadge';
import { useDirectory } from '../../directory';
import { deadlineDistance, formatDateTime, formatDay, formatNumber } from '../../format';
import { m } from '../../i18n';
import type { User } from '../../session';
import { useApi } from '../../use-api';
import { NotFound } from '../NotFound';
import { useCalendar } from '../tasks/TaskList';
import { ActionPanel } from './ActionPanel';
import { choicesFor } from './actions';
import { TimelineView } from './Timeline';

const PHASE_OF_STATUS: Record<string, string> = {
  assigned: 'assigned', in_progress: 'in_progress', due_soon: 'in_progress', overdue: 'in_progress', no_deadline: 'in_progress', awaiting_review: 'awaiting_review',
  refused: 'refused', on_hold: 'on_hold', completed_on_time: 'completed', completed_late: 'completed', withdrawn: 'withdrawn',
};

export function TaskPage({ user, taskId }: { user: User; taskId: string }) {
  const t = m();
  const dir = useDirectory();
  const calendar = useCalendar();
  const detail = useApi(() => call(() => api.GET('/api/tasks/{id}', { params: { path: { id: taskId } } })), [taskId]);
  const timeline = useApi(() => call(() => api.GET('/api/tasks/{id}/timeline', { params: { path: { id: taskId } } })), [taskId]);
  const [message, setMessage] = useState('');

  if (detail.problem?.status === 404) return <NotFound />;
  if (!detail.data) {
    return (
      <section>
        <ProblemNote problem={detail.problem} onRetry={detail.reload} />
        {detail.loading ? <p>{t.loading}</p> : null}
      </section>
    );
  }
  const { task, registration, live, liveError, reports, extensions } = detail.data;
  if (!task) return <NotFound />;
  const status = live?.status ?? task.status;
  const level = live?.escalationLevel ?? task.escalationLevel;
  const deadline = live?.deadline ?? task.deadline;
  const directive = registration?.directive;
  const moved = directive && registration ? originalDeadline(extensions, detail.data.history) : null;
  const choices = choicesFor(
    user,
    {
      phase: live?.phase ?? PHASE_OF_STATUS[task.status] ?? 'in_progress',
      leadAgencyId: live?.leadAgency.id ?? task.leadAgencyId,
      coordinatingAgencyIds: task.coordinatingAgencyIds,
      assigningLeaderId: task.assigningLeaderId,
      hasDeadline: deadline !== null,
      extensionPending: Boolean(live?.extension),
    },
    dir,
  );
  const open = !['completed_on_time', 'completed_late', 'withdrawn'].includes(status);
  return (
    <article class="task">
      <PageTitle title={task.title}>
        <p class="task-code">
          {task.code} · <StatusBadge status={status} level={level} />
        </p>
      </PageTitle>
      <dl class="facts">
        <div>
          <dt>{t.directive}</dt>
          <dd>{directive ? t.directiveLine(directive.number, formatDay(directive.date), directive.signer) : task.directiveNumber}</dd>
        </div>
        <div>
          <dt>{t.leadAgency}</dt>
          <dd>{live?.leadAgency.name ?? dir.agencyName(task.leadAgencyId)}</dd>
        </div>
        {task.coordinatingAgencyIds.length ? (
          <div>
            <dt>{t.coordinatingAgencies}</dt>
            <dd>{task.coordinatingAgencyIds.map((id) => dir.agencyName(id)).join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t.assigningLeader}</dt>
          <dd>{dir.leaderName(task.assigningLeaderId)}</dd>
        </div>
        <div>
          <dt>{t.deadlineInForce}</dt>
          <dd>
            {deadline ? formatDay(deadline) : t.noDeadline}
            {deadline && open ? <span class={`sub${live?.overdue ?? task.overdue ? ' late' : ''}`}> ({deadlineDistance(deadline, calendar)})</span> : null}
            {moved && moved !== deadline ? <span class="sub">{` — ${t.originalDeadline} ${formatDay(moved)}`}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t.progress}</dt>
          <dd>
            <progress max={100} value={live?.progressPercent ?? task.progressPercent} aria-label={t.progress} /> {formatNumber(live?.progressPercent ?? task.progressPercent)} %
          </dd>
        </div>
      </dl>
      {registration?.content ? <p class="content">{registration.content}</p> : null}
      {liveError ? <p class="note">{t.liveUnavailable}</p> : null}
      {live?.extension ? (
        <p class="note">
          <Icon name="hourglass" /> {t.waitingExtension(formatDay(live.extension.proposedDeadline))} {live.extension.reason}
        </p>
      ) : null}
      {live?.hold ? <p class="note">{t.onHoldSince(formatDateTime(live.hold.since), live.hold.reason)}</p> : null}
      {live?.refusal && status === 'refused' ? <p class="note">{t.refusedBecause(live.refusal.reason)}</p> : null}
      {status === 'awaiting_review' ? <p class="note">{t.completionWaiting}</p> : null}
      <p class="done" role="status">
        {message}
      </p>
      <ActionPanel
        taskId={taskId}
        choices={choices}
        calendar={calendar}
        deadline={deadline}
        proposedDeadline={live?.extension?.proposedDeadline ?? null}
        leadAgencyId={live?.leadAgency.id ?? task.leadAgencyId}
        percentAllowed={user.agencyId === (live?.leadAgency.id ?? task.leadAgencyId)}
        onDone={(msg) => {
          setMessage(msg);
          detail.reload();
          timeline.reload();
          // The register records the history a moment after the workflow applied the action: read it again shortly.
          for (const ms of [1000, 3000]) setTimeout(() => (detail.reload(), timeline.reload()), ms);
        }}
      />
      <ProblemNote problem={timeline.problem} onRetry={timeline.reload} />
      {timeline.data ? <TimelineView timeline={timeline.data} /> : null}
      {reports.length ? (
        <section aria-labelledby="reports-title">
          <h2 id="reports-title">{t.reports}</h2>
          <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.at}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.actor}</th>
                  <th scope="col">{t.note}</th>
                  <th scope="col">{t.verdict}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((r) => (
                  <tr key={r.seq}>
                    <td>{formatDateTime(r.at)}</td>
                    <td>
                      {t.reportKinds[r.kind] ?? r.kind}
                      {r.number ? ` ${r.number}` : ''}
                    </td>
                    <td>{r.actorName}</td>
                    <td>
                      {r.percent !== null ? `${r.percent} % — ` : ''}
                      {r.text}
                      {r.documents?.length ? <span class="sub">{`${t.documents}: ${r.documents.join(', ')}`}</span> : null}
                    </td>
                    <td>
                      {r.outcome ? t.outcomes[r.outcome] ?? r.outcome : ''}
                      {r.outcomeReason ? <span class="sub">{r.outcomeReason}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {extensions.length ? (
        <section aria-labelledby="extensions-title">
          <h2 id="extensions-title">{t.extensions}</h2>
          <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t.at}</th>
                  <th scope="col">{t.proposedDeadline}</th>
                  <th scope="col">{t.reason}</th>
                  <th scope="col">{t.verdict}</th>
                </tr>
              </thead>
              <tbody>
                {extensions.map((x) => (
                  <tr key={x.proposal}>
                    <td>{formatDateTime(x.proposedAt)}</td>
                    <td>{formatDay(x.proposedDeadline)}</td>
                    <td>
                      {x.reason}
                      <span class="sub">{x.plan}</span>
                    </td>
                    <td>
                      {x.decision ? t.decisions[x.decision] ?? x.decision : '—'}
                      {x.newDeadline ? <span class="sub">{`${t.newDeadline}: ${formatDay(x.newDeadline)}`}</span> : null}
                      {x.comment ? <span class="sub">{x.comment}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </article>
  );
}

/** The deadline the task was assigned with, from its first history entry. */
function originalDeadline(_extensions: unknown[], history: { action: string; details: Record<string, unknown> }[]): string | null {
  const first = history.find((h) => h.action === 'assigned');
  return typeof first?.details.deadline === 'string' ? first.details.deadline : null;
}
