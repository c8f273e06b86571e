// The holiday calendar as a year view (days off, compensatory days, make-up working days, each with its
// source; provisional years marked) and one correction at a time with its reason and source.
import { useState } from 'preact/hooks';
import { api, call, type Body, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { formatDateTime, formatDay, weekday } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';
import { reloadWorkingDays } from '../../working-days';

export function CalendarYear() {
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
