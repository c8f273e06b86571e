// Administration of the directory: agencies (with their parent, head and focal contact), leaders and
// their areas, and users with their roles. Everyone signed in may read agencies and leaders.
import { z } from 'zod';
import type { Database, Queryable } from '../db/database';
import { USER_ROLES, forgetSessions, hashPassword, type Principal } from './auth';
import { audit } from './audit';
import { ApiError, badInput, notFound, type FieldProblem } from './errors';
import { route, type Route } from './routes';
import { AgencyList, AgencyOut, LeaderList, LeaderOut, UserList, UserOut } from './responses';
import { email, flag, idParam, safeString, slug, text } from './schemas';

const AGENCY_KINDS = ['office', 'department', 'district', 'commune', 'other'] as const;

/**
 * A PATCH body: every field optional and none defaulted, so a field left out keeps its stored value
 * (`.partial()` alone keeps zod's defaults, which would reactivate a user renamed while deactivated).
 */
function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => [key, (field instanceof z.ZodDefault ? field.unwrap() : field) as z.ZodType]),
  ) as unknown as { [K in keyof S]: S[K] extends z.ZodDefault<infer Inner> ? Inner : S[K] };
  return z.object(shape).partial().strict();
}

const AgencyBody = z
  .object({
    id: slug,
    name: text.max(200),
    kind: z.enum(AGENCY_KINDS),
    parentId: slug.nullable().default(null),
    email,
    head: z.object({ name: text, email }).strict(),
    focal: z.object({ name: text, email: email.optional(), phone: safeString().trim().max(30).optional() }).strict().nullable().default(null),
    active: z.boolean().default(true),
  })
  .strict();
const AgencyPatch = patchOf(AgencyBody.omit({ id: true }));

const LeaderBody = z
  .object({
    id: slug,
    name: text.max(200),
    title: text.max(200),
    email,
    isChairman: z.boolean().default(false),
    areas: z.array(text.max(200)).max(50).default([]),
    active: z.boolean().default(true),
  })
  .strict();
const LeaderPatch = patchOf(LeaderBody.omit({ id: true }));

const password = safeString().min(8, 'mật khẩu tối thiểu 8 ký tự / the password needs at least 8 characters').max(200);
const UserBody = z
  .object({
    id: slug,
    name: text.max(200),
    email,
    role: z.enum(USER_ROLES),
    agencyId: slug.nullable().default(null),
    leaderId: slug.nullable().default(null),
    password,
    active: z.boolean().default(true),
  })
  .strict();
const UserPatch = patchOf(UserBody.omit({ id: true }));

export type AgencyInput = z.input<typeof AgencyBody>;
export type LeaderInput = z.input<typeof LeaderBody>;
export type UserInput = z.input<typeof UserBody>;

export interface AgencyRecord {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
  email: string;
  head: { name: string; email: string };
  focal: { name: string; email?: string; phone?: string } | null;
  active: boolean;
}

interface AgencyRow {
  id: string;
  name: string;
  kind: string;
  parent_id: string | null;
  email: string;
  head_name: string;
  head_email: string;
  focal_name: string | null;
  focal_email: string | null;
  focal_phone: string | null;
  active: boolean;
}

const agencyOf = (r: AgencyRow): AgencyRecord => ({
  id: r.id, name: r.name, kind: r.kind, parentId: r.parent_id, email: r.email, head: { name: r.head_name, email: r.head_email },
  focal: r.focal_name ? { name: r.focal_name, ...(r.focal_email ? { email: r.focal_email } : {}), ...(r.focal_phone ? { phone: r.focal_phone } : {}) } : null,
  active: r.active,
});

export interface LeaderRecord {
  id: string;
  name: string;
  title: string;
  email: string;
  isChairman: boolean;
  areas: string[];
  active: boolean;
}

interface LeaderRow {
  id: string;
  name: string;
  title: string;
  email: string;
  is_chairman: boolean;
  areas: string[];
  active: boolean;
}

const leaderOf = (r: LeaderRow): LeaderRecord => ({ id: r.id, name: r.name, title: r.title, email: r.email, isChairman: r.is_chairman, areas: r.areas, active: r.active });

export async function listAgencies(q: Queryable): Promise<AgencyRecord[]> {
  return (await q.query<AgencyRow>('SELECT * FROM agencies ORDER BY kind, name')).rows.map(agencyOf);
}

export async function findAgency(q: Queryable, id: string): Promise<AgencyRecord | undefined> {
  const { rows } = await q.query<AgencyRow>('SELECT * FROM agencies WHERE id = $1', [id]);
  return rows[0] ? agencyOf(rows[0]) : undefined;
}

