// The task list with every filter the API has, kept in the address: a filtered list is a link anyone
// can share, and the back button returns to the previous filters or page. Pages come from the server.
import { useEffect, useState } from 'preact/hooks';
import { api, call, type Query } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { TaskTable } from '../../components/TaskTable';
import { useDirectory } from '../../directory';
import { m } from '../../i18n';
import { navigate, useLocation } from '../../router';
import { isAgency, type User } from '../../session';
import { useApi } from '../../use-api';
import { loadWorkingDays, type WorkingDays } from '../../working-days';

export const STATUSES = ['assigned', 'in_progress', 'due_soon', 'overdue', 'no_deadline', 'awaiting_review', 'refused', 'on_hold', 'completed_on_time', 'completed_late', 'withdrawn'];
const CATEGORIES = ['completed_on_time', 'completed_late', 'in_progress_on_time', 'overdue', 'due_soon', 'no_deadline', 'open'];
const SOURCES = ['government', 'party_committee', 'peoples_council', 'peoples_committee', 'chairman'];
const SORTS = ['deadline', '-deadline', '-escalation', '-updated', '-assigned', 'code'];
const KEYS = ['q', 'agency', 'agencyRole', 'status', 'category', 'source', 'leader', 'directive', 'deadlineFrom', 'deadlineTo', 'overdue', 'escalationLevel', 'kind', 'sort', 'cursor'] as const;

type ListQuery = Query<'/api/tasks'>;

function queryOf(params: URLSearchParams): ListQuery {
  const q: Record<string, string | number> = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) q[k] = k === 'escalationLevel' ? Number(v) : v;
  }
  return q as ListQuery;
}

export function useCalendar(): WorkingDays | null {
  const [cal, setCal] = useState<WorkingDays | null>(null);
  useEffect(() => void loadWorkingDays().then(setCal), []);
  return cal;
}

export function TaskList({ user }: { user: User }) {
  const t = m();
  const { query: params } = useLocation();
  const key = params.toString();
  const query = queryOf(params);
  const calendar = useCalendar();
  const page = useApi(() => call(() => api.GET('/api/tasks', { params: { query: { ...query, limit: 50 } } })), [key]);
  return (
    <section>
      <PageTitle title={t.taskList} />
      <Filters user={user} initial={params} />
      <ProblemNote problem={page.problem} onRetry={page.reload} />
      {page.loading && !page.data ? <p aria-live="polite">{t.loading}</p> : null}
      {page.data ? (
        <>
          <p class="count" aria-live="polite">
            {t.shownCount(page.data.items.length)}
          </p>
          <p class="exports" title={t.exportHint}>
            <a class="button secondary" href={`/api/tasks/export?${without(params, 'cursor')}`} download>
              {t.exportExcel}
            </a>{' '}
            <a class="button secondary" href={`/api/tasks/export?${withParam(without(params, 'cursor'), 'format', 'csv')}`} download>
              {t.exportCsv}
            </a>
          </p>
          <TaskTable rows={page.data.items} calendar={calendar} caption={t.taskList} />
          <div class="pager">
            {query.cursor ? <a href={`/tasks?${without(params, 'cursor')}`}>{t.firstPage}</a> : null}
            {page.data.nextCursor ? <a href={`/tasks?${withParam(params, 'cursor', page.data.nextCursor)}`}>{t.nextPage}</a> : null}
          </div>
        </>
      ) : null}
    </section>
  );
}

const without = (p: URLSearchParams, k: string) => {
  const c = new URLSearchParams(p);
  c.delete(k);
  return c.toString();
};
const withParam = (p: URLSearchParams | string, k: string, v: string) => {
  const c = new URLSearchParams(p);
  c.set(k, v);
  return c.toString();
};

