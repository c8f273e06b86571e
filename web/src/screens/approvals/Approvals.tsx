// The leader's approvals inbox: extension proposals of tasks the leader assigned (the chairman sees
// all), each with the reason and plan, and the three decisions: approve, approve with another date,
// reject with a comment. The decided proposal leaves the list at once.
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Problem } from '../../api/client';
import { describedBy, Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { PageTitle } from '../../components/Page';
import { WorkingDayPicker } from '../../components/WorkingDayPicker';
import { useDirectory } from '../../directory';
import { formatDateTime, formatDay } from '../../format';
import { m } from '../../i18n';
import type { User } from '../../session';
import { useApi } from '../../use-api';
import type { WorkingDays } from '../../working-days';
import { useCalendar } from '../tasks/TaskList';

type Pending = Answer<'/api/extensions'>['items'][number];

export function Approvals({ user: _user }: { user: User }) {
  const t = m();
  const calendar = useCalendar();
  const list = useApi(() => call(() => api.GET('/api/extensions')), []);
  const [done, setDone] = useState('');
  // A decided proposal leaves at once: the register records the decision a moment after the workflow took it.
  const [decided, setDecided] = useState<string[]>([]);
  return (
    <section aria-labelledby="approvals">
      <PageTitle title={t.approvalsTitle} />
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={list.problem} onRetry={list.reload} />
      {list.data && !list.data.items.some((x) => !decided.includes(`${x.taskId}/${x.proposal}`)) ? <p class="empty">{t.approvalsEmpty}</p> : null}
      <ul class="cards">
        {(list.data?.items ?? []).filter((x) => !decided.includes(`${x.taskId}/${x.proposal}`)).map((x) => (
          <li key={`${x.taskId}-${x.proposal}`} class="card">
            <Proposal
              x={x}
              calendar={calendar}
              onDecided={(msg) => {
                setDone(msg);
                setDecided((d) => [...d, `${x.taskId}/${x.proposal}`]);
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Proposal({ x, calendar, onDecided }: { x: Pending; calendar: WorkingDays | null; onDecided: (msg: string) => void }) {
  const t = m();
  const dir = useDirectory();
  const [mode, setMode] = useState<'approve' | 'approveOther' | 'reject' | null>(null);
  const [newDeadline, setNewDeadline] = useState(x.proposedDeadline);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const id = `p-${x.taskId}-${x.proposal}`;
  const decide = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const body =
      mode === 'reject'
        ? { decision: 'reject' as const, comment }
        : { decision: 'approve' as const, ...(mode === 'approveOther' ? { newDeadline } : {}), ...(comment.trim() ? { comment } : {}) };
    const r = await call(() => api.POST('/api/tasks/{id}/decide-extension', { params: { path: { id: x.taskId } }, body }));
    setBusy(false);
    if (r.ok) onDecided(`${t.done.decide_extension} ${x.code}: ${formatDay(r.data.deadline)}`);
    else setProblem(r.problem);
  };
  const commentError = fieldProblem(problem, 'comment');
  const dateError = fieldProblem(problem, 'newDeadline');
  return (
    <article aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="card-title">
        <a href={`/tasks/${encodeURIComponent(x.taskId)}`}>
          {x.code}: {x.title}
        </a>
      </h2>
      <dl class="facts small">
        <div>
          <dt>{t.leadAgency}</dt>
          <dd>{dir.agencyName(x.leadAgencyId)}</dd>
        </div>
        <div>
          <dt>{t.deadlineInForce}</dt>
          <dd>{formatDay(x.deadline)}</dd>
        </div>
        <div>
          <dt>{t.proposedDeadline}</dt>
          <dd>
            <strong>{formatDay(x.proposedDeadline)}</strong>
          </dd>
        </div>
        <div>
          <dt>{t.reason}</dt>
          <dd>{x.reason}</dd>
        </div>
        <div>
          <dt>{t.plan}</dt>
          <dd>{x.plan}</dd>
        </div>
        <div>
          <dt>{t.at}</dt>
          <dd>
            {formatDateTime(x.proposedAt)} · {t.decideBy} {formatDay(x.decideBy)}
          </dd>
        </div>
        {!x.mine ? (
          <div>
            <dt>{t.assigningLeader}</dt>
            <dd>
              {dir.leaderName(x.assigningLeaderId)} ({x.onBehalfOf ? t.onBehalfOf(x.onBehalfOf) : t.notMine})
            </dd>
          </div>
        ) : null}
      </dl>
      <div class="action-buttons">
        {(['approve', 'approveOther', 'reject'] as const).map((c) => (
          <button key={c} type="button" class={mode === c ? '' : 'secondary'} aria-expanded={mode === c} aria-controls={`${id}-form`} onClick={() => { setMode(mode === c ? null : c); setProblem(undefined); }}>
            {t.act[c]}
          </button>
        ))}
      </div>
      {mode ? (
        <form id={`${id}-form`} class="action-form" onSubmit={decide} noValidate aria-label={t.act[mode]}>
          {mode === 'approveOther' ? (
            <WorkingDayPicker id={`${id}-date`} label={t.otherDate} value={newDeadline} onChange={setNewDeadline} calendar={calendar} from={x.deadline} error={dateError} required />
          ) : null}
          <Field id={`${id}-comment`} label={mode === 'reject' ? t.commentRequired : t.comment} error={commentError} required={mode === 'reject'}>
            <textarea id={`${id}-comment`} rows={2} value={comment} onInput={(e) => setComment(e.currentTarget.value)} aria-invalid={commentError ? 'true' : undefined} aria-describedby={describedBy(`${id}-comment`, undefined, commentError)} />
          </Field>
          <ProblemNote problem={problem && !commentError && !dateError ? problem : undefined} />
          <button type="submit" disabled={busy}>
            {t.act[mode]}
          </button>
        </form>
      ) : null}
    </article>
  );
}
