// Pickers several forms share: an active leader, the agencies to include, an hour of the day.
import type { ComponentChildren } from 'preact';
import { useDirectory } from '../directory';
import { m } from '../i18n';

export function LeaderSelect({ id, value, onChange }: { id: string; value: string; onChange: (leaderId: string) => void }) {
  const dir = useDirectory();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      <option value="">{m().choose}</option>
      {dir.leaders.filter((l) => l.active).map((l) => (
        <option key={l.id} value={l.id}>{`${l.title} ${l.name}`}</option>
      ))}
    </select>
  );
}

/** A checkbox for each active agency (the office aside), in a fieldset with its legend and the API's reason. */
export function AgencyChecks({ legend, error, chosen, onChange, children }: { legend: string; error?: string | undefined; chosen: string[]; onChange: (ids: string[]) => void; children?: ComponentChildren }) {
  const dir = useDirectory();
  const toggle = (id: string) => onChange(chosen.includes(id) ? chosen.filter((a) => a !== id) : [...chosen, id]);
  return (
    <fieldset>
      <legend>{legend}</legend>
      {children}
      {error ? <p class="error">{error}</p> : null}
      <div class="checks">
        {dir.agencies.filter((a) => a.active && a.kind !== 'office').map((a) => (
          <label key={a.id}>
            <input type="checkbox" checked={chosen.includes(a.id)} onChange={() => toggle(a.id)} /> {a.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

export function HourSelect({ id, value, onChange, disabled = false }: { id: string; value: number; onChange: (hour: number) => void; disabled?: boolean }) {
  return (
    <select id={id} value={String(value)} disabled={disabled} onChange={(e) => onChange(Number(e.currentTarget.value))}>
      {HOURS.map((h) => (
        <option key={h} value={String(h)}>{`${String(h).padStart(2, '0')}:00`}</option>
      ))}
    </select>
  );
}
