// How notices reach an address: each at once, or one digest a working day at a chosen hour. An agency
// sets its mailbox, head and focal officer; a leader their own address; the office and the
// administrator any address. Escalations and report demands always go at once (the administrator's list).
import { useState } from 'preact/hooks';
import { api, call, type Answer, type Problem } from '../../api/client';
import { Field } from '../../components/Field';
import { PageTitle } from '../../components/Page';
import { HourSelect } from '../../components/Pickers';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { m } from '../../i18n';
import { useApi } from '../../use-api';

type Preferences = Answer<'/api/delivery-preferences'>;

export function DeliveryScreen() {
  const t = m();
  const prefs = useApi(() => call(() => api.GET('/api/delivery-preferences')), []);
  const [problem, setProblem] = useState<Problem>();
  const [done, setDone] = useState('');
  const save = async (email: string, mode: 'immediate' | 'digest', digestHour: number, name?: string) => {
    const r = await call(() => api.PUT('/api/delivery-preferences/{email}', { params: { path: { email } }, body: { mode, digestHour, ...(name ? { name } : {}) } }));
    if (!r.ok) return setProblem(r.problem);
    setProblem(undefined);
    setDone(t.saved);
    prefs.reload();
  };
  const data = prefs.data;
  return (
    <section>
      <PageTitle title={t.delivery.title} />
      <p class="intro">{t.delivery.intro}</p>
      {data ? <p class="hint">{t.delivery.alwaysNow(data.alwaysImmediate.map((k) => t.kinds[k] ?? k).join(', '))}</p> : null}
      <p class="done" role="status">
        {done}
      </p>
      <ProblemNote problem={problem ?? prefs.problem} onRetry={prefs.reload} />
      {data ? data.addresses ? <Own data={data} save={save} /> : <Any data={data} save={save} problem={problem} /> : null}
    </section>
  );
}

type Save = (email: string, mode: 'immediate' | 'digest', hour: number, name?: string) => Promise<void>;

/** An agency's or a leader's own addresses, each with its choice. */
function Own({ data, save }: { data: Preferences; save: Save }) {
  const t = m();
  return (
    <div class="scroll" tabIndex={0} role="region" aria-label={t.dataTable}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t.delivery.address}</th>
            <th scope="col">{t.delivery.mode}</th>
            <th scope="col">{t.delivery.hour}</th>
            <th scope="col">{t.save}</th>
          </tr>
        </thead>
        <tbody>
          {data.addresses!.map((a) => (
            <Row key={a.email} email={a.email} label={`${t.delivery.roles[a.role] ?? a.role}: ${a.name}`} current={data.items.find((p) => p.email === a.email)} save={save} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ email, label, current, save }: { email: string; label: string; current: Preferences['items'][number] | undefined; save: Save }) {
  const t = m();
  const [mode, setMode] = useState<'immediate' | 'digest'>(current?.mode ?? 'immediate');
  const [hour, setHour] = useState(current?.digestHour ?? 16);
  const id = email.replace(/[^a-z0-9]/gi, '-');
  return (
    <tr>
      <td>
        {label}
        <span class="sub">{email}</span>
      </td>
      <td>
        <label class="visually-hidden" for={`mode-${id}`}>{`${t.delivery.mode}: ${email}`}</label>
        <select id={`mode-${id}`} value={mode} onChange={(e) => setMode(e.currentTarget.value as 'immediate' | 'digest')}>
          <option value="immediate">{t.delivery.immediate}</option>
          <option value="digest">{t.delivery.digest}</option>
        </select>
      </td>
      <td>
        <label class="visually-hidden" for={`hour-${id}`}>{`${t.delivery.hour}: ${email}`}</label>
        <HourSelect id={`hour-${id}`} value={hour} disabled={mode === 'immediate'} onChange={setHour} />
      </td>
      <td>
        <button type="button" class="secondary small" onClick={() => void save(email, mode, hour)}>
          {t.save} <span class="visually-hidden">{email}</span>
        </button>
      </td>
    </tr>
  );
}

/** The office and the administrator: every stored choice, and any address set by hand. */
function Any({ data, save, problem }: { data: Preferences; save: Save; problem: Problem | undefined }) {
  const t = m();
  const [form, setForm] = useState({ email: '', name: '', mode: 'digest' as 'immediate' | 'digest', hour: 16 });
  return (
    <>
      <div class="scroll" tabIndex={0} role="region" aria-label={t.dataTable}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t.delivery.address}</th>
              <th scope="col">{t.delivery.mode}</th>
              <th scope="col">{t.delivery.hour}</th>
              <th scope="col">{t.save}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((p) => (
              <Row key={p.email} email={p.email} label={p.name} current={p} save={save} />
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.delivery.setAny}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save(form.email, form.mode, form.hour, form.name || undefined);
        }}
      >
        <div class="filter-grid">
          <Field id="dl-email" label={t.email} error={fieldProblem(problem, 'email')} required>
            <input id="dl-email" type="email" value={form.email} onInput={(e) => setForm({ ...form, email: e.currentTarget.value })} />
          </Field>
          <Field id="dl-name" label={t.name} error={fieldProblem(problem, 'name')}>
            <input id="dl-name" value={form.name} onInput={(e) => setForm({ ...form, name: e.currentTarget.value })} />
          </Field>
          <Field id="dl-mode" label={t.delivery.mode}>
            <select id="dl-mode" value={form.mode} onChange={(e) => setForm({ ...form, mode: e.currentTarget.value as 'immediate' | 'digest' })}>
              <option value="immediate">{t.delivery.immediate}</option>
              <option value="digest">{t.delivery.digest}</option>
            </select>
          </Field>
          <Field id="dl-hour" label={t.delivery.hour} error={fieldProblem(problem, 'digestHour')}>
            <HourSelect id="dl-hour" value={form.hour} onChange={(hour) => setForm({ ...form, hour })} />
          </Field>
        </div>
        <button type="submit">{t.save}</button>
      </form>
    </>
  );
}
