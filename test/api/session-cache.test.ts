// A session found valid is trusted for a few seconds without reading it again; signing out forgets it at
// once, a change to users forgets every one, and after the few seconds (or the session's own expiry)
// the register decides again: a session ended by another process stops working within that time.
import { authenticate, forgetSessions, hashPassword, LoginLimiter, login, logout } from '../../src/api/auth';
import { registerPerFile } from '../support/register';

const register = registerPerFile();

beforeAll(async () => {
  await register().query(`INSERT INTO users (id, name, email, role, password_hash) VALUES ('vp', 'Văn phòng', 'vp@example.gov.vn', 'office', $1)`, [await hashPassword('mat-khau-vp-1')]);
});
afterEach(() => jest.restoreAllMocks());

const signIn = async () => (await login(register(), new LoginLimiter(), 'vp', 'mat-khau-vp-1', '127.0.0.1')).token;
const asks = (token: string) => authenticate(register(), `Bearer ${token}`);
const endElsewhere = (token: string) => register().query('DELETE FROM sessions WHERE token_hash = (SELECT token_hash FROM sessions ORDER BY expires_at DESC LIMIT 1)').then(() => token);

it('trusts a session it has just read for five seconds, then reads it again', async () => {
  const token = await signIn();
  expect((await asks(token)).principal.role).toBe('office');
  await endElsewhere(token); // another process signs it out
  expect((await asks(token)).principal.userId).toBe('vp'); // still trusted: read less than 5 s ago
  const now = Date.now();
  jest.spyOn(Date, 'now').mockReturnValue(now + 5_001);
  await expect(asks(token)).rejects.toMatchObject({ status: 401, code: 'SESSION_EXPIRED' });
});

it('forgets a session signed out here at once, and every session when users change', async () => {
  const a = await signIn();
  await asks(a);
  await logout(register(), a);
  await expect(asks(a)).rejects.toMatchObject({ status: 401 });

  const b = await signIn();
  await asks(b);
  await register().query(`UPDATE users SET role = 'admin' WHERE id = 'vp'`);
  expect((await asks(b)).principal.role).toBe('office'); // not told yet
  forgetSessions(register());
  expect((await asks(b)).principal.role).toBe('admin');
});

it("never trusts a session past its own expiry", async () => {
  const token = await signIn();
  await register().query(`UPDATE sessions SET expires_at = now() + interval '2 seconds'`);
  await asks(token);
  const now = Date.now();
  jest.spyOn(Date, 'now').mockReturnValue(now + 2_500); // inside the 5 s, past the session's end
  await register().query(`UPDATE sessions SET expires_at = now() - interval '1 second'`); // as the clock says by then
  await expect(asks(token)).rejects.toMatchObject({ status: 401 });
});
