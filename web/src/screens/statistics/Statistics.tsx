// Statistics for a period as of a snapshot date, by agency, leader or source, with the formula chosen;
// the same report downloads as the official Excel or CSV table. The choices live in the address.
import { useEffect, useState } from 'preact/hooks';
import type { Query } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { ProblemNote } from '../../components/ProblemNote';
import { m } from '../../i18n';
import { navigate, useLocation } from '../../router';
import type { User } from '../../session';
import { useApi } from '../../use-api';
import { getStatistics, StatisticsView } from './StatisticsView';

type StatsQuery = Query<'/api/statistics'>;
const KEYS = ['groupBy', 'from', 'to', 'snapshot', 'formula'] as const;

export function Statistics({ user: _user }: { user: User }) {
  const t = m();
  const { query: params } = useLocation();
  const key = params.toString();
  const query: StatsQuery = {};
  for (const k of KEYS) {
    const v = params.get(k);
    if (v) (query as Record<string, string>)[k] = v;
  }
  const report = useApi(() => getStatistics(query), [key]);
  const [values, setValues] = useState<Record<string, string>>({});
  useEffect(() => setValues(Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? '']))), [key]);
  const set = (k: string) => (e: Event) => setValues((v) => ({ ...v, [k]: (e.currentTarget as HTMLInputElement).value }));
  const submit = (e: Event) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const k of KEYS) if (values[k]) p.set(k, values[k]!);
    navigate(`/statistics${p.toString() ? `?${p}` : ''}`);
  };
  const download = (format: 'xlsx' | 'csv') => {
    const p = new URLSearchParams(params);
    p.set('format', format);
    return `/api/statistics?${p}`;
  };
  return (
    <section>
      <PageTitle title={t.statisticsTitle} />
      <form class="filters" onSubmit={submit} aria-label={t.filters}>
        <div class="filter-grid">
          <Field id="s-group" label={t.groupBy}>
            <select id="s-group" value={values.groupBy || 'agency'} onChange={set('groupBy')}>
              {(['agency', 'leader', 'source'] as const).map((g) => (
                <option key={g} value={g}>
                  {t.groups[g]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="s-from" label={t.periodFrom}>
            <input id="s-from" type="date" value={values.from} onInput={set('from')} />
          </Field>
          <Field id="s-to" label={t.periodTo}>
            <input id="s-to" type="date" value={values.to} onInput={set('to')} />
          </Field>
          <Field id="s-snapshot" label={t.snapshot}>
            <input id="s-snapshot" type="date" value={values.snapshot} onInput={set('snapshot')} />
          </Field>
          <Field id="s-formula" label={t.formula}>
            <select id="s-formula" value={values.formula} onChange={set('formula')}>
              <option value="">{t.any}</option>
              {Object.keys(t.formulas).map((f) => (
                <option key={f} value={f}>
                  {t.formulas[f]}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="buttons">
          <button type="submit">{t.show}</button>
          <a class="button secondary" href={download('xlsx')} download>
            {t.downloadXlsx}
          </a>
          <a class="button secondary" href={download('csv')} download>
            {t.downloadCsv}
          </a>
        </div>
      </form>
      <ProblemNote problem={report.problem} onRetry={report.reload} />
      {report.loading && !report.data ? <p>{t.loading}</p> : null}
      {report.data ? <StatisticsView report={report.data} /> : null}
    </section>
  );
}
