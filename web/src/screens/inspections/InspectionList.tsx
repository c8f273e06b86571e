// Inspection plans of a year, the agencies worth inspecting (overdue tasks; re-inspection of those
// inspected before that still have some), and a new plan with its team and the agencies chosen.
import { useState } from 'preact/hooks';
import { api, call, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { AgencyChecks, LeaderSelect } from '../../components/Pickers';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { formatDay, today } from '../../format';
import { m } from '../../i18n';
import { navigate } from '../../router';
import { useApi } from '../../use-api';

/** "Nguyễn Văn A <a@x.gov.vn>" per line. */
export function parsePeople(text: string): { name: string; email: string }[] {
  return text
    .split(/\n/)
    .map((l) => /^\s*(.+?)\s*<\s*([^>\s]+)\s*>\s*$/.exec(l))
    .filter((x): x is RegExpExecArray => x !== null)
    .map((x) => ({ name: x[1]!, email: x[2]! }));
}

export function InspectionList({ canPlan }: { canPlan: boolean }) {
  const t = m();
  const i = t.inspections;
  const [year, setYear] = useState(Number(today().slice(0, 4)));
  const plans = useApi(() => call(() => api.GET('/api/inspection-plans', { params: { query: { year } } })), [year]);
  const suggestions = useApi(() => call(() => api.GET('/api/inspection-suggestions', { params: { query: { year } } })), [year]);
  const [form, setForm] = useState({ title: '', purpose: '', periodFrom: today(), periodTo: `${year}-12-31`, leaderId: '', teamName: 'Đoàn kiểm tra số 1', members: '', agencies: [] as string[] });
  const [problem, setProblem] = useState<Problem>();
  const set = (k: keyof typeof form) => (e: Event) => setForm((f) => ({ ...f, [k]: (e.currentTarget as HTMLInputElement).value }));
  const create = async (e: Event) => {
    e.preventDefault();
    const r = await call(() =>
      api.POST('/api/inspection-plans', {
        body: {
          year, title: form.title, ...(form.purpose ? { purpose: form.purpose } : {}), periodFrom: form.periodFrom, periodTo: form.periodTo,
          teams: [{ id: 'doan-1', name: form.teamName, leaderId: form.leaderId, members: parsePeople(form.members), secretary: null }], agencies: form.agencies,
        },
      }),
    );
    if (!r.ok) return setProblem(r.problem);
    navigate(`/inspections/${encodeURIComponent(r.data.id)}`);
  };
  const err = (f: string) => fieldProblem(problem, f);
  return (
    <section>
      <PageTitle title={i.title} />
      <div class="buttons">
        <button type="button" class="secondary" onClick={() => setYear(year - 1)}>
          {`← ${year - 1}`}
        </button>
        <strong>{year}</strong>
        <button type="button" class="secondary" onClick={() => setYear(year + 1)}>
          {`${year + 1} →`}
        </button>
      </div>
      <ProblemNote problem={plans.problem} onRetry={plans.reload} />
      <h2>{i.plans}</h2>
      {plans.data?.items.length ? (
        <ul>
          {plans.data.items.map((p) => (
            <li key={p.id}>
              <a href={`/inspections/${encodeURIComponent(p.id)}`}>{p.title}</a>
              <span class="sub">{`${p.id} · ${formatDay(p.periodFrom)} – ${formatDay(p.periodTo)} · ${i.agencyCount(p.agencies.length)}`}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="empty">{i.noPlans}</p>
      )}
      <h2>{i.suggestions}</h2>
      <p class="hint">{i.suggestionsHint}</p>
      <div class="scroll" tabIndex={0} role="region" aria-label={i.suggestions}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.agency}</th>
              <th scope="col">{i.overdueTasks}</th>
              <th scope="col">{i.inspectedIn}</th>
            </tr>
          </thead>
          <tbody>
            {(suggestions.data?.items ?? []).map((s) => (
              <tr key={s.agencyId}>
                <td>{s.name}</td>
                <td>{s.overdueTasks}</td>
                <td>{s.reinspection ? `${i.reinspection} (${s.inspectedIn.join(', ')})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canPlan ? (
        <>
          <h2>{i.newPlan}</h2>
          <form onSubmit={create} noValidate>
            <div class="filter-grid">
              <Field id="pl-title" label={i.planTitle} error={err('title')} required>
                <input id="pl-title" value={form.title} onInput={set('title')} />
              </Field>
              <Field id="pl-purpose" label={i.purpose} error={err('purpose')}>
                <input id="pl-purpose" value={form.purpose} onInput={set('purpose')} />
              </Field>
              <Field id="pl-from" label={i.periodFrom} error={err('periodFrom')} required>
                <input id="pl-from" type="date" value={form.periodFrom} onInput={set('periodFrom')} />
              </Field>
              <Field id="pl-to" label={i.periodTo} error={err('periodTo')} required>
                <input id="pl-to" type="date" value={form.periodTo} onInput={set('periodTo')} />
              </Field>
              <Field id="pl-team" label={i.teamName} error={err('teams.0.name')} required>
                <input id="pl-team" value={form.teamName} onInput={set('teamName')} />
              </Field>
              <Field id="pl-leader" label={i.teamLeader} error={err('teams.0.leaderId')} required>
                <LeaderSelect id="pl-leader" value={form.leaderId} onChange={(leaderId) => setForm((f) => ({ ...f, leaderId }))} />
              </Field>
              <Field id="pl-members" label={i.members} hint={i.membersHint} error={err('teams.0.members')}>
                <textarea id="pl-members" rows={3} value={form.members} onInput={set('members')} aria-describedby="pl-members-hint" />
              </Field>
            </div>
            <AgencyChecks legend={i.agencies} error={fieldProblem(problem, 'agencies')} chosen={form.agencies} onChange={(agencies) => setForm((f) => ({ ...f, agencies }))}>
              <button type="button" class="secondary small" onClick={() => setForm((f) => ({ ...f, agencies: [...new Set([...f.agencies, ...(suggestions.data?.items ?? []).map((x) => x.agencyId)])] }))}>
                {i.include}
              </button>
            </AgencyChecks>
            <ProblemNote problem={problem} />
            <button type="submit">{i.create}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
