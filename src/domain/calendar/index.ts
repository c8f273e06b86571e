// The working-day calendar: dates, lunar holidays, published days off and working-day arithmetic.
export * from './local-date';
export * from './types';
export { lunarNewYear, lunarToSolar } from './lunar';
export { statutoryYear, withCompensatoryDays } from './statutory-rules';
export { DEFAULT_CALENDAR_DATA, VIETNAM_UTC_OFFSET_MINUTES } from './published';
export { WorkingCalendar, periodEnd, type Period } from './working-calendar';
export { sharedCalendarData } from './shared-data';
export { applyCalendarChange, weekdayName, type CalendarChange, type CalendarChangeProblem } from './changes';
