// Who is signed in. The browser session is an HttpOnly cookie the page cannot read; the CSRF token the
// sign-in returns stays in memory (after a reload, GET /api/auth/session gives it again).
import { api, call, setCsrfToken, type Answer, type Problem } from './api/client';

export type User = Answer<'/api/auth/session'>['user'];

export async function resumeSession(): Promise<User | null> {
  const r = await call(() => api.GET('/api/auth/session'));
  if (!r.ok) return null;
  setCsrfToken(r.data.csrfToken);
  return r.data.user;
}

export async function signIn(username: string, password: string): Promise<{ user: User } | { problem: Problem }> {
  const r = await call(() => api.POST('/api/auth/session', { body: { username, password } }));
  if (!r.ok) return { problem: r.problem };
  setCsrfToken(r.data.csrfToken);
  return { user: r.data.user };
}

export async function signOut(): Promise<void> {
  await call(() => api.DELETE('/api/auth/session'));
  setCsrfToken(null);
}

export const isAgency = (u: User) => u.role === 'agency_head' || u.role === 'agency_officer';
export const isOffice = (u: User) => u.role === 'office' || u.role === 'admin';
