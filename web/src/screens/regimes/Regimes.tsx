// Reporting regimes (chế độ báo cáo định kỳ): each regime with its next runs and how each period's
// reports stand; a new regime; pause, resume, end, and run missed periods again.
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { AgencyChecks, LeaderSelect } from '../../components/Pickers';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { formatDateTime, formatDay, today } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';

type Regime = Answer<'/api/reporting-regimes'>['items'][number];
const FREQUENCIES = ['monthly', 'quarterly', 'half_yearly', 'yearly'] as const;

export function RegimesScreen({ canManage }: { canManage: boolean }) {
  const t = m();
  const r = t.regimes;
  const list = useApi(() => call(() => api.GET('/api/reporting-regimes')), []);
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const [form, setForm] = useState({ id: '', title: '', frequency: 'monthly', dueKind: 'working', dueN: '5', number: '', date: today(), signer: '', leaderId: '', agencies: [] as string[] });
  const finish = (x: { ok: true } | { ok: false; problem: Problem }) => {
    if (!x.ok) return setProblem(x.problem);
    setProblem(undefined);
    setDone(t.saved);
    list.reload();
  };
  const create = async (e: Event) => {
    e.preventDefault();
    const n = Number(form.dueN);
    finish(
      await call(() =>
        api.POST('/api/reporting-regimes', {
          body: {
            id: form.id, title: form.title, agencies: form.agencies, frequency: form.frequency as (typeof FREQUENCIES)[number], due: form.dueKind === 'working' ? { workingDaysAfterCutoff: n } : { dayOfMonth: n },
            directive: { number: form.number, date: form.date, signer: form.signer, source: 'peoples_committee', title: `Chế độ báo cáo ${form.title}` }, assigningLeaderId: form.leaderId,
          },
        }),
      ),
    );
  };
  const act = async (x: Regime, what: 'pause' | 'resume' | 'end') => finish(await call(() => api.POST(`/api/reporting-regimes/{id}/${what}`, { params: { path: { id: x.id } } })));
  const err = (f: string) => fieldProblem(problem, f);
  const set = (k: keyof typeof form) => (e: Event) => setForm((f) => ({ ...f, [k]: (e.currentTarget as HTMLInputElement).value }));
  return (
    <section>
      <PageTitle title={r.title} />
      <p class="intro">{r.intro}</p>
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={problem ?? list.problem} onRetry={list.reload} />
      {(list.data?.items ?? []).map((x) => (
        <article key={x.id} class="card">
          <h2>{`${x.title} (${r.frequencies[x.frequency] ?? x.frequency})`}</h2>
          <p>
            {`${x.id} · ${r.status[x.status]} · ${x.agencies.length} ${r.agencies}`}
            {x.nextRuns[0] ? <span class="sub">{`${r.nextRun}: ${formatDateTime(x.nextRuns[0])}`}</span> : null}
          </p>
          {x.periods.length ? (
            <ul>
              {x.periods.map((p) => (
                <li key={p.period}>
                  <a href={`/tasks?kind=report&directive=${encodeURIComponent(x.directiveNumber)}`}>{p.period}</a>
                  {`: ${r.counts(p.tasks, p.done, p.overdue)}`}
                </li>
              ))}
            </ul>
          ) : null}
          {canManage && x.status !== 'ended' ? (
            <div class="buttons">
              {x.status === 'active' ? (
                <button type="button" class="secondary small" onClick={() => void act(x, 'pause')}>
                  {r.pause} <span class="visually-hidden">{x.title}</span>
                </button>
              ) : (
                <button type="button" class="secondary small" onClick={() => void act(x, 'resume')}>
                  {r.resume} <span class="visually-hidden">{x.title}</span>
                </button>
              )}
              <button type="button" class="secondary small" onClick={() => void act(x, 'end')}>
                {r.end} <span class="visually-hidden">{x.title}</span>
              </button>
            </div>
          ) : null}
        </article>
      ))}
      {canManage ? (
        <>
          <h2>{r.create}</h2>
          <form onSubmit={create} noValidate>
            <div class="filter-grid">
              <Field id="rg-id" label={r.id} error={err('id')} required>
                <input id="rg-id" value={form.id} onInput={set('id')} />
              </Field>
              <Field id="rg-title" label={r.name} error={err('title')} required>
                <input id="rg-title" value={form.title} onInput={set('title')} />
              </Field>
              <Field id="rg-frequency" label={r.frequency}>
                <select id="rg-frequency" value={form.frequency} onChange={set('frequency')}>
                  {FREQUENCIES.map((f) => (
                    <option key={f} value={f}>
                      {r.frequencies[f]}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="rg-due-kind" label={r.dueKind}>
                <select id="rg-due-kind" value={form.dueKind} onChange={set('dueKind')}>
                  <option value="working">{r.dueWorking}</option>
                  <option value="day">{r.dueDay}</option>
                </select>
              </Field>
              <Field id="rg-due-n" label={r.dueN} error={err('due')} required>
                <input id="rg-due-n" type="number" min="1" max="60" value={form.dueN} onInput={set('dueN')} />
              </Field>
              <Field id="rg-leader" label={t.assigningLeader} error={err('assigningLeaderId')} required>
                <LeaderSelect id="rg-leader" value={form.leaderId} onChange={(leaderId) => setForm((f) => ({ ...f, leaderId }))} />
              </Field>
              <Field id="rg-number" label={r.docNumber} error={err('directive.number')} required>
                <input id="rg-number" value={form.number} onInput={set('number')} />
              </Field>
              <Field id="rg-date" label={r.docDate} error={err('directive.date')} required>
                <input id="rg-date" type="date" value={form.date} onInput={set('date')} />
              </Field>
              <Field id="rg-signer" label={r.docSigner} error={err('directive.signer')} required>
                <input id="rg-signer" value={form.signer} onInput={set('signer')} />
              </Field>
            </div>
            <AgencyChecks legend={r.agencies} error={err('agencies')} chosen={form.agencies} onChange={(agencies) => setForm((f) => ({ ...f, agencies }))} />
            <p class="hint">{r.cutoffs(formatDay(today()))}</p>
            <button type="submit">{r.create}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