function Filters({ user, initial }: { user: User; initial: URLSearchParams }) {
  const t = m();
  const dir = useDirectory();
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(KEYS.map((k) => [k, initial.get(k) ?? ''])));
  useEffect(() => setValues(Object.fromEntries(KEYS.map((k) => [k, initial.get(k) ?? '']))), [initial.toString()]);
  const set = (k: string) => (e: Event) => setValues((v) => ({ ...v, [k]: (e.currentTarget as HTMLInputElement).value }));
  const statuses = new Set(values.status ? values.status.split(',') : []);
  const toggleStatus = (s: string) => {
    const next = new Set(statuses);
    if (next.has(s)) next.delete(s);
    else next.add(s);
    setValues((v) => ({ ...v, status: [...next].join(',') }));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of KEYS) if (k !== 'cursor' && values[k]) p.set(k, values[k]!);
    navigate(`/tasks${p.toString() ? `?${p}` : ''}`);
  };
  return (
    <details class="filters-box" open={initial.toString() === '' || window.matchMedia('(min-width: 701px)').matches}>
      <summary>{t.filters}</summary>
    <form class="filters" onSubmit={submit} aria-label={t.filters}>
      <div class="filter-grid">
        <Field id="f-q" label={t.search}>
          <input id="f-q" type="search" value={values.q} onInput={set('q')} />
        </Field>
        {!isAgency(user) ? (
          <Field id="f-agency" label={t.agency}>
            <select id="f-agency" value={values.agency} onChange={set('agency')}>
              <option value="">{t.any}</option>
              {dir.agencies.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        ) : null}
        <Field id="f-agency-role" label={t.agencyRole}>
          <select id="f-agency-role" value={values.agencyRole} onChange={set('agencyRole')}>
            <option value="">{t.agencyRoles.any}</option>
            <option value="lead">{t.agencyRoles.lead}</option>
            <option value="coordinator">{t.agencyRoles.coordinator}</option>
          </select>
        </Field>
        <Field id="f-category" label={t.categoryLabel}>
          <select id="f-category" value={values.category} onChange={set('category')}>
            <option value="">{t.any}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t.category[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-source" label={t.sourceLabel}>
          <select id="f-source" value={values.source} onChange={set('source')}>
            <option value="">{t.any}</option>
            {SOURCES.map((s) => (
              <option key={s} value={s}>
                {t.source[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-leader" label={t.leaderLabel}>
          <select id="f-leader" value={values.leader} onChange={set('leader')}>
            <option value="">{t.any}</option>
            {dir.leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title} {l.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-directive" label={t.directiveLabel}>
          <input id="f-directive" value={values.directive} onInput={set('directive')} />
        </Field>
        <Field id="f-from" label={t.deadlineFrom}>
          <input id="f-from" type="date" value={values.deadlineFrom} onInput={set('deadlineFrom')} />
        </Field>
        <Field id="f-to" label={t.deadlineTo}>
          <input id="f-to" type="date" value={values.deadlineTo} onInput={set('deadlineTo')} />
        </Field>
        <Field id="f-level" label={t.escalationLabel}>
          <select id="f-level" value={values.escalationLevel} onChange={set('escalationLevel')}>
            <option value="">{t.any}</option>
            {[0, 1, 2, 3, 4].map((n) => (
              <option key={n} value={String(n)}>
                {n === 0 ? '0' : t.escalationLevelLong(n)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="f-kind" label={t.kindLabel}>
          <select id="f-kind" value={values.kind} onChange={set('kind')}>
            <option value="">{t.any}</option>
            <option value="report">{t.kinds2.report}</option>
            <option value="task">{t.kinds2.task}</option>
          </select>
        </Field>
        <Field id="f-sort" label={t.sortLabel}>
          <select id="f-sort" value={values.sort || 'deadline'} onChange={set('sort')}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {t.sorts[s]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="check">
        <input id="f-overdue" type="checkbox" checked={values.overdue === 'true'} onChange={(e) => setValues((v) => ({ ...v, overdue: e.currentTarget.checked ? 'true' : '' }))} />
        <label for="f-overdue">{t.overdueOnly}</label>
      </div>
      <details class="status-filter" open={statuses.size > 0}>
        <summary>{t.statusLabel}</summary>
        <fieldset>
          <legend class="visually-hidden">{t.statusLabel}</legend>
          {STATUSES.map((s) => (
            <div class="check" key={s}>
              <input id={`f-status-${s}`} type="checkbox" checked={statuses.has(s)} onChange={() => toggleStatus(s)} />
              <label for={`f-status-${s}`}>{t.status[s]}</label>
            </div>
          ))}
        </fieldset>
      </details>
      <div class="buttons">
        <button type="submit">{t.applyFilters}</button>
        <a class="button secondary" href="/tasks">
          {t.clearFilters}
        </a>
      </div>
    </form>
    </details>
  );
}
