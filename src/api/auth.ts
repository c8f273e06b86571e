// Authentication and the principal behind every request: scrypt password hashes, bearer session
// tokens stored only as hashes, a login rate limit, and who may read which task.
import { createHash, randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Queryable } from '../db/database';
import { AGENCY_ROLES, type Actor, type Role } from '../domain/task';
import { ApiError } from './errors';

const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: { N: number; r: number; p: number }) => Promise<Buffer>;
const SCRYPT = { N: 16_384, r: 8, p: 1 };

/** The roles a person signs in with: every task role but the system's own. */
export type UserRole = Exclude<Role, 'system'>;
export const USER_ROLES: readonly UserRole[] = ['admin', 'office', 'leader', 'agency_head', 'agency_officer'];

export interface Principal {
  userId: string;
  name: string;
  email: string;
  role: UserRole;
  agencyId: string | null;
  leaderId: string | null;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFC'), salt, 32, SCRYPT);
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;
/** A hash of a random password with the same cost as real ones, compared against when the user name is unknown. */
const dummyHash = () => (dummy ??= hashPassword(randomBytes(16).toString('hex')));

const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** The actor a principal acts as on a task: a leader acts under the leader record tasks name. */
export function actorOf(p: Principal): Actor {
  return { id: p.leaderId ?? p.userId, name: p.name, role: p.role, ...(p.agencyId ? { agencyId: p.agencyId } : {}) };
}

export const isAgencyRole = (role: UserRole) => AGENCY_ROLES.includes(role);

/** Whether `p` may see a task led by `lead` and coordinated by `coordinating`. */
export function maySee(p: Principal, lead: string, coordinating: readonly string[]): boolean {
  if (!isAgencyRole(p.role)) return true;
  return p.agencyId === lead || coordinating.includes(p.agencyId ?? '');
}

interface UserRow {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  agency_id: string | null;
  leader_id: string | null;
  password_hash: string;
  active: boolean;
}

const principalOf = (u: UserRow): Principal => ({ userId: u.id, name: u.name, email: u.email, role: u.role, agencyId: u.agency_id, leaderId: u.leader_id });

/**
 * Failed sign-ins per user name and per client address in a sliding window: past the limit the
 * answer is 429 with Retry-After, whether or not the password is right. An address (an office behind
 * one NAT) gets four times the per-name allowance.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(readonly maxFailures = 5, readonly windowMs = 15 * 60_000, private readonly now: () => number = Date.now) {}

  check(keys: string[]): void {
    const t = this.now();
    for (const key of keys) {
      const recent = (this.failures.get(key) ?? []).filter((at) => t - at < this.windowMs);
      this.failures.set(key, recent);
      if (recent.length >= (key.startsWith('ip:') ? 4 * this.maxFailures : this.maxFailures)) {
        const retryAfter = Math.ceil((recent[0]! + this.windowMs - t) / 1000);
        throw new ApiError(429, 'TOO_MANY_ATTEMPTS', `Đăng nhập sai quá nhiều lần; thử lại sau ${retryAfter} giây / Too many failed sign-ins; retry in ${retryAfter} s`, [], {
          'retry-after': String(retryAfter),
        });
      }
    }
  }

  fail(keys: string[]): void {
    for (const key of keys) this.failures.set(key, [...(this.failures.get(key) ?? []), this.now()]);
  }

  succeed(keys: string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}

const SESSION_MS = 12 * 3_600_000; // one working day

export async function login(db: Queryable, limiter: LoginLimiter, username: string, password: string, clientIp: string) {
  const keys = [`user:${username.toLowerCase()}`, `ip:${clientIp}`];
  limiter.check(keys);
  const { rows } = await db.query<UserRow>('SELECT * FROM users WHERE lower(id) = lower($1)', [username]);
  const user = rows[0];
  // Always pay for one scrypt, so the answer's timing does not tell which user names exist or are active.
  const passwordOk = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
  const ok = user !== undefined && user.active && passwordOk;
  if (!ok || !user) {
    limiter.fail(keys);
    throw new ApiError(401, 'BAD_CREDENTIALS', 'Sai tên đăng nhập hoặc mật khẩu / Wrong user name or password');
  }
  limiter.succeed(keys);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(Date.now() + SESSION_MS).toISOString();
  await db.query('INSERT INTO sessions (token_hash, user_id, expires_at) VALUES ($1, $2, $3)', [tokenHash(token), user.id, expiresAt]);
  await db.query('DELETE FROM sessions WHERE expires_at < now()');
  return { token, expiresAt, user: principalOf(user) };
}

export async function logout(db: Queryable, token: string): Promise<void> {
  const hash = tokenHash(token);
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [hash]);
  sessionsSeen.get(db)?.delete(hash);
}

/**
 * Sessions recently found valid, per register, so that a burst of requests does not read the same
 * session again for each (one statement less on every request). An entry is trusted for SESSION_CACHE_MS
 * at most and never past the session's own expiry; signing out, and any change to a user (role,
 * agency, password, deactivation) in this process, forget at once. Another process sharing the register
 * sees such a change within SESSION_CACHE_MS.
 */
const sessionsSeen = new WeakMap<object, Map<string, { principal: Principal; until: number }>>();
const SESSION_CACHE_MS = 5_000;
const SESSION_CACHE_SIZE = 10_000;

/** After a change to users: every session of this register is read again from it. */
export function forgetSessions(db: object): void {
  sessionsSeen.get(db)?.clear();
}

function seenSession(db: object, hash: string, now: number): Principal | undefined {
  const seen = sessionsSeen.get(db)?.get(hash);
  return seen && seen.until > now ? seen.principal : undefined;
}

function rememberSession(db: object, hash: string, principal: Principal, expiresAt: Date | string, now: number): void {
  let seen = sessionsSeen.get(db);
  if (!seen) sessionsSeen.set(db, (seen = new Map()));
  if (seen.size >= SESSION_CACHE_SIZE) seen.delete(seen.keys().next().value!); // the oldest
  seen.set(hash, { principal, until: Math.min(now + SESSION_CACHE_MS, new Date(expiresAt).getTime()) });
}

/** The browser's session cookie (HttpOnly, SameSite=Strict): the web app never sees the token itself. */
export const SESSION_COOKIE = 'dondoc_session';
/** The header a cookie-authenticated request that changes something must carry (see csrfTokenOf). */
export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_SECONDS = SESSION_MS / 1000;

/**
 * The CSRF token of a session, derived from its token (nothing more to store): the app receives it when
 * it signs in or asks GET /api/auth/session, keeps it in memory and sends it as X-CSRF-Token. A page of
 * another site can make the browser send the cookie but can neither read this token nor set the header.
 */
export const csrfTokenOf = (token: string) => createHash('sha256').update(`csrf\n${token}`).digest('base64url');

/** The session token in a Cookie header, if any. */
export function sessionCookie(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE && value.length) return value.join('=');
  }
  return undefined;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The principal behind a request, or a 401: a bearer token (the API's clients) or, without an
 * Authorization header, the browser's session cookie; a cookie request that changes something (any
 * method but GET/HEAD) must carry the session's CSRF token, else 403 CSRF_TOKEN_INVALID.
 */
