// The actions the user may take, as buttons; each opens its form beside it. A refusal shows the
// workflow's reason next to the field it names (or above the button), a lost connection or a 503 says
// so, and what was typed stays. On success the page shows the task's new state.
import { useState } from 'preact/hooks';
import type { Problem } from '../../api/client';
import { describedBy, Field } from '../../components/Field';
import { fieldProblem, ProblemNote } from '../../components/ProblemNote';
import { WorkingDayPicker } from '../../components/WorkingDayPicker';
import { useDirectory } from '../../directory';
import { m } from '../../i18n';
import type { WorkingDays } from '../../working-days';
import { ACTIONS, type Choice } from './actions';

type FieldName = 'note' | 'percent' | 'summary' | 'documents' | 'reason' | 'plan' | 'proposedDeadline' | 'newDeadline' | 'comment' | 'newLeadAgencyId';

const FORMS: Record<Choice, { action: keyof typeof ACTIONS; fields: FieldName[]; required: FieldName[]; fixed?: Record<string, string> }> = {
  acknowledge: { action: 'acknowledge', fields: [], required: [] },
  report_progress: { action: 'report_progress', fields: ['note', 'percent'], required: ['note'] },
  submit_completion: { action: 'submit_completion', fields: ['summary', 'documents'], required: ['summary'] },
  propose_extension: { action: 'propose_extension', fields: ['proposedDeadline', 'reason', 'plan'], required: ['proposedDeadline', 'reason', 'plan'] },
  refuse: { action: 'refuse', fields: ['reason'], required: ['reason'] },
  accept: { action: 'review_completion', fields: [], required: [], fixed: { decision: 'accept' } },
  return: { action: 'review_completion', fields: ['reason'], required: ['reason'], fixed: { decision: 'return' } },
  approve: { action: 'decide_extension', fields: ['comment'], required: [], fixed: { decision: 'approve' } },
  approveOther: { action: 'decide_extension', fields: ['newDeadline', 'comment'], required: ['newDeadline'], fixed: { decision: 'approve' } },
  reject: { action: 'decide_extension', fields: ['comment'], required: ['comment'], fixed: { decision: 'reject' } },
  withdraw: { action: 'withdraw', fields: ['reason'], required: ['reason'] },
  reassign: { action: 'reassign', fields: ['newLeadAgencyId', 'reason'], required: ['newLeadAgencyId', 'reason'] },
  amend_deadline: { action: 'amend_deadline', fields: ['newDeadline', 'reason'], required: ['newDeadline', 'reason'] },
  hold: { action: 'hold', fields: ['reason'], required: ['reason'] },
  resume: { action: 'resume', fields: ['newDeadline', 'comment'], required: [] },
  insist: { action: 'insist', fields: ['comment'], required: ['comment'] },
};

function bodyOf(choice: Choice, values: Record<string, string>, percentAllowed: boolean): Record<string, unknown> {
  const form = FORMS[choice];
  const body: Record<string, unknown> = { ...form.fixed };
  for (const f of form.fields) {
    const v = (values[f] ?? '').trim();
    if (!v) continue;
    if (f === 'percent') {
      if (percentAllowed) body.percent = Number(v);
    } else if (f === 'documents') body.documents = v.split('\n').map((x) => x.trim()).filter(Boolean);
    else body[f] = v;
  }
  if (choice === 'submit_completion' && !body.documents) body.documents = [];
  return body;
}

export function ActionPanel(props: {
  taskId: string;
  choices: Choice[];
  calendar: WorkingDays | null;
  deadline: string | null;
  proposedDeadline: string | null;
  leadAgencyId: string;
  percentAllowed: boolean;
  onDone: (message: string) => void;
}) {
  const t = m();
  const [open, setOpen] = useState<Choice | null>(null);
  if (!props.choices.length) return null;
  return (
    <section class="actions" aria-labelledby="actions-title">
      <h2 id="actions-title">{t.actions}</h2>
      <div class="action-buttons">
        {props.choices.map((c) => (
          <button
            key={c}
            type="button"
            class={open === c ? '' : 'secondary'}
            aria-expanded={open === c}
            aria-controls={`form-${c}`}
            onClick={() => setOpen(open === c ? null : c)}
          >
            {t.act[c]}
          </button>
        ))}
      </div>
      {open ? (
        <ActionForm
          key={open}
          choice={open}
          {...props}
          onDone={(msg) => {
            setOpen(null);
            props.onDone(msg);
          }}
        />
      ) : null}
    </section>
  );
}

