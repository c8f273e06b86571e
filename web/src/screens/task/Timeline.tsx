// The task's timeline: every action with its actor, every notice with its recipients and why it fell
// on its day (rule, working-day offset, days off skipped), every pending event with its date.
import { useState } from 'preact/hooks';
import type { Answer } from '../../api/client';
import { Icon } from '../../components/Icon';
import { formatDateTime, formatDay } from '../../format';
import { m } from '../../i18n';

type Timeline = Answer<'/api/tasks/{id}/timeline'>;
type Entry = Timeline['entries'][number];
type Why = NonNullable<Extract<Entry, { type: 'pending' }>['why']>;

export function whySentence(w: Why): string {
  const t = m();
  const d = formatDay(w.anchorDay);
  const n = w.workingDays ?? 0;
  let text: string;
  switch (w.rule) {
    case 'reminder': text = t.why.reminder(n, d); break;
    case 'due_soon': text = t.why.due_soon(n, d); break;
    case 'deadline': text = t.why.deadline(d); break;
    case 'escalation': text = t.why.escalation(w.level ?? 0, n, d, t.why.targets[w.target ?? ''] ?? w.target ?? ''); break;
    case 'overdue_notice': text = t.why.overdue_notice(w.level ?? 0, n); break;
    case 'acknowledgement_reminder': text = t.why.acknowledgement_reminder(n); break;
    case 'extension_reminder': text = t.why.extension_reminder(n); break;
    case 'extension_escalation': text = t.why.extension_escalation(n); break;
    case 'review_reminder': text = t.why.review_reminder(n); break;
    case 'refusal_reminder': text = t.why.refusal_reminder(n); break;
    case 'progress_report_request': text = t.why.progress_report_request; break;
    default: text = w.rule;
  }
  const extra: string[] = [];
  if (w.daysOffSkipped.length) extra.push(t.why.skipped(w.daysOffSkipped.map((x) => `${x.name} (${formatDay(x.date)})`).join(', ')));
  if (w.weekendDaysSkipped) extra.push(t.why.weekends(w.weekendDaysSkipped));
  return extra.length ? `${text}; ${extra.join('; ')}.` : `${text}.`;
}

function detailsText(details: Record<string, unknown>): string {
  const t = m();
  const parts: string[] = [];
  const str = (k: string) => (typeof details[k] === 'string' && details[k] ? String(details[k]) : null);
  if (typeof details.percent === 'number') parts.push(`${details.percent} %`);
  for (const k of ['note', 'summary', 'reason', 'comment']) if (str(k)) parts.push(str(k)!);
  if (str('proposedDeadline')) parts.push(`${t.proposedDeadline}: ${formatDay(str('proposedDeadline'))}`);
  if (str('newDeadline')) parts.push(`${t.newDeadline}: ${formatDay(str('newDeadline'))}`);
  if (str('to') && str('from')) parts.push(`${str('from')} → ${str('to')}`);
  if (typeof details.level === 'number') parts.push(t.escalationLevelLong(details.level));
  if (Array.isArray(details.documents) && details.documents.length) parts.push(`${t.documents}: ${details.documents.join(', ')}`);
  return parts.join(' — ');
}

export function TimelineView({ timeline }: { timeline: Timeline }) {
  const t = m();
  const [newestFirst, setNewestFirst] = useState(true);
  // What is still to come, soonest first; then what happened, in the order the reader chose.
  const pending = timeline.entries.filter((e) => e.type === 'pending');
  const past = timeline.entries.filter((e) => e.type !== 'pending');
  const entries = newestFirst ? [...past].reverse() : past;
  return (
    <section class="timeline" aria-labelledby="timeline-title">
      <div class="section-head">
        <h2 id="timeline-title">{t.timeline}</h2>
        <button type="button" class="link" onClick={() => setNewestFirst(!newestFirst)}>
          {newestFirst ? t.oldestFirst : t.newestFirst}
        </button>
      </div>
      {pending.length ? (
        <>
          <h3 class="tl-group">{t.pendingEvent}</h3>
          <ol>
            {pending.map((e) => (
              <li key={`${e.type}-${'seq' in e ? e.seq : e.key}`} class={`tl tl-${e.type}`}>
                <Item entry={e} />
              </li>
            ))}
          </ol>
          <h3 class="tl-group">{t.happened}</h3>
        </>
      ) : null}
      <ol>
        {entries.map((e) => (
          <li key={`${e.type}-${'seq' in e ? e.seq : e.key}`} class={`tl tl-${e.type}`}>
            <Item entry={e} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function Item({ entry: e }: { entry: Entry }) {
  const t = m();
  if (e.type === 'action') {
    const text = detailsText(e.details);
    return (
      <>
        <Icon name={e.actorRole === 'system' ? 'bell' : 'user'} />
        <div>
          <p class="tl-head">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> · <strong>{t.history[e.action] ?? e.action}</strong>
          </p>
          <p class="tl-actor">{e.actorRole === 'system' ? t.system : `${e.actorName} (${t.role[e.actorRole] ?? e.actorRole})`}</p>
          {text ? <p class="tl-text">{text}</p> : null}
        </div>
      </>
    );
  }
  if (e.type === 'notice') {
    return (
      <>
        <Icon name="inbox" />
        <div>
          <p class="tl-head">
            <time dateTime={e.at}>{formatDateTime(e.at)}</time> · <strong>{`${t.noticeSent}: ${t.kinds[e.kind] ?? e.kind}`}</strong>
          </p>
          <p class="tl-text">
            {t.recipients}: {e.to.map((r) => r.name).join(', ')}
            {e.cc.length ? `; ${t.cc}: ${e.cc.map((r) => r.name).join(', ')}` : ''}
          </p>
          {e.why ? <p class="tl-why">{whySentence(e.why)}</p> : null}
        </div>
      </>
    );
  }
  return (
    <>
      <Icon name="clock" />
      <div>
        <p class="tl-head">
<time dateTime={e.at}>{formatDateTime(e.at)}</time> · <strong>{t.kinds[e.kind] ?? e.kind}</strong>
        </p>
        {e.why ? <p class="tl-why">{whySentence(e.why)}</p> : null}
      </div>
    </>
  );
}
