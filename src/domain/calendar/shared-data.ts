// One frozen copy of each distinct calendar: every task carries its calendar data (the days off of the
// years it spans), and thousands of open task workflows hold the same few kilobytes in the same worker.
import type { CalendarData } from './types';

/** At most this many distinct calendars are kept (a correction makes a new one; the old ones leave in turn). */
const KEPT = 8;
const byText = new Map<string, CalendarData>();
const sharedOf = new WeakMap<object, CalendarData>();

/**
 * The shared, deep-frozen copy of calendar data equal to `data` (equal as JSON, the form it travels in
 * Temporal payloads). The same object asked again is answered from a WeakMap, without serializing it.
 * Deterministic inside a workflow: what a caller gets is equal to what it gave, whoever asked first.
 */
export function sharedCalendarData(data: CalendarData): CalendarData {
  const known = sharedOf.get(data);
  if (known) return known;
  const text = JSON.stringify(data);
  let shared = byText.get(text);
  if (!shared) {
    shared = deepFreeze(JSON.parse(text) as CalendarData);
    byText.set(text, shared);
    if (byText.size > KEPT) byText.delete(byText.keys().next().value!);
  }
  sharedOf.set(data, shared);
  sharedOf.set(shared, shared);
  return shared;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