/** The agencies among `ids` (unknown ids are left out): one query for a whole registration. */
export async function findAgencies(q: Queryable, ids: string[]): Promise<AgencyRecord[]> {
  return (await q.query<AgencyRow>('SELECT * FROM agencies WHERE id = ANY($1::text[])', [ids])).rows.map(agencyOf);
}

export async function listLeaders(q: Queryable): Promise<LeaderRecord[]> {
  return (await q.query<LeaderRow>('SELECT * FROM leaders ORDER BY is_chairman DESC, name')).rows.map(leaderOf);
}

export async function findLeader(q: Queryable, id: string): Promise<LeaderRecord | undefined> {
  const { rows } = await q.query<LeaderRow>('SELECT * FROM leaders WHERE id = $1', [id]);
  return rows[0] ? leaderOf(rows[0]) : undefined;
}

export async function findLeaders(q: Queryable, ids: string[]): Promise<LeaderRecord[]> {
  return (await q.query<LeaderRow>('SELECT * FROM leaders WHERE id = ANY($1::text[])', [ids])).rows.map(leaderOf);
}

async function exists(q: Queryable, table: 'agencies' | 'leaders' | 'users', id: string): Promise<boolean> {
  return (await q.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).rows.length > 0;
}

const taken = (what: string, id: string) => new ApiError(409, 'ALREADY_EXISTS', `${what} "${id}" đã tồn tại / ${what} "${id}" already exists`, [{ field: 'id', message: 'đã tồn tại / already exists' }]);

/** Unique-name and similar constraint failures become 409s instead of 500s. */
function conflictOf(error: unknown): never {
  const e = error as { code?: string; message?: string };
  if (e.code === '23505' || /duplicate key/.test(e.message ?? '')) {
    throw new ApiError(409, 'ALREADY_EXISTS', 'Trùng với một bản ghi đã có (tên hoặc mã) / Conflicts with an existing record (name or id)');
  }
  throw error;
}

async function agencyProblems(q: Queryable, id: string, a: { parentId?: string | null }): Promise<FieldProblem[]> {
  if (a.parentId === undefined || a.parentId === null) return [];
  if (a.parentId === id) return [{ field: 'parentId', message: 'cơ quan không thể là cấp trên của chính nó / an agency cannot be its own parent' }];
  // Walk up from the new parent: meeting `id` means a cycle.
  let cursor: string | null = a.parentId;
  for (let depth = 0; cursor !== null && depth < 20; depth += 1) {
    const found: AgencyRecord | undefined = await findAgency(q, cursor);
    if (!found) return depth === 0 ? [{ field: 'parentId', message: 'không có cơ quan này / no such agency' }] : [];
    if (found.parentId === id) return [{ field: 'parentId', message: 'tạo thành vòng lặp cấp trên / would create a parent cycle' }];
    cursor = found.parentId;
  }
  return [];
}

async function userProblems(q: Queryable, u: { role?: string; agencyId?: string | null; leaderId?: string | null }): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const agencyRole = u.role === 'agency_head' || u.role === 'agency_officer';
  if (agencyRole && !u.agencyId) problems.push({ field: 'agencyId', message: 'bắt buộc với vai trò cơ quan / required for agency roles' });
  if (!agencyRole && u.agencyId) problems.push({ field: 'agencyId', message: 'chỉ dành cho vai trò cơ quan / only for agency roles' });
  if (u.agencyId && !(await exists(q, 'agencies', u.agencyId))) problems.push({ field: 'agencyId', message: 'không có cơ quan này / no such agency' });
  if (u.role === 'leader' && !u.leaderId) problems.push({ field: 'leaderId', message: 'bắt buộc với vai trò lãnh đạo / required for the leader role' });
  if (u.role !== 'leader' && u.leaderId) problems.push({ field: 'leaderId', message: 'chỉ dành cho vai trò lãnh đạo / only for the leader role' });
  if (u.leaderId && !(await exists(q, 'leaders', u.leaderId))) problems.push({ field: 'leaderId', message: 'không có lãnh đạo này / no such leader' });
  return problems;
}

