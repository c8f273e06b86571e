// One inspection plan: its team and agencies, its visits (announced or not, cancelled, concluded) with
// how the tasks from each conclusion stand, and the forms to schedule a visit, call it off and record
// its conclusions (each recommendation a task of the agency, assigned by the team leader).
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { useDirectory } from '../../directory';
import { formatDay, today } from '../../format';
import { m } from '../../i18n';
import type { User } from '../../session';
import { useApi } from '../../use-api';

type Visit = Answer<'/api/inspection-plans/{id}'>['visits'][number];

export function InspectionPlan({ planId, user }: { planId: string; user: User }) {
  const t = m();
  const i = t.inspections;
  const dir = useDirectory();
  const detail = useApi(() => call(() => api.GET('/api/inspection-plans/{id}', { params: { path: { id: planId } } })), [planId]);
  const [visit, setVisit] = useState({ agencyId: '', date: '', unannounced: false, proposal: '' });
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const office = user.role === 'office' || user.role === 'admin';
  if (!detail.data) return <ProblemNote problem={detail.problem} onRetry={detail.reload} />;
  const { plan, visits } = detail.data;
  const team = plan.teams[0]!;
  const finish = (r: { ok: true } | { ok: false; problem: Problem }) => {
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    detail.reload();
  };
  const schedule = async (e: Event) => {
    e.preventDefault();
    finish(
      await call(() =>
        api.POST('/api/inspection-plans/{id}/visits', {
          params: { path: { id: planId } },
          body: { teamId: team.id, agencyId: visit.agencyId, date: visit.date, ...(visit.unannounced ? { unannounced: { proposal: visit.proposal, decidedBy: team.leaderId } } : {}) },
        }),
      ),
    );
  };
  return (
    <section>
      <PageTitle title={plan.title} />
      <p class="intro">{`${plan.id} · ${formatDay(plan.periodFrom)} – ${formatDay(plan.periodTo)}${plan.purpose ? ` · ${plan.purpose}` : ''}`}</p>
      <p>{`${team.name}: ${i.teamLeader} ${dir.leaderName(team.leaderId)}${team.members.length ? `; ${team.members.map((x) => x.name).join(', ')}` : ''}`}</p>
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={problem} />
      <h2>{i.visits}</h2>
      {visits.length ? visits.map((v) => <VisitCard key={v.id} v={v} canAct={office || user.leaderId === team.leaderId} office={office} onDone={finish} />) : <p class="empty">{i.noVisits}</p>}
      {office ? (
        <>
          <h2>{i.schedule}</h2>
          <form onSubmit={schedule} noValidate>
            <div class="filter-grid">
              <Field id="vs-agency" label={t.agency} error={fieldProblem(problem, 'agencyId')} required>
                <select id="vs-agency" value={visit.agencyId} onChange={(e) => setVisit({ ...visit, agencyId: e.currentTarget.value })}>
                  <option value="">{t.choose}</option>
                  {plan.agencies.map((id) => (
                    <option key={id} value={id}>
                      {dir.agencyName(id)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="vs-date" label={i.visitDate} hint={i.visitDateHint} error={fieldProblem(problem, 'date')} required>
                <input id="vs-date" type="date" min={today()} value={visit.date} onInput={(e) => setVisit({ ...visit, date: e.currentTarget.value })} aria-describedby="vs-date-hint" />
              </Field>
              <Field id="vs-unannounced" label={i.unannounced}>
                <input id="vs-unannounced" type="checkbox" checked={visit.unannounced} onChange={(e) => setVisit({ ...visit, unannounced: e.currentTarget.checked })} />
              </Field>
              {visit.unannounced ? (
                <Field id="vs-proposal" label={i.proposal} hint={i.proposalHint} error={fieldProblem(problem, 'unannounced.proposal')} required>
                  <input id="vs-proposal" value={visit.proposal} onInput={(e) => setVisit({ ...visit, proposal: e.currentTarget.value })} aria-describedby="vs-proposal-hint" />
                </Field>
              ) : null}
            </div>
            <button type="submit">{i.schedule}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}

function VisitCard({ v, canAct, office, onDone }: { v: Visit; canAct: boolean; office: boolean; onDone: (r: { ok: true } | { ok: false; problem: Problem }) => void }) {
  const t = m();
  const i = t.inspections;
  const dir = useDirectory();
  const [reason, setReason] = useState('');
  const [c, setC] = useState({ number: '', date: today(), findings: '', recommendations: '' });
  const recommendations = c.recommendations
    .split('\n')
    .map((l) => l.split('|').map((x) => x.trim()))
    .filter(([title]) => title)
    .map(([title, deadline]) => ({ title: title!, deadline: deadline ?? '' }));
  return (
    <article class="card">
      <h3>{`${dir.agencyName(v.agencyId)} — ${formatDay(v.date)}`}</h3>
      <p>
        {`${v.id} · ${i.status[v.status]}${v.unannounced ? ` · ${i.unannounced} (${v.proposal})` : ''}`}
        {v.conclusion ? (
          <span class="sub">
            {`${i.conclusion} ${v.conclusion.number} (${formatDay(v.conclusion.date)}): `}
            <a href={`/tasks?directive=${encodeURIComponent(v.conclusion.directiveNumber)}`}>{i.taskCounts(v.tasks.total, v.tasks.done, v.tasks.overdue)}</a>
          </span>
        ) : null}
      </p>
      {v.status === 'scheduled' && office ? (
        <form
          class="inline"
          onSubmit={async (e) => {
            e.preventDefault();
            onDone(await call(() => api.POST('/api/inspection-visits/{id}/cancel', { params: { path: { id: v.id } }, body: { reason } })));
          }}
        >
          <label for={`cancel-${v.id}`}>{i.cancelReason}</label>
          <input id={`cancel-${v.id}`} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
          <button type="submit" class="secondary small">
            {i.cancel}
          </button>
        </form>
      ) : null}
      {v.status === 'scheduled' && canAct ? (
        <details>
          <summary>{i.recordConclusion}</summary>
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              onDone(await call(() => api.POST('/api/inspection-visits/{id}/conclusion', { params: { path: { id: v.id } }, body: { number: c.number, date: c.date, findings: c.findings, recommendations } })));
            }}
            noValidate
          >
            <div class="filter-grid">
              <Field id={`kl-number-${v.id}`} label={i.conclusionNumber} required>
                <input id={`kl-number-${v.id}`} value={c.number} onInput={(e) => setC({ ...c, number: e.currentTarget.value })} />
              </Field>
              <Field id={`kl-date-${v.id}`} label={t.date} required>
                <input id={`kl-date-${v.id}`} type="date" value={c.date} onInput={(e) => setC({ ...c, date: e.currentTarget.value })} />
              </Field>
              <Field id={`kl-findings-${v.id}`} label={i.findings} required>
                <textarea id={`kl-findings-${v.id}`} rows={3} value={c.findings} onInput={(e) => setC({ ...c, findings: e.currentTarget.value })} />
              </Field>
              <Field id={`kl-recs-${v.id}`} label={i.recommendations} hint={i.recommendationsHint} required>
                <textarea id={`kl-recs-${v.id}`} rows={4} value={c.recommendations} onInput={(e) => setC({ ...c, recommendations: e.currentTarget.value })} aria-describedby={`kl-recs-${v.id}-hint`} />
              </Field>
            </div>
            <button type="submit">{i.recordConclusion}</button>
          </form>
        </details>
      ) : null}
    </article>
  );
}
