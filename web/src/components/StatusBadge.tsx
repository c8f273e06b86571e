// A task's status: the word, an icon and a colour (never the colour alone); overdue deepens with each escalation level.
import { m } from '../i18n';
import { Icon } from './Icon';

const ICONS: Record<string, string> = {
  completed_on_time: 'check', completed_late: 'check', in_progress: 'play', due_soon: 'clock', overdue: 'alert', awaiting_review: 'hourglass',
  assigned: 'inbox', no_deadline: 'infinity', on_hold: 'pause', refused: 'ban', withdrawn: 'cross',
};

export function StatusBadge({ status, level = 0 }: { status: string; level?: number }) {
  const word = m().status[status] ?? status;
  const deep = status === 'overdue' && level > 0 ? ` status-overdue-${Math.min(level, 4)}` : '';
  return (
    <span class={`status status-${status}${deep}`}>
      <Icon name={ICONS[status] ?? 'clock'} />
      <span>{word}</span>
      {status === 'overdue' && level > 0 ? <span class="status-level">· {m().escalationLevel(level)}</span> : null}
    </span>
  );
}