export async function createAgency(db: Database, p: Principal, input: AgencyInput): Promise<AgencyRecord> {
  const a = AgencyBody.parse(input);
  return db.transaction(async (tx) => {
    if (await exists(tx, 'agencies', a.id)) throw taken('Cơ quan / agency', a.id);
    const problems = await agencyProblems(tx, a.id, a);
    if (problems.length) throw badInput(problems);
    await tx
      .query(
        `INSERT INTO agencies (id, name, kind, parent_id, email, head_name, head_email, focal_name, focal_email, focal_phone, active)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [a.id, a.name, a.kind, a.parentId, a.email, a.head.name, a.head.email, a.focal?.name ?? null, a.focal?.email ?? null, a.focal?.phone ?? null, a.active],
      )
      .catch(conflictOf);
    await audit(tx, p, 'agency_created', 'agency', a.id, a);
    return (await findAgency(tx, a.id))!;
  });
}

export async function createLeader(db: Database, p: Principal, input: LeaderInput): Promise<LeaderRecord> {
  const l = LeaderBody.parse(input);
  return db.transaction(async (tx) => {
    if (await exists(tx, 'leaders', l.id)) throw taken('Lãnh đạo / leader', l.id);
    if (l.isChairman && l.active && (await tx.query('SELECT 1 FROM leaders WHERE is_chairman AND active')).rows.length) {
      throw new ApiError(409, 'CHAIRMAN_EXISTS', 'Đã có Chủ tịch đang hoạt động / An active chairman already exists', [{ field: 'isChairman', message: 'đã có Chủ tịch / a chairman exists' }]);
    }
    await tx.query('INSERT INTO leaders (id, name, title, email, is_chairman, areas, active) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      l.id, l.name, l.title, l.email, l.isChairman, JSON.stringify(l.areas), l.active,
    ]);
    await audit(tx, p, 'leader_created', 'leader', l.id, l);
    return (await findLeader(tx, l.id))!;
  });
}

const publicUser = (r: Record<string, unknown>) => ({
  id: r.id, name: r.name, email: r.email, role: r.role, agencyId: r.agency_id, leaderId: r.leader_id, active: r.active,
});

export async function createUser(db: Database, p: Principal, input: UserInput) {
  const u = UserBody.parse(input);
  const passwordHash = await hashPassword(u.password);
  return db.transaction(async (tx) => {
    if (await exists(tx, 'users', u.id)) throw taken('Người dùng / user', u.id);
    const problems = await userProblems(tx, u);
    if (problems.length) throw badInput(problems);
    await tx.query('INSERT INTO users (id, name, email, role, agency_id, leader_id, password_hash, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
      u.id, u.name, u.email, u.role, u.agencyId, u.leaderId, passwordHash, u.active,
    ]);
    const { password: _secret, ...logged } = u;
    await audit(tx, p, 'user_created', 'user', u.id, logged);
    return publicUser((await tx.query('SELECT * FROM users WHERE id = $1', [u.id])).rows[0]!);
  });
}

/** Applies a partial change to one row, after `check` sees the merged record. */
async function patchRow(
  db: Database, p: Principal, table: 'agencies' | 'leaders' | 'users', id: string, columns: Record<string, unknown>, what: { vi: string; en: string },
  check: (tx: Queryable, merged: Record<string, unknown>) => Promise<FieldProblem[]>, auditDetails: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query(`SELECT * FROM ${table} WHERE id = $1 FOR UPDATE`, [id]);
    if (!rows[0]) throw notFound(what.vi, what.en);
    const set = Object.entries(columns).filter(([, v]) => v !== undefined);
    const problems = await check(tx, { ...rows[0], ...Object.fromEntries(set) });
    if (problems.length) throw badInput(problems);
    if (set.length) {
      await tx
        .query(`UPDATE ${table} SET ${set.map(([c], i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now() WHERE id = $1`, [id, ...set.map(([, v]) => v)])
        .catch(conflictOf);
    }
    await audit(tx, p, `${table.replace(/ies$/, 'y').replace(/s$/, '')}_updated`, table.replace(/ies$/, 'y').replace(/s$/, ''), id, auditDetails);
    return (await tx.query(`SELECT * FROM ${table} WHERE id = $1`, [id])).rows[0]!;
  });
}

export function directoryRoutes(db: Database): Route[] {
  return [
    route({
      method: 'GET', url: '/api/agencies', tag: 'Danh mục / Directory', access: 'signed-in', response: AgencyList,
      summary: 'Danh sách cơ quan / list agencies',
      handler: async () => ({ body: { items: await listAgencies(db) } }),
    }),
    route({
      method: 'POST', url: '/api/agencies', tag: 'Danh mục / Directory', access: ['admin'], idempotent: true, created: true, body: AgencyBody, response: AgencyOut,
      summary: 'Thêm cơ quan / add an agency', responses: { 409: 'Trùng mã hoặc tên / id or name taken' },
      handler: async ({ principal, body }) => ({ status: 201, body: await createAgency(db, principal, body) }),
    }),
    route({
      method: 'PATCH', url: '/api/agencies/:id', tag: 'Danh mục / Directory', access: ['admin'], params: idParam, body: AgencyPatch, response: AgencyOut,
      responses: { 409: 'Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists' },
      summary: 'Sửa cơ quan / change an agency',
      handler: async ({ principal, params, body }) => {
        const row = await patchRow(
          db, principal, 'agencies', params.id,
          {
            name: body.name, kind: body.kind, parent_id: body.parentId, email: body.email, head_name: body.head?.name, head_email: body.head?.email,
            ...(body.focal !== undefined ? { focal_name: body.focal?.name ?? null, focal_email: body.focal?.email ?? null, focal_phone: body.focal?.phone ?? null } : {}),
            active: body.active,
          },
          { vi: 'cơ quan', en: 'agency' }, (tx, merged) => agencyProblems(tx, params.id, { parentId: merged.parent_id as string | null }), body,
        );
        return { body: agencyOf(row as unknown as AgencyRow) };
      },
    }),
    route({
      method: 'GET', url: '/api/leaders', tag: 'Danh mục / Directory', access: 'signed-in', response: LeaderList,
      summary: 'Danh sách lãnh đạo / list leaders',
      handler: async () => ({ body: { items: await listLeaders(db) } }),
    }),
    route({
      method: 'POST', url: '/api/leaders', tag: 'Danh mục / Directory', access: ['admin'], idempotent: true, created: true, body: LeaderBody, response: LeaderOut,
      summary: 'Thêm lãnh đạo / add a leader',
      handler: async ({ principal, body }) => ({ status: 201, body: await createLeader(db, principal, body) }),
    }),
    route({
      method: 'PATCH', url: '/api/leaders/:id', tag: 'Danh mục / Directory', access: ['admin'], params: idParam, body: LeaderPatch, response: LeaderOut,
      responses: { 409: 'Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists' },
      summary: 'Sửa lãnh đạo / change a leader',
      handler: async ({ principal, params, body }) => {
        const row = await patchRow(
          db, principal, 'leaders', params.id,
          { name: body.name, title: body.title, email: body.email, is_chairman: body.isChairman, areas: body.areas && JSON.stringify(body.areas), active: body.active },
          { vi: 'lãnh đạo', en: 'leader' }, async () => [], body,
        );
        return { body: leaderOf(row as unknown as LeaderRow) };
      },
    }),
    route({
      method: 'GET', url: '/api/users', tag: 'Quản trị / Administration', access: ['admin'], response: UserList,
      query: z.object({ active: flag.optional() }).strict(),
      summary: 'Danh sách người dùng / list users',
      handler: async ({ query }) => {
        const { rows } = await db.query('SELECT * FROM users WHERE ($1::boolean IS NULL OR active = $1) ORDER BY id', [query.active ?? null]);
        return { body: { items: rows.map(publicUser) } };
      },
    }),
    route({
      method: 'POST', url: '/api/users', tag: 'Quản trị / Administration', access: ['admin'], idempotent: true, created: true, body: UserBody, response: UserOut,
      summary: 'Thêm người dùng / add a user',
      handler: async ({ principal, body }) => ({ status: 201, body: await createUser(db, principal, body) }),
    }),
    route({
      method: 'PATCH', url: '/api/users/:id', tag: 'Quản trị / Administration', access: ['admin'], params: idParam, body: UserPatch, response: UserOut,
      responses: { 409: 'Trùng tên hoặc mã, hoặc đã có Chủ tịch / name or id taken, or a chairman exists' },
      summary: 'Sửa người dùng, đặt lại mật khẩu / change a user, reset a password',
      handler: async ({ principal, params, body }) => {
        const { password: newPassword, ...rest } = body;
        const row = await patchRow(
          db, principal, 'users', params.id,
          {
            name: rest.name, email: rest.email, role: rest.role, agency_id: rest.agencyId, leader_id: rest.leaderId, active: rest.active,
            password_hash: newPassword === undefined ? undefined : await hashPassword(newPassword),
          },
          { vi: 'người dùng', en: 'user' },
          (tx, m) => userProblems(tx, { role: m.role as string, agencyId: m.agency_id as string | null, leaderId: m.leader_id as string | null }),
          { ...rest, ...(newPassword !== undefined ? { passwordReset: true } : {}) },
        );
        if (newPassword !== undefined || rest.active === false) await db.query('DELETE FROM sessions WHERE user_id = $1', [params.id]);
        forgetSessions(db); // a new role or agency applies to the next request
        return { body: publicUser(row) };
      },
    }),
  ];
}
