// Small pure checks for action inputs. Workflow Update validators use these (no zod in the bundle).
import { isLocalDate, type CalendarData } from '../calendar';
import type { Actor, Agency } from './types';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

export function isActor(value: unknown): value is Actor {
  const a = value as Actor;
  return (
    typeof a === 'object' && a !== null && isText(a.id) && isText(a.name) &&
    ['admin', 'office', 'leader', 'agency_head', 'agency_officer', 'system'].includes(a.role) &&
    (a.agencyId === undefined || isText(a.agencyId)) &&
    (a.onBehalfOf === undefined || (typeof a.onBehalfOf === 'object' && a.onBehalfOf !== null && isText(a.onBehalfOf.id) && isText(a.onBehalfOf.name) && isText(a.onBehalfOf.role)))
  );
}

export function isAgency(value: unknown): value is Agency {
  const a = value as Agency;
  return (
    typeof a === 'object' && a !== null && isText(a.id) && isText(a.name) && EMAIL.test(a.email ?? '') &&
    typeof a.head === 'object' && a.head !== null && isText(a.head.name) && EMAIL.test(a.head.email ?? '')
  );
}

export function isCalendarData(value: unknown): value is CalendarData {
  const c = value as CalendarData;
  if (typeof c !== 'object' || c === null || !Number.isInteger(c.utcOffsetMinutes) || !Array.isArray(c.years)) return false;
  return c.years.every(
    (y) =>
      Number.isInteger(y.year) &&
      ['published', 'provisional', 'rule'].includes(y.status) &&
      Array.isArray(y.daysOff) &&
      Array.isArray(y.makeUpWorkingDays) &&
      y.daysOff.every((d) => isLocalDate(d.date) && d.date.startsWith(`${y.year}-`) && ['holiday', 'compensatory', 'swapped'].includes(d.kind)) &&
      y.makeUpWorkingDays.every((d) => isLocalDate(d.date) && d.date.startsWith(`${y.year}-`)),
  );
}
