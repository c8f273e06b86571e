// A date field that knows the working calendar: the typed date, a month view beside it where days off
// (holidays, compensatory days, weekends) are marked with their names and make-up working days too,
// and a line saying how many working days the chosen day is after the deadline in force.
import { useEffect, useState } from 'preact/hooks';
import { formatDay } from '../format';
import { m } from '../i18n';
import { addDays, type WorkingDays } from '../working-days';
import { describedBy, Field } from './Field';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (day: string) => void;
  calendar: WorkingDays | null;
  /** The deadline in force: the line under the field counts working days from it. */
  from?: string | null;
  error?: string | undefined;
  required?: boolean;
}

export function WorkingDayPicker({ id, label, value, onChange, calendar, from, error, required }: Props) {
  const t = m();
  const start = value || from || new Date().toISOString().slice(0, 10);
  const [month, setMonth] = useState(start.slice(0, 7));
  useEffect(() => {
    if (value) setMonth(value.slice(0, 7));
  }, [value]);
  const info = value && calendar ? calendar.info(value) : null;
  const note = info
    ? info.dayOff
      ? t.picker.dayOffWarning(info.dayOff.name)
      : !info.working
        ? t.picker.weekendWarning
        : from && value > from
          ? t.picker.workingDaysFrom(calendar!.between(from, value), formatDay(from))
          : ''
    : '';
  const hint = note || undefined;
  return (
    <div class="picker">
      <Field id={id} label={label} hint={hint} error={error} required={required}>
        <input
          id={id}
          type="date"
          value={value}
          required={required}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(id, hint, error)}
          onInput={(e) => onChange(e.currentTarget.value)}
        />
      </Field>
      {calendar ? <MonthView month={month} setMonth={setMonth} value={value} onPick={onChange} calendar={calendar} labelId={id} /> : null}
    </div>
  );
}

function shiftMonth(month: string, by: number): string {
  const [y, mo] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, mo - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

function MonthView({ month, setMonth, value, onPick, calendar, labelId }: { month: string; setMonth: (m: string) => void; value: string; onPick: (d: string) => void; calendar: WorkingDays; labelId: string }) {
  const t = m();
  const [y, mo] = month.split('-').map(Number) as [number, number];
  const first = `${month}-01`;
  const lead = new Date(`${first}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  const days: (string | null)[] = Array.from({ length: lead }, () => null);
  for (let d = first; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  while (days.length % 7) days.push(null);
  const weeks = Array.from({ length: days.length / 7 }, (_, i) => days.slice(i * 7, i * 7 + 7));
  const captionId = `${labelId}-month`;
  return (
    <div class="month">
      <div class="month-head">
        <button type="button" class="secondary small" onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t.picker.previousMonth}>
          ‹
        </button>
        <span id={captionId}>{t.picker.monthOf(mo, y)}</span>
        <button type="button" class="secondary small" onClick={() => setMonth(shiftMonth(month, 1))} aria-label={t.picker.nextMonth}>
          ›
        </button>
      </div>
      <table aria-labelledby={captionId}>
        <thead>
          <tr>
            {[1, 2, 3, 4, 5, 6, 0].map((d) => (
              <th key={d} scope="col">
                {t.weekdays[d]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, i) => (
            <tr key={i}>
              {[1, 2, 3, 4, 5, 6, 0].map((wd) => {
                const day = week[wd];
                if (!day) return <td key={wd} />;
                const info = calendar.info(day);
                const cls = [info.dayOff ? 'day-off' : '', !info.dayOff && info.weekend && !info.makeUp ? 'weekend' : '', info.makeUp ? 'make-up' : '', day === value ? 'selected' : ''].join(' ');
                const rest = `/${day.slice(5, 7)}/${day.slice(0, 4)}${info.dayOff ? ` — ${info.dayOff.name}` : info.makeUp ? ` — ${t.picker.legendMakeUp}` : ''}`;
                return (
                  <td key={wd}>
                    <button type="button" class={`day ${cls}`} aria-pressed={day === value} title={info.dayOff?.name} onClick={() => onPick(day)}>
                      {Number(day.slice(8))}
                      <span class="visually-hidden">{rest}</span>
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <ul class="legend">
        <li>
          <span class="swatch day-off" aria-hidden="true" /> {t.picker.legendDayOff}
        </li>
        <li>
          <span class="swatch weekend" aria-hidden="true" /> {t.picker.legendWeekend}
        </li>
        <li>
          <span class="swatch make-up" aria-hidden="true" /> {t.picker.legendMakeUp}
        </li>
      </ul>
    </div>
  );
}