function ActionForm(props: {
  choice: Choice;
  taskId: string;
  calendar: WorkingDays | null;
  deadline: string | null;
  proposedDeadline: string | null;
  leadAgencyId: string;
  percentAllowed: boolean;
  onDone: (message: string) => void;
}) {
  const t = m();
  const dir = useDirectory();
  const { choice } = props;
  const form = FORMS[choice];
  const [values, setValues] = useState<Record<string, string>>(() => (choice === 'approveOther' && props.proposedDeadline ? { newDeadline: props.proposedDeadline } : ({} as Record<string, string>)));
  const [problem, setProblem] = useState<Problem>();
  const [busy, setBusy] = useState(false);
  const set = (f: string) => (e: Event) => setValues((v) => ({ ...v, [f]: (e.currentTarget as HTMLInputElement).value }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    const run = ACTIONS[form.action] as (id: string, body: Record<string, unknown>) => ReturnType<(typeof ACTIONS)['hold']>;
    const r = await run(props.taskId, bodyOf(choice, values, props.percentAllowed));
    setBusy(false);
    if (r.ok) props.onDone(t.done[form.action] ?? '');
    else setProblem(r.problem);
  };
  const err = (f: string) => fieldProblem(problem, f);
  const generalProblem = problem && !(problem.fields ?? []).some((f) => form.fields.some((name) => f.field === name || f.field.endsWith(`.${name}`))) ? problem : undefined;
  const labels: Record<FieldName, string> = {
    note: t.note, percent: t.percent, summary: t.summary, documents: t.documentRefs, reason: t.reason, plan: t.plan,
    proposedDeadline: t.proposedDeadline, newDeadline: choice === 'approveOther' ? t.otherDate : t.newDeadline, comment: choice === 'reject' ? t.commentRequired : t.comment, newLeadAgencyId: t.newLead,
  };
  const id = (f: string) => `${choice}-${f}`;
  return (
    <form id={`form-${choice}`} class="action-form" onSubmit={submit} noValidate aria-label={t.act[choice]}>
      {form.fields.map((f) => {
        if (f === 'percent' && !props.percentAllowed) return null;
        const required = form.required.includes(f);
        if (f === 'proposedDeadline' || f === 'newDeadline') {
          return (
            <WorkingDayPicker key={f} id={id(f)} label={labels[f]} value={values[f] ?? ''} onChange={(d) => setValues((v) => ({ ...v, [f]: d }))} calendar={props.calendar} from={props.deadline} error={err(f)} required={required} />
          );
        }
        if (f === 'newLeadAgencyId') {
          return (
            <Field key={f} id={id(f)} label={labels[f]} error={err(f)} required={required}>
              <select id={id(f)} value={values[f] ?? ''} onChange={set(f)} aria-invalid={err(f) ? 'true' : undefined} aria-describedby={describedBy(id(f), undefined, err(f))}>
                <option value="">{t.choose}</option>
                {dir.agencies
                  .filter((a) => a.active && a.id !== props.leadAgencyId)
                  .map((a) => (
                    <option key={a.id} value={a.id}>
                      {a.name}
                    </option>
                  ))}
              </select>
            </Field>
          );
        }
        if (f === 'percent') {
          return (
            <Field key={f} id={id(f)} label={labels[f]} error={err(f)}>
              <input id={id(f)} type="number" inputMode="numeric" min={0} max={100} step={1} value={values[f] ?? ''} onInput={set(f)} aria-invalid={err(f) ? 'true' : undefined} aria-describedby={describedBy(id(f), undefined, err(f))} />
            </Field>
          );
        }
        return (
          <Field key={f} id={id(f)} label={labels[f]} error={err(f)} required={required}>
            <textarea id={id(f)} rows={f === 'documents' ? 2 : 3} value={values[f] ?? ''} onInput={set(f)} required={required} aria-invalid={err(f) ? 'true' : undefined} aria-describedby={describedBy(id(f), undefined, err(f))} />
          </Field>
        );
      })}
      <ProblemNote problem={generalProblem} />
      <div class="buttons">
        <button type="submit" disabled={busy}>
          {t.act[choice]}
        </button>
      </div>
    </form>
  );
}
