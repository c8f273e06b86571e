// What the administrator reads and sets: the statistics settings, the audit log and the outbox.
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { forgetDirectory } from '../../directory';
import { formatDateTime } from '../../format';
import { m } from '../../i18n';
import { useApi } from '../../use-api';

export function Settings() {
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

export function Audit() {
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

export function Outbox() {
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
                <td>
                  {n.kind === 'digest' ? t.delivery.digestKind : (t.kinds[n.kind] ?? n.kind)}
                  {n.status === 'queued' ? <span class="sub">{t.delivery.queued}</span> : null}
                </td>
                <td>{n.to.map((r) => r.name).join(', ')}</td>
                <td>
                  {n.taskId ? <a href={`/tasks/${encodeURIComponent(n.taskId)}`}>{n.subject}</a> : n.subject}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
