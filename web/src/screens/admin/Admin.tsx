// The administrator's screens: agencies as a tree, leaders, users (create, reset a password,
// deactivate), the holiday calendar as a year view with corrections, the statistics settings, the
// audit log and the outbox. One sub-navigation; each section reads and writes through the typed client.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Body, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { forgetDirectory, useDirectory } from '../../directory';
import { formatDateTime, formatDay, weekday } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';
import { reloadWorkingDays } from '../../working-days';

const SECTIONS = ['agencies', 'leaders', 'users', 'calendar', 'settings', 'audit', 'outbox'] as const;

export function AdminScreen({ section }: { section: string }) {
  const t = m();
  const titles: Record<string, string> = {
    agencies: t.adminAgencies, leaders: t.adminLeaders, users: t.adminUsers, calendar: t.adminCalendar, settings: t.adminSettings, audit: t.adminAudit, outbox: t.adminOutbox,
  };
  const body: Record<string, () => ComponentChildren> = {
    agencies: () => <Agencies />, leaders: () => <Leaders />, users: () => <Users />, calendar: () => <CalendarYear />, settings: () => <Settings />, audit: () => <Audit />, outbox: () => <Outbox />,
  };
  const current = (SECTIONS as readonly string[]).includes(section) ? section : 'agencies';
  return (
    <section>
      <PageTitle title={`${t.adminTitle}: ${titles[current]}`} />
      <nav class="subnav" aria-label={t.adminTitle}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`/admin/${s}`} aria-current={s === current ? 'page' : undefined}>
                {titles[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {body[current]!()}
    </section>
  );
}

function Agencies() {
  const dir = useDirectory();
  const t = m();
  const children = (parent: string | null) => dir.agencies.filter((a) => a.parentId === parent || (parent === null && a.parentId !== null && !dir.agencies.some((p) => p.id === a.parentId)));
  const tree = (parent: string | null): ComponentChildren => {
    const list = children(parent);
    if (!list.length) return null;
    return (
      <ul class="tree">
        {list.map((a) => (
          <li key={a.id}>
            <span class="tree-name">{a.name}</span> <span class="sub-inline">({a.id} · {a.kind}{a.active ? '' : ` · ${t.inactive}`})</span>
            <span class="sub">
              {a.head.name} · {a.email}
            </span>
            {tree(a.id)}
          </li>
        ))}
      </ul>
    );
  };
  return <div>{tree(null)}</div>;
}

function Leaders() {
  const dir = useDirectory();
  const t = m();
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.email}</th>
            <th scope="col">{t.kind}</th>
          </tr>
        </thead>
        <tbody>
          {dir.leaders.map((l) => (
            <tr key={l.id}>
              <td>
                {l.title} {l.name} <span class="sub">{l.id}</span>
              </td>
              <td>{l.email}</td>
              <td>{l.areas.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type NewUser = Body<'/api/users', 'post'>;

function Users() {
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

function CalendarYear() {
  const t = m();
  const [year, setYear] = useState(new Date().getFullYear());
  const cal = useApi(() => call(() => api.GET('/api/calendar/{year}', { params: { path: { year } } })), [year]);
  const [change, setChange] = useState({ change: 'add_day_off', date: '', name: '', source: '', reason: '' });
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const set = (k: keyof typeof change) => (e: Event) => setChange((c) => ({ ...c, [k]: (e.currentTarget as HTMLInputElement).value }));
  const submit = async (e: Event) => {
    e.preventDefault();
    const body = {
      change: change.change, date: change.date, source: change.source, reason: change.reason,
      ...(change.change === 'add_day_off' ? { kind: 'holiday', name: change.name } : change.change === 'add_make_up_day' ? { name: change.name } : {}),
    } as unknown as Body<'/api/calendar/{year}/changes', 'post'>;
    const r = await call(() => api.POST('/api/calendar/{year}/changes', { params: { path: { year } }, body }));
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    reloadWorkingDays();
    cal.reload();
  };
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  return (
    <>
      <div class="buttons">
        <button type="button" class="secondary" onClick={() => setYear(year - 1)}>
          ‹ {year - 1}
        </button>
        <strong class="year">{year}</strong>
        <button type="button" class="secondary" onClick={() => setYear(year + 1)}>
          {year + 1} ›
        </button>
      </div>
      <ProblemNote problem={cal.problem} onRetry={cal.reload} />
      {cal.data ? (
        <>
          <p>
            {t.calendarStatus[cal.data.status]} — {cal.data.source}
          </p>
          <div class="year-grid">
            {months.map((mo) => {
              const prefix = `${year}-${String(mo).padStart(2, '0')}`;
              const off = cal.data!.daysOff.filter((d) => d.date.startsWith(prefix));
              const makeUp = cal.data!.makeUpWorkingDays.filter((d) => d.date.startsWith(prefix));
              return (
                <section key={mo} class="card" aria-label={t.picker.monthOf(mo, year)}>
                  <h2 class="card-title">{t.picker.monthOf(mo, year)}</h2>
                  {!off.length && !makeUp.length ? <p class="sub">{t.none}</p> : null}
                  <ul class="plain">
                    {off.map((d) => (
                      <li key={d.date} class="cal-off">
                        <strong>{formatDay(d.date)}</strong> {weekday(d.date)}: {d.name} <span class="sub-inline">({t.dayKinds[d.kind]})</span>
                      </li>
                    ))}
                    {makeUp.map((d) => (
                      <li key={d.date} class="cal-makeup">
                        <strong>{formatDay(d.date)}</strong> {weekday(d.date)}: {t.picker.legendMakeUp} — {d.name}
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
          </div>
          {cal.data.corrections.length ? (
            <>
              <h2>{t.change}</h2>
              <ul>
                {cal.data.corrections.map((c) => (
                  <li key={c.id}>
                    {formatDateTime(c.createdAt)} · {c.actorId}: {c.change ? `${t.changes[c.change.change]} ${formatDay(c.change.date)}` : ''} — {c.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </>
      ) : null}
      <h2>{t.addCorrection}</h2>
      <p class="done" role="status">
        {done}
      </p>
      <form onSubmit={submit} noValidate>
        <div class="filter-grid">
          <Field id="c-change" label={t.change}>
            <select id="c-change" value={change.change} onChange={set('change')}>
              {Object.keys(t.changes).map((c) => (
                <option key={c} value={c}>
                  {t.changes[c]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="c-date" label={t.date} error={fieldProblem(problem, 'date')} required>
            <input id="c-date" type="date" value={change.date} onInput={set('date')} />
          </Field>
          <Field id="c-name" label={t.name} error={fieldProblem(problem, 'name')}>
            <input id="c-name" value={change.name} onInput={set('name')} />
          </Field>
          <Field id="c-source" label={t.sourceDoc} error={fieldProblem(problem, 'source')} required>
            <input id="c-source" value={change.source} onInput={set('source')} />
          </Field>
          <Field id="c-reason" label={t.reason} error={fieldProblem(problem, 'reason')} required>
            <input id="c-reason" value={change.reason} onInput={set('reason')} />
          </Field>
        </div>
        <ProblemNote problem={problem} />
        <button type="submit">{t.addCorrection}</button>
      </form>
    </>
  );
}

function Settings() {
  const t = m();
  const settings = useApi(() => call(() => api.GET('/api/settings/statistics')), []);
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const [edit, setEdit] = useState<Answer<'/api/settings/statistics'> | null>(null);
  const s = edit ?? settings.data;
  if (!s) return <ProblemNote problem={settings.problem} onRetry={settings.reload} />;
  const num = (path: ['praise' | 'warning', string]) => {
    const [g, k] = path;
    const id = `th-${g}-${k}`;
    const value = (s.thresholds[g] as Record<string, number>)[k]!;
    return (
      <Field key={id} id={id} label={`${g === 'praise' ? t.praise : t.warning}: ${k}`} error={fieldProblem(problem, `thresholds.${g}.${k}`)}>
        <input
          id={id}
          type="number"
          step="any"
          value={String(value)}
          onInput={(e) => setEdit({ ...s, thresholds: { ...s.thresholds, [g]: { ...s.thresholds[g], [k]: Number(e.currentTarget.value) } } })}
        />
      </Field>
    );
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const r = await call(() => api.PUT('/api/settings/statistics', { body: { formula: s.formula, thresholds: s.thresholds } }));
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    forgetDirectory();
  };
  return (
    <form onSubmit={save} noValidate>
      <p class="done" role="status">
        {done}
      </p>
      <Field id="set-formula" label={t.formula}>
        <select id="set-formula" value={s.formula} onChange={(e) => setEdit({ ...s, formula: e.currentTarget.value as typeof s.formula })}>
          {Object.keys(s.formulas).map((f) => (
            <option key={f} value={f}>
              {t.formulas[f] ?? f}: {s.formulas[f]!.completion}
            </option>
          ))}
        </select>
      </Field>
      <h2>{t.thresholds}</h2>
      <div class="filter-grid">
        {Object.keys(s.thresholds.praise).map((k) => num(['praise', k]))}
        {Object.keys(s.thresholds.warning).map((k) => num(['warning', k]))}
      </div>
      <ProblemNote problem={problem} />
      <button type="submit">{t.save}</button>
    </form>
  );
}

function Audit() {
  const t = m();
  const audit = useApi(() => call(() => api.GET('/api/audit', { params: { query: { limit: 100 } } })), []);
  return (
    <>
      <ProblemNote problem={audit.problem} onRetry={audit.reload} />
      <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.at}</th>
              <th scope="col">{t.actor}</th>
              <th scope="col">{t.action}</th>
              <th scope="col">{t.target}</th>
            </tr>
          </thead>
          <tbody>
            {(audit.data?.items ?? []).map((a) => (
              <tr key={a.id}>
                <td>{formatDateTime(a.at)}</td>
                <td>
                  {a.actorId} <span class="sub">{t.role[a.actorRole] ?? a.actorRole}</span>
                </td>
                <td>{a.action}</td>
                <td>
                  {a.targetType} {a.targetId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Outbox() {
  const t = m();
  const outbox = useApi(() => call(() => api.GET('/api/outbox', { params: { query: { limit: 100 } } })), []);
  return (
    <>
      <ProblemNote problem={outbox.problem} onRetry={outbox.reload} />
      <div class="scroll" tabIndex={0} role="region" aria-label={m().dataTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.at}</th>
              <th scope="col">{t.kind}</th>
              <th scope="col">{t.recipients}</th>
              <th scope="col">{t.subject}</th>
            </tr>
          </thead>
          <tbody>
            {(outbox.data?.items ?? []).map((n) => (
              <tr key={n.key}>
                <td>{formatDateTime(n.recordedAt)}</td>
                <td>{t.kinds[n.kind] ?? n.kind}</td>
                <td>{n.to.map((r) => r.name).join(', ')}</td>
                <td>
                  <a href={`/tasks/${encodeURIComponent(n.taskId)}`}>{n.subject}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
