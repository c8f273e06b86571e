// The office registers a directive with its tasks: the directive's facts, a row per task (add rows, or
// paste rows copied from Excel), deadlines as directives write them. One bad task stores nothing, and
// the API's reason sits beside the field it names. A retry after a lost connection creates nothing twice.
import { useState } from 'preact/hooks';
import { api, call, type Body, type Problem } from '../../api/client';
import { describedBy, Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { PageTitle } from '../../components/Page';
import { useDirectory } from '../../directory';
import { m } from '../../i18n';
import { today } from '../../format';
import { parsePasted, type PastedRow } from './paste';

type Registration = Body<'/api/directives', 'post'>;
type Row = PastedRow;

const SOURCES = ['peoples_committee', 'chairman', 'government', 'party_committee', 'peoples_council'] as const;
const emptyRow = (leader = ''): Row => ({ title: '', leadAgencyId: '', coordinatingAgencyIds: [], assigningLeaderId: leader, deadline: '' });
const newKey = () => (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));

export function RegisterDirective() {
  const t = m();
  const dir = useDirectory();
  const [directive, setDirective] = useState({ number: '', date: today(), signer: '', source: 'peoples_committee', title: '' });
  const [rows, setRows] = useState<Row[]>([emptyRow()]);
  const [paste, setPaste] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const [key, setKey] = useState(newKey);
  const [created, setCreated] = useState<{ taskId: string; code: string; title: string }[]>([]);

  const setD = (k: keyof typeof directive) => (e: Event) => setDirective((d) => ({ ...d, [k]: (e.currentTarget as HTMLInputElement).value }));
  const setRow = (i: number, patch: Partial<Row>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const byIdOrName = <T extends { id: string; name: string }>(list: T[]) => (s: string) => {
    const f = s.toLowerCase();
    return list.find((x) => x.id === s || x.name.toLowerCase() === f || x.name.toLowerCase().endsWith(f))?.id ?? s;
  };
  const addPasted = () => {
    const parsed = parsePasted(paste, { agency: byIdOrName(dir.agencies), leader: byIdOrName(dir.leaders) });
    if (!parsed.length) return;
    setRows((rs) => [...rs.filter((r) => r.title || r.leadAgencyId), ...parsed]);
    setPaste('');
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const body: Registration = {
      directive: { ...directive, source: directive.source as Registration['directive']['source'] },
      tasks: rows.map((r) => ({ title: r.title, leadAgencyId: r.leadAgencyId, coordinatingAgencyIds: r.coordinatingAgencyIds, assigningLeaderId: r.assigningLeaderId, deadline: r.deadline })),
    };
    const r = await call(() => api.POST('/api/directives', { body, headers: { 'Idempotency-Key': key } }));
    setBusy(false);
    if (!r.ok) {
      setProblem(r.problem);
      if (r.problem.status > 0 && r.problem.status < 500) setKey(newKey()); // a refusal: the corrected form is a new request
      return;
    }
    setProblem(undefined);
    setCreated(r.data.tasks);
    setRows([emptyRow()]);
    setDirective((d) => ({ ...d, number: '', title: '' }));
    setKey(newKey());
  };
  const err = (f: string) => fieldProblem(problem, f);
  const input = (k: keyof typeof directive, label: string, type = 'text') => {
    const id = `d-${k}`;
    const e = err(`directive.${k}`);
    return (
      <Field id={id} label={label} error={e} required>
        <input id={id} type={type} value={directive[k]} onInput={setD(k)} required aria-invalid={e ? 'true' : undefined} aria-describedby={describedBy(id, undefined, e)} />
      </Field>
    );
  };
  return (
    <section>
      <PageTitle title={t.registerTitle} />
      {created.length ? (
        <div class="success" role="status">
          <p>{t.registered(created.length)}</p>
          <ul>
            {created.map((c) => (
              <li key={c.taskId}>
                <a href={`/tasks/${encodeURIComponent(c.taskId)}`}>
                  {c.code}: {c.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate class="register">
        <fieldset>
          <legend>{t.directive}</legend>
          <div class="filter-grid">
            {input('number', t.directiveNumber)}
            {input('date', t.directiveDate, 'date')}
            {input('signer', t.signer)}
            <Field id="d-source" label={t.sourceLabel} required>
              <select id="d-source" value={directive.source} onChange={setD('source')}>
                {SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {t.source[s]}
                  </option>
                ))}
              </select>
            </Field>
          </div>
          {input('title', t.directiveTitle)}
        </fieldset>
        <fieldset>
          <legend>{t.taskRows}</legend>
          {rows.map((r, i) => {
            const id = (f: string) => `t${i}-${f}`;
            const e = (f: string) => err(`tasks.${i}.${f}`);
            return (
              <fieldset key={i} class="task-row">
                <legend>{t.taskN(i + 1)}</legend>
                <Field id={id('title')} label={t.title} error={e('title')} required>
                  <textarea id={id('title')} rows={2} value={r.title} onInput={(ev) => setRow(i, { title: ev.currentTarget.value })} aria-invalid={e('title') ? 'true' : undefined} aria-describedby={describedBy(id('title'), undefined, e('title'))} />
                </Field>
                <div class="filter-grid">
                  <Field id={id('lead')} label={t.leadAgency} error={e('leadAgencyId')} required>
                    <select id={id('lead')} value={r.leadAgencyId} onChange={(ev) => setRow(i, { leadAgencyId: ev.currentTarget.value })} aria-invalid={e('leadAgencyId') ? 'true' : undefined} aria-describedby={describedBy(id('lead'), undefined, e('leadAgencyId'))}>
                      <option value="">{t.choose}</option>
                      {dir.agencies.filter((a) => a.active).map((a) => (
                        <option key={a.id} value={a.id}>
                          {a.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id('leader')} label={t.assigningLeader} error={e('assigningLeaderId')} required>
                    <select id={id('leader')} value={r.assigningLeaderId} onChange={(ev) => setRow(i, { assigningLeaderId: ev.currentTarget.value })} aria-invalid={e('assigningLeaderId') ? 'true' : undefined} aria-describedby={describedBy(id('leader'), undefined, e('assigningLeaderId'))}>
                      <option value="">{t.choose}</option>
                      {dir.leaders.filter((l) => l.active).map((l) => (
                        <option key={l.id} value={l.id}>
                          {l.title} {l.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field id={id('deadline')} label={t.deadline} hint={t.deadlineHelp} error={e('deadline')} required>
                    <input id={id('deadline')} value={r.deadline} onInput={(ev) => setRow(i, { deadline: ev.currentTarget.value })} aria-invalid={e('deadline') ? 'true' : undefined} aria-describedby={describedBy(id('deadline'), t.deadlineHelp, e('deadline'))} />
                  </Field>
                  <Field id={id('coord')} label={t.coordinatingAgencies} error={e('coordinatingAgencyIds')}>
                    <select id={id('coord')} multiple size={3} onChange={(ev) => setRow(i, { coordinatingAgencyIds: [...ev.currentTarget.selectedOptions].map((o) => o.value) })}>
                      {dir.agencies.filter((a) => a.active).map((a) => (
                        <option key={a.id} value={a.id} selected={r.coordinatingAgencyIds.includes(a.id)}>
                          {a.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                </div>
                {rows.length > 1 ? (
                  <button type="button" class="link danger" onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                    {t.removeRow(i + 1)}
                  </button>
                ) : null}
              </fieldset>
            );
          })}
          <button type="button" class="secondary" onClick={() => setRows((rs) => [...rs, emptyRow(rs.at(-1)?.assigningLeaderId)])}>
            {t.addRow}
          </button>
        </fieldset>
        <details class="paste">
          <summary>{t.pasteRows}</summary>
          <Field id="paste" label={t.pasteRows} hint={t.pasteHelp}>
            <textarea id="paste" rows={4} value={paste} onInput={(e) => setPaste(e.currentTarget.value)} aria-describedby="paste-hint" />
          </Field>
          <button type="button" class="secondary" onClick={addPasted}>
            {t.pasteAdd}
          </button>
        </details>
        <ProblemNote problem={problem} />
        <div class="buttons">
          <button type="submit" disabled={busy}>
            {t.registerSubmit}
          </button>
        </div>
      </form>
    </section>
  );
}
