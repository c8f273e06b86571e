// Delegation (ủy quyền): a leader lends the power to decide extensions, an office clerk the power to
// accept or return completion reports, to someone else for a date range; the list of what one has
// given and received, and revoking. Decisions taken under it read "X thay mặt Y" everywhere.
import { useState } from 'preact/hooks';
import { api, call, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { formatDay, today } from '../../format';
import { m } from '../../i18n';
import type { User } from '../../session';
import { useApi } from '../../use-api';

type Power = 'decide_extension' | 'review_completion';

export function DelegationScreen({ user }: { user: User }) {
  const t = m();
  const d = t.delegations;
  const ownPower: Power = user.role === 'leader' ? 'decide_extension' : 'review_completion';
  const [form, setForm] = useState({ power: ownPower, delegateUserId: '', from: today(), to: today(), reason: '' });
  const list = useApi(() => call(() => api.GET('/api/delegations')), []);
  const people = useApi(() => call(() => api.GET('/api/delegation-candidates', { params: { query: { power: form.power } } })), [form.power]);
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const finish = (r: { ok: true } | { ok: false; problem: Problem }) => {
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    list.reload();
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    finish(await call(() => api.POST('/api/delegations', { body: { power: form.power, delegateUserId: form.delegateUserId, from: form.from, to: form.to, ...(form.reason ? { reason: form.reason } : {}) } })));
  };
  const err = (f: string) => fieldProblem(problem, f);
  return (
    <section>
      <PageTitle title={d.title} />
      <p class="intro">{d.intro}</p>
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={problem ?? list.problem} onRetry={list.reload} />
      <div class="scroll" tabIndex={0} role="region" aria-label={d.title}>
        <table>
          <thead>
            <tr>
              <th scope="col">{d.power}</th>
              <th scope="col">{d.delegator}</th>
              <th scope="col">{d.delegate}</th>
              <th scope="col">{d.range}</th>
              <th scope="col">{t.statusLabel}</th>
            </tr>
          </thead>
          <tbody>
            {(list.data?.items ?? []).map((x) => (
              <tr key={x.id}>
                <td>{d.powers[x.power]}</td>
                <td>{x.delegator.name}</td>
                <td>{x.delegate.name}</td>
                <td>{`${formatDay(x.from)} – ${formatDay(x.to)}`}</td>
                <td>
                  {x.revokedAt ? d.revoked : x.active ? d.active : d.notActive}
                  {!x.revokedAt && (x.delegator.userId === user.userId || user.role === 'admin') ? (
                    <>
                      {' '}
                      <button type="button" class="link" onClick={async () => finish(await call(() => api.POST('/api/delegations/{id}/revoke', { params: { path: { id: x.id } } })))}>
                        {d.revoke} <span class="visually-hidden">{`${d.powers[x.power]} ${x.delegate.name}`}</span>
                      </button>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {user.role === 'leader' || user.role === 'office' ? (
        <>
          <h2>{d.create}</h2>
          <form onSubmit={submit} noValidate>
            <div class="filter-grid">
              <Field id="dg-power" label={d.power} error={err('power')}>
                <select id="dg-power" value={form.power} onChange={(e) => setForm({ ...form, power: e.currentTarget.value as Power })}>
                  <option value={ownPower}>{d.powers[ownPower]}</option>
                </select>
              </Field>
              <Field id="dg-delegate" label={d.delegate} error={err('delegateUserId')} required>
                <select id="dg-delegate" value={form.delegateUserId} onChange={(e) => setForm({ ...form, delegateUserId: e.currentTarget.value })}>
                  <option value="">{t.choose}</option>
                  {(people.data?.items ?? []).map((p) => (
                    <option key={p.userId} value={p.userId}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="dg-from" label={d.from} error={err('from')} required>
                <input id="dg-from" type="date" value={form.from} onInput={(e) => setForm({ ...form, from: e.currentTarget.value })} />
              </Field>
              <Field id="dg-to" label={d.to} error={err('to')} required>
                <input id="dg-to" type="date" value={form.to} onInput={(e) => setForm({ ...form, to: e.currentTarget.value })} />
              </Field>
              <Field id="dg-reason" label={d.reason} error={err('reason')}>
                <input id="dg-reason" value={form.reason} onInput={(e) => setForm({ ...form, reason: e.currentTarget.value })} />
              </Field>
            </div>
            <button type="submit">{d.create}</button>
          </form>
        </>
      ) : null}
    </section>
  );
}
