// The administrator's screens: agencies as a tree and leaders (added and corrected), users (create, reset a password,
// deactivate), the holiday calendar as a year view with corrections, the statistics settings, the
// audit log and the outbox. One sub-navigation; each section reads and writes through the typed client.
import type { ComponentChildren } from 'preact';
import { PageTitle } from '../../components/Page';
import { m } from '../../i18n';
import { CalendarYear } from './CalendarYear';
import { Agencies, Leaders } from './Directory';
import { Audit, Outbox, Settings } from './Records';
import { Users } from './Users';

const SECTIONS = ['agencies', 'leaders', 'users', 'calendar', 'settings', 'audit', 'outbox'] as const;

export function AdminScreen({ section }: { section: string }) {
  const t = m();
  const titles: Record<string, string> = {
    agencies: t.adminAgencies, leaders: t.adminLeaders, users: t.adminUsers, calendar: t.adminCalendar, settings: t.adminSettings, audit: t.adminAudit, outbox: t.adminOutbox,
  };
  const body: Record<string, () => ComponentChildren> = {
    agencies: () => <Agencies />, leaders: () => <Leaders />, users: () => <Users />, calendar: () => <CalendarYear />, settings: () => <Settings />, audit: () => <Audit />, outbox: () => <Outbox />,
  };
  const current = (SECTIONS as readonly string[]).includes(section) ? section : 'agencies';
  return (
    <section>
      <PageTitle title={`${t.adminTitle}: ${titles[current]}`} />
      <nav class="subnav" aria-label={t.adminTitle}>
        <ul>
          {SECTIONS.map((s) => (
            <li key={s}>
              <a href={`/admin/${s}`} aria-current={s === current ? 'page' : undefined}>
                {titles[s]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {body[current]!()}
    </section>
  );
}
