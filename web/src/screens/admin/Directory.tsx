// The directory the escalation ladder climbs: agencies as a tree (kind, parent, head, focal officer)
// and leaders (title, areas, the one chairman), each added and corrected here. A refusal shows the
// API's reason beside its field; a change reloads the names every screen shows.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, call, type Body, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { reloadDirectory, useDirectory, type Agency, type Leader } from '../../directory';
import { m } from '../../i18n';

const KINDS = ['office', 'department', 'district', 'commune', 'other'] as const;

/** A form's text fields, and what a save answered: the shared state of both forms below. */
function useForm<F extends Record<string, string | boolean>>(empty: F) {
  const [form, setForm] = useState<F>(empty);
  const [editing, setEditing] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const set = (k: keyof F) => (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    setForm((f) => ({ ...f, [k]: input.type === 'checkbox' ? input.checked : input.value }));
  };
  const finish = async (r: { ok: true } | { ok: false; problem: Problem }, saved: string) => {
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(saved);
    setEditing(null);
    setForm(empty);
    await reloadDirectory();
  };
  return { form, setForm, editing, setEditing, problem, done, set, finish, err: (f: string) => fieldProblem(problem, f) };
}

const EMPTY_AGENCY = { id: '', name: '', kind: 'department', parentId: '', email: '', headName: '', headEmail: '', focalName: '', focalEmail: '', focalPhone: '', active: true };