export async function authenticate(
  db: Queryable,
  authorization: string | undefined,
  browser?: { cookie?: string; method: string; csrfToken?: string },
): Promise<{ principal: Principal; token: string }> {
  const cookieToken = authorization === undefined ? sessionCookie(browser?.cookie) : undefined;
  const token = cookieToken ?? /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new ApiError(401, 'UNAUTHENTICATED', 'Cần đăng nhập (Authorization: Bearer …) / Sign-in required (Authorization: Bearer …)');
  const hash = tokenHash(token);
  const now = Date.now();
  let principal = seenSession(db, hash, now);
  if (!principal) {
    const { rows } = await db.query<UserRow & { session_expires_at: Date | string }>(
      `SELECT u.*, s.expires_at AS session_expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1 AND s.expires_at > now() AND u.active`,
      [hash],
    );
    if (!rows[0]) throw new ApiError(401, 'SESSION_EXPIRED', 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn / The session is invalid or has expired');
    principal = principalOf(rows[0]);
    rememberSession(db, hash, principal, rows[0].session_expires_at, now);
  }
  if (cookieToken && !SAFE_METHODS.has(browser!.method) && !sameSecret(browser!.csrfToken ?? '', csrfTokenOf(cookieToken))) {
    throw new ApiError(403, 'CSRF_TOKEN_INVALID', 'Thiếu hoặc sai mã chống giả mạo (X-CSRF-Token); hãy tải lại trang / Missing or wrong X-CSRF-Token; reload the page');
  }
  return { principal, token };
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
