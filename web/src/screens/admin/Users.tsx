// Users: create one tied to an agency or a leader, reset a password, deactivate (ends the user's sessions).
import { useState } from 'preact/hooks';
import { api, call, type Body, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { useDirectory } from '../../directory';
import { m } from '../../i18n';
import { useApi } from '../../use-api';

type NewUser = Body<'/api/users', 'post'>;

export function Users() {
  const t = m();
  const dir = useDirectory();
  const users = useApi(() => call(() => api.GET('/api/users')), []);
  const [form, setForm] = useState({ id: '', name: '', email: '', role: 'agency_officer', agencyId: '', leaderId: '', password: '' });
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const [reset, setReset] = useState<Record<string, string>>({});
  const set = (k: keyof typeof form) => (e: Event) => setForm((f) => ({ ...f, [k]: (e.currentTarget as HTMLInputElement).value }));
  const create = async (e: Event) => {
    e.preventDefault();
    const body: NewUser = { ...form, role: form.role as NewUser['role'], agencyId: form.agencyId || null, leaderId: form.leaderId || null };
    const r = await call(() => api.POST('/api/users', { body }));
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    setForm({ id: '', name: '', email: '', role: 'agency_officer', agencyId: '', leaderId: '', password: '' });
    users.reload();
  };
  const patch = async (id: string, body: Body<'/api/users/{id}', 'patch'>) => {
    const r = await call(() => api.PATCH('/api/users/{id}', { params: { path: { id } }, body }));
    if (!r.ok) return setProblem(r.problem);
    setDone(t.saved);
    setReset((x) => ({ ...x, [id]: '' }));
    users.reload();
  };
  const err = (f: string) => fieldProblem(problem, f);
  return (
    <>
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={problem} />
      <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.userId}</th>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.statusLabel}</th>
              <th scope="col">{t.resetPassword}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data?.items ?? []).map((u) => (
              <tr key={u.id}>
                <td>{u.id}</td>
                <td>
                  {u.name}
                  <span class="sub">
                    {t.role[u.role]}
                    {u.agencyId ? ` · ${dir.agencyName(u.agencyId)}` : ''}
                    {u.leaderId ? ` · ${dir.leaderName(u.leaderId)}` : ''}
                  </span>
                </td>
                <td>
                  {u.active ? t.active : t.inactive}{' '}
                  <button type="button" class="link" onClick={() => void patch(u.id, { active: !u.active })}>
                    {u.active ? t.deactivate : t.activate} <span class="visually-hidden">{u.id}</span>
                  </button>
                </td>
                <td>
                  <form
                    class="inline"
                    onSubmit={(e) => {
                      e.preventDefault();
                      void patch(u.id, { password: reset[u.id] ?? '' });
                    }}
                  >
                    <label class="visually-hidden" for={`pw-${u.id}`}>
                      {`${t.newPassword} (${u.id})`}
                    </label>
                    <input id={`pw-${u.id}`} type="password" autoComplete="new-password" value={reset[u.id] ?? ''} onInput={(e) => setReset((x) => ({ ...x, [u.id]: e.currentTarget.value }))} />
                    <button type="submit" class="secondary small">
                      {t.resetPassword}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.createUser}</h2>
      <form onSubmit={create} noValidate>
        <div class="filter-grid">
          <Field id="u-id" label={t.userId} error={err('id')} required>
            <input id="u-id" value={form.id} onInput={set('id')} />
          </Field>
          <Field id="u-name" label={t.name} error={err('name')} required>
            <input id="u-name" value={form.name} onInput={set('name')} />
          </Field>
          <Field id="u-email" label={t.email} error={err('email')} required>
            <input id="u-email" type="email" value={form.email} onInput={set('email')} />
          </Field>
          <Field id="u-role" label={t.statusLabel === 'Trạng thái' ? 'Vai trò' : 'Role'} error={err('role')} required>
            <select id="u-role" value={form.role} onChange={set('role')}>
              {Object.keys(t.role).map((r) => (
                <option key={r} value={r}>
                  {t.role[r]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="u-agency" label={t.linkedAgency} error={err('agencyId')}>
            <select id="u-agency" value={form.agencyId} onChange={set('agencyId')}>
              <option value="">{t.choose}</option>
              {dir.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="u-leader" label={t.linkedLeader} error={err('leaderId')}>
            <select id="u-leader" value={form.leaderId} onChange={set('leaderId')}>
              <option value="">{t.choose}</option>
              {dir.leaders.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.title} {l.name}
                </option>
              ))}
            </select>
          </Field>
          <Field id="u-password" label={t.password} error={err('password')} required>
            <input id="u-password" type="password" autoComplete="new-password" value={form.password} onInput={set('password')} />
          </Field>
        </div>
        <button type="submit">{t.createUser}</button>
      </form>
    </>
  );
}