export function Agencies() {
  const dir = useDirectory();
  const t = m();
  const f = useForm(EMPTY_AGENCY);
  const children = (parent: string | null) => dir.agencies.filter((a) => a.parentId === parent || (parent === null && a.parentId !== null && !dir.agencies.some((p) => p.id === a.parentId)));
  const startEdit = (a: Agency) => {
    f.setEditing(a.id);
    f.setForm({
      id: a.id, name: a.name, kind: a.kind, parentId: a.parentId ?? '', email: a.email, headName: a.head.name, headEmail: a.head.email,
      focalName: a.focal?.name ?? '', focalEmail: a.focal?.email ?? '', focalPhone: a.focal?.phone ?? '', active: a.active,
    });
    document.getElementById('ag-name')?.focus();
  };
  const tree = (parent: string | null): ComponentChildren => {
    const list = children(parent);
    if (!list.length) return null;
    return (
      <ul class="tree">
        {list.map((a) => (
          <li key={a.id}>
            <span class="tree-name">{a.name}</span> <span class="sub-inline">({a.id} · {t.agencyKinds[a.kind] ?? a.kind}{a.active ? '' : ` · ${t.inactive}`})</span>{' '}
            <button type="button" class="link" onClick={() => startEdit(a)}>
              {t.edit} <span class="visually-hidden">{a.name}</span>
            </button>
            <span class="sub">
              {a.head.name} · {a.email}
            </span>
            {tree(a.id)}
          </li>
        ))}
      </ul>
    );
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const v = f.form;
    const body = {
      name: v.name, kind: v.kind as Body<'/api/agencies', 'post'>['kind'], parentId: v.parentId || null, email: v.email,
      head: { name: v.headName, email: v.headEmail },
      focal: v.focalName ? { name: v.focalName, ...(v.focalEmail ? { email: v.focalEmail } : {}), ...(v.focalPhone ? { phone: v.focalPhone } : {}) } : null,
      active: v.active,
    };
    const r = f.editing
      ? await call(() => api.PATCH('/api/agencies/{id}', { params: { path: { id: f.editing! } }, body }))
      : await call(() => api.POST('/api/agencies', { body: { ...body, id: v.id } }));
    await f.finish(r, t.saved);
  };
  // The API names nested fields "head.name"; the form's controls are flat.
  const err = (field: string) => f.err(field);
  return (
    <>
      <div>{tree(null)}</div>
      <h2>{f.editing ? t.editItem(f.form.name) : t.createAgency}</h2>
      <p class="done" role="status">
        {f.done}
      </p>
      <form onSubmit={save} noValidate>
        <div class="filter-grid">
          <Field id="ag-id" label={t.agencyId} error={err('id')} required>
            <input id="ag-id" value={f.form.id} onInput={f.set('id')} disabled={f.editing !== null} />
          </Field>
          <Field id="ag-name" label={t.name} error={err('name')} required>
            <input id="ag-name" value={f.form.name} onInput={f.set('name')} />
          </Field>
          <Field id="ag-kind" label={t.kind} error={err('kind')} required>
            <select id="ag-kind" value={f.form.kind} onChange={f.set('kind')}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.agencyKinds[k]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="ag-parent" label={t.parentAgency} error={err('parentId')}>
            <select id="ag-parent" value={f.form.parentId} onChange={f.set('parentId')}>
              <option value="">{t.choose}</option>
              {dir.agencies
                .filter((a) => a.id !== f.editing)
                .map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
            </select>
          </Field>
          <Field id="ag-email" label={t.email} error={err('email')} required>
            <input id="ag-email" type="email" value={f.form.email} onInput={f.set('email')} />
          </Field>
          <Field id="ag-head" label={t.headName} error={err('head.name')} required>
            <input id="ag-head" value={f.form.headName} onInput={f.set('headName')} />
          </Field>
          <Field id="ag-head-email" label={t.headEmail} error={err('head.email')} required>
            <input id="ag-head-email" type="email" value={f.form.headEmail} onInput={f.set('headEmail')} />
          </Field>
          <Field id="ag-focal" label={t.focalName} error={err('focal.name')}>
            <input id="ag-focal" value={f.form.focalName} onInput={f.set('focalName')} />
          </Field>
          <Field id="ag-focal-email" label={t.focalEmail} error={err('focal.email')}>
            <input id="ag-focal-email" type="email" value={f.form.focalEmail} onInput={f.set('focalEmail')} />
          </Field>
          <Field id="ag-focal-phone" label={t.focalPhone} error={err('focal.phone')}>
            <input id="ag-focal-phone" type="tel" value={f.form.focalPhone} onInput={f.set('focalPhone')} />
          </Field>
          <Field id="ag-active" label={t.active} error={err('active')}>
            <input id="ag-active" type="checkbox" checked={f.form.active} onChange={f.set('active')} />
          </Field>
        </div>
        <ProblemNote problem={f.problem} />
        <button type="submit">{f.editing ? t.save : t.createAgency}</button>{' '}
        {f.editing ? (
          <button type="button" class="secondary" onClick={() => (f.setEditing(null), f.setForm(EMPTY_AGENCY))}>
            {t.cancel}
          </button>
        ) : null}
      </form>
    </>
  );
}

const EMPTY_LEADER = { id: '', title: '', name: '', email: '', areas: '', isChairman: false, active: true };

export function Leaders() {
  const dir = useDirectory();
  const t = m();
  const f = useForm(EMPTY_LEADER);
  const startEdit = (l: Leader) => {
    f.setEditing(l.id);
    f.setForm({ id: l.id, title: l.title, name: l.name, email: l.email, areas: l.areas.join(', '), isChairman: l.isChairman, active: l.active });
    document.getElementById('ld-name')?.focus();
  };
  const save = async (e: Event) => {
    e.preventDefault();
    const v = f.form;
    const body = { title: v.title, name: v.name, email: v.email, areas: v.areas.split(',').map((a) => a.trim()).filter(Boolean), isChairman: v.isChairman, active: v.active };
    const r = f.editing
      ? await call(() => api.PATCH('/api/leaders/{id}', { params: { path: { id: f.editing! } }, body }))
      : await call(() => api.POST('/api/leaders', { body: { ...body, id: v.id } }));
    await f.finish(r, t.saved);
  };
  return (
    <>
      <div class="scroll" tabIndex={0} role="region" aria-label={t.dataTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.areas}</th>
              <th scope="col">{t.edit}</th>
            </tr>
          </thead>
          <tbody>
            {dir.leaders.map((l) => (
              <tr key={l.id}>
                <td>
                  {l.title} {l.name} <span class="sub">{l.id}{l.active ? '' : ` · ${t.inactive}`}</span>
                </td>
                <td>{l.email}</td>
                <td>{l.areas.join(', ')}</td>
                <td>
                  <button type="button" class="link" onClick={() => startEdit(l)}>
                    {t.edit} <span class="visually-hidden">{`${l.title} ${l.name}`}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{f.editing ? t.editItem(`${f.form.title} ${f.form.name}`) : t.createLeader}</h2>
      <p class="done" role="status">
        {f.done}
      </p>
      <form onSubmit={save} noValidate>
        <div class="filter-grid">
          <Field id="ld-id" label={t.leaderId} error={f.err('id')} required>
            <input id="ld-id" value={f.form.id} onInput={f.set('id')} disabled={f.editing !== null} />
          </Field>
          <Field id="ld-title" label={t.leaderTitle} error={f.err('title')} required>
            <input id="ld-title" value={f.form.title} onInput={f.set('title')} />
          </Field>
          <Field id="ld-name" label={t.name} error={f.err('name')} required>
            <input id="ld-name" value={f.form.name} onInput={f.set('name')} />
          </Field>
          <Field id="ld-email" label={t.email} error={f.err('email')} required>
            <input id="ld-email" type="email" value={f.form.email} onInput={f.set('email')} />
          </Field>
          <Field id="ld-areas" label={t.areas} error={f.err('areas')}>
            <input id="ld-areas" value={f.form.areas} onInput={f.set('areas')} />
          </Field>
          <Field id="ld-chairman" label={t.isChairman} error={f.err('isChairman')}>
            <input id="ld-chairman" type="checkbox" checked={f.form.isChairman} onChange={f.set('isChairman')} />
          </Field>
          <Field id="ld-active" label={t.active} error={f.err('active')}>
            <input id="ld-active" type="checkbox" checked={f.form.active} onChange={f.set('active')} />
          </Field>
        </div>
        <ProblemNote problem={f.problem} />
        <button type="submit">{f.editing ? t.save : t.createLeader}</button>{' '}
        {f.editing ? (
          <button type="button" class="secondary" onClick={() => (f.setEditing(null), f.setForm(EMPTY_LEADER))}>
            {t.cancel}
          </button>
        ) : null}
      </form>
    </>
  );
}
