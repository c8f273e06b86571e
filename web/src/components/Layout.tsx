// The frame of every signed-in screen: a skip link, the header with the user's name and role, the
// language switch and sign-out, the navigation for the role, and the main region.
import type { ComponentChildren } from 'preact';
import { currentLang, m, setLang } from '../i18n';
import { useLocation } from '../router';
import { isAgency, isOffice, type User } from '../session';

export function navItems(user: User): { href: string; label: string }[] {
  const n = m().nav;
  // The home screen is the role's first screen (UI.md): the office's is its inbox.
  const items = [{ href: '/', label: isAgency(user) ? n.myTasks : user.role === 'office' ? n.inbox : n.home }];
  if (user.role === 'admin') items.push({ href: '/inbox', label: n.inbox });
  if (user.role === 'leader') items.push({ href: '/approvals', label: n.approvals });
  items.push({ href: '/tasks', label: n.tasks });
  if (isOffice(user) || user.role === 'leader') items.push({ href: '/overview', label: n.overview });
  items.push({ href: '/statistics', label: n.statistics });
  if (isOffice(user)) items.push({ href: '/directives/new', label: n.register }, { href: '/import', label: n.import });
  if (isOffice(user) || user.role === 'leader') items.push({ href: '/regimes', label: n.regimes }, { href: '/inspections', label: n.inspections });
  if (user.role === 'admin') items.push({ href: '/admin', label: n.admin });
  return items;
}

export function Layout({ user, onSignOut, children }: { user: User; onSignOut: () => void; children: ComponentChildren }) {
  const t = m();
  const { path } = useLocation();
  const current = (href: string) => (href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`));
  return (
    <>
      <a class="skip" href="#main">
        {t.skipToContent}
      </a>
      <header class="top">
        <a class="brand" href="/">
          <span class="brand-mark" aria-hidden="true">ĐĐ</span>
          <span>{t.appName}</span>
        </a>
        <div class="who">
          <span class="who-name">{user.name}</span>
          <span class="who-role">{t.role[user.role] ?? user.role}</span>
        </div>
        <div class="top-actions">
          <a href="/notifications" aria-current={path === '/notifications' ? 'page' : undefined}>
            {t.delivery.link}
          </a>
          <a href="/delegations" aria-current={path === '/delegations' ? 'page' : undefined}>
            {t.delegations.link}
          </a>
          <button type="button" class="link" lang={currentLang() === 'vi' ? 'en' : 'vi'} aria-label={t.switchLanguageLabel} onClick={() => setLang(currentLang() === 'vi' ? 'en' : 'vi')}>
            {t.switchLanguage}
          </button>
          <button type="button" class="link" onClick={onSignOut}>
            {t.signOut}
          </button>
        </div>
      </header>
      <nav class="nav" aria-label={t.mainNav}>
        <ul>
          {navItems(user).map((i) => (
            <li key={i.href}>
              <a href={i.href} aria-current={current(i.href) ? 'page' : undefined}>
                {i.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
