// Delegation (ủy quyền): a leader lends the power to decide extensions, an office clerk the power to
// accept or return completion reports, to another person for a date range; it can be revoked and is
// never passed on. While it lasts the delegate sees and decides the delegator's items, and every such
// decision is recorded as "X thay mặt Y" in the history, the audit trail and the mail.
import { z } from 'zod';
import { currentCalendar } from '../db/current-calendar';
import type { Database, Queryable } from '../db/database';
import { activeFor, findDelegation, insertDelegation, listDelegations, overlapping, POWERS, revokeDelegation, type DelegationRecord, type Power } from '../db/delegations';
import { WorkingCalendar } from '../domain/calendar';
import { OFFICE_ROLES, type Actor } from '../domain/task';
import type { UpdateActionType } from '../workflows/contract';
import type { Principal } from './auth';
import { audit } from './audit';
import { ApiError, badInput } from './errors';
import { route, type Route } from './routes';
import { actionDate, idParam, slug, text } from './schemas';

/** Who holds each power by their role (and may lend it), and who may hold it lent. */
const HOLDERS: Record<Power, { delegator: string[]; delegate: string[] }> = {
  decide_extension: { delegator: ['leader'], delegate: ['leader'] },
  review_completion: { delegator: ['office'], delegate: ['office', 'leader'] },
};
const POWER_TEXT: Record<Power, string> = {
  decide_extension: 'quyết định gia hạn / decide extensions',
  review_completion: 'xác nhận hoặc trả lại báo cáo hoàn thành / accept or return completion reports',
};

const DelegationBody = z
  .object({
    power: z.enum(POWERS).describe(Object.entries(POWER_TEXT).map(([k, v]) => `${k}: ${v}`).join('; ')),
    delegateUserId: slug.describe('Người được ủy quyền / the delegate (a user id)'),
    from: actionDate,
    to: actionDate,
    reason: text.max(1000).optional(),
    delegatorUserId: slug.optional().describe('Chỉ quản trị: người ủy quyền / admin only: the delegator'),
  })
  .strict();

const Person = z.object({ userId: z.string(), name: z.string(), role: z.string(), leaderId: z.string().nullable(), email: z.string() }).strict();
const DelegationOut = z
  .object({
    id: z.string(), power: z.enum(POWERS), delegator: Person, delegate: Person, from: z.string(), to: z.string(), reason: z.string(),
    createdBy: z.string(), createdAt: z.string(), revokedAt: z.string().nullable(), revokedBy: z.string().nullable(),
    active: z.boolean().describe('Đang có hiệu lực hôm nay / in force today'),
  })
  .strict();

async function today(db: Queryable): Promise<string> {
  return new WorkingCalendar(await currentCalendar(db)).localDateOf(Date.now());
}

const present = (d: DelegationRecord, day: string) => ({ ...d, active: d.revokedAt === null && d.from <= day && day <= d.to });

async function userOf(db: Queryable, id: string) {
  const { rows } = await db.query<{ id: string; role: string; active: boolean }>('SELECT id, role, active FROM users WHERE id = $1', [id]);
  return rows[0];
}

async function createDelegation(db: Database, p: Principal, body: z.output<typeof DelegationBody>) {
  if (body.delegatorUserId && p.role !== 'admin') throw badInput([{ field: 'delegatorUserId', message: 'chỉ quản trị ủy quyền thay người khác / only the administrator delegates for someone else' }]);
  const delegatorId = body.delegatorUserId ?? p.userId;
  const [delegator, delegate] = [await userOf(db, delegatorId), await userOf(db, body.delegateUserId)];
  const holders = HOLDERS[body.power];
  const problems: { field: string; message: string }[] = [];
  if (!delegator?.active) problems.push({ field: 'delegatorUserId', message: `không có người dùng "${delegatorId}" / no active user "${delegatorId}"` });
  else if (!holders.delegator.includes(delegator.role)) {
    problems.push({ field: 'power', message: `vai trò ${delegator.role} không có quyền ${POWER_TEXT[body.power]} để ủy quyền (quyền được ủy quyền không được ủy quyền tiếp) / the ${delegator.role} role does not hold this power (a power held by delegation is not passed on)` });
  }
  if (!delegate?.active) problems.push({ field: 'delegateUserId', message: `không có người dùng "${body.delegateUserId}" đang hoạt động / no active user "${body.delegateUserId}"` });
  else if (delegate.id === delegatorId) problems.push({ field: 'delegateUserId', message: 'không tự ủy quyền cho mình / one cannot delegate to oneself' });
  else if (!holders.delegate.includes(delegate.role)) problems.push({ field: 'delegateUserId', message: `vai trò ${delegate.role} không nhận được quyền này / the ${delegate.role} role cannot hold this power` });
  const day = await today(db);
  if (body.to < body.from) problems.push({ field: 'to', message: 'đến ngày phải sau từ ngày / the range ends before it starts' });
  else if (body.to < day) problems.push({ field: 'to', message: 'thời gian ủy quyền đã qua / the range is in the past' });
  if (problems.length) throw badInput(problems);
  return db.transaction(async (tx) => {
    const clash = await overlapping(tx, delegatorId, body.power, body.from, body.to);
    if (clash) {
      throw new ApiError(409, 'DELEGATION_OVERLAPS', `Đã ủy quyền ${POWER_TEXT[body.power]} cho ${clash.delegate.name} từ ${clash.from} đến ${clash.to} / this power is already delegated for part of the range`, [{ field: 'from', message: `trùng với ủy quyền số ${clash.id} / overlaps delegation ${clash.id}` }]);
    }
    const id = await insertDelegation(tx, { delegatorId, delegateId: body.delegateUserId, power: body.power, from: body.from, to: body.to, reason: body.reason ?? '', createdBy: p.userId });
    await audit(tx, p, 'delegation_created', 'delegation', id, { delegator: delegatorId, delegate: body.delegateUserId, power: body.power, from: body.from, to: body.to });
    return present((await findDelegation(tx, id))!, day);
  });
}

/**
 * The actor for a task action, under a delegation when one applies: a leader deciding an extension of a
 * task assigned by a leader who delegated that power to them (or by the chairman, if the chairman did),
 * or a delegate reviewing a completion report for an office clerk. Only delegations in force today,
 * and only the delegator's own power: a delegate's delegate gets nothing. Null: no delegation applies.
 */
export async function delegatedActor(db: Queryable, p: Principal, actor: Actor, type: UpdateActionType, taskId: string): Promise<Actor | null> {
  if (type === 'decide_extension' && p.role === 'leader') {
    const { rows } = await db.query<{ assigning: string; mine: boolean; chairman: string | null }>(
      `SELECT t.assigning_leader_id AS assigning, (SELECT is_chairman FROM leaders WHERE id = $2) IS TRUE AS mine,
              (SELECT id FROM leaders WHERE is_chairman AND active LIMIT 1) AS chairman
       FROM tasks t WHERE t.task_id = $1`,
      [taskId, p.leaderId ?? ''],
    );
    const task = rows[0];
    if (!task || task.mine || task.assigning === p.leaderId) return null; // their own power
    const held = await activeFor(db, p.userId, 'decide_extension', await today(db));
    const by = held.find((d) => d.delegator.leaderId === task.assigning) ?? held.find((d) => d.delegator.leaderId !== null && d.delegator.leaderId === task.chairman);
    return by ? { ...actor, onBehalfOf: { id: by.delegator.leaderId!, name: by.delegator.name, role: 'leader' } } : null;
  }
  if (type === 'review_completion' && !OFFICE_ROLES.includes(p.role)) {
    const [by] = await activeFor(db, p.userId, 'review_completion', await today(db));
    return by ? { ...actor, onBehalfOf: { id: by.delegator.userId, name: by.delegator.name, role: 'office' } } : null;
  }
  return null;
}

/** The leaders whose extension decisions `p` holds today by delegation: their leader id and name. */
export async function delegatorsOf(db: Queryable, p: Principal): Promise<Map<string, string>> {
  if (p.role !== 'leader') return new Map();
  const held = await activeFor(db, p.userId, 'decide_extension', await today(db));
  return new Map(held.filter((d) => d.delegator.leaderId).map((d) => [d.delegator.leaderId!, d.delegator.name]));
}

async function candidates(db: Queryable, roles: string[]): Promise<{ userId: string; name: string; role: string }[]> {
  const { rows } = await db.query<{ id: string; name: string; role: string }>(
    `SELECT u.id, coalesce(l.title || ' ' || l.name, u.name) AS name, u.role FROM users u LEFT JOIN leaders l ON l.id = u.leader_id
     WHERE u.active AND u.role = ANY($1::text[]) ORDER BY u.role, name`,
    [roles],
  );
  return rows.map((r) => ({ userId: r.id, name: r.name, role: r.role }));
}

export function delegationRoutes(db: Database): Route[] {
  const tag = 'Ủy quyền / Delegation';
  return [
    route({
      method: 'POST', url: '/api/delegations', tag, access: ['leader', 'office', 'admin'], idempotent: true, created: true, body: DelegationBody, response: DelegationOut,
      summary: 'Ủy quyền một quyền cho người khác trong một khoảng thời gian / delegate a power for a date range',
      description: 'Lãnh đạo: quyết định gia hạn (cho lãnh đạo khác); Văn phòng: xác nhận báo cáo hoàn thành. Không ủy quyền tiếp. / A leader: deciding extensions (to another leader); the office: reviewing completion reports. Never passed on.',
      responses: { 409: 'Trùng thời gian với một ủy quyền khác cùng quyền / overlaps another delegation of the same power' },
      handler: async ({ principal, body }) => ({ status: 201, body: await createDelegation(db, principal, body) }),
    }),
    route({
      method: 'GET', url: '/api/delegation-candidates', tag, access: ['leader', 'office', 'admin'],
      query: z.object({ power: z.enum(POWERS) }).strict(), response: z.object({ items: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string() }).strict()) }).strict(),
      summary: 'Người có thể nhận ủy quyền một quyền / who may be delegated a power',
      handler: async ({ principal, query }) => ({ body: { items: (await candidates(db, HOLDERS[query.power].delegate)).filter((c) => c.userId !== principal.userId) } }),
    }),
    route({
      method: 'GET', url: '/api/delegations', tag, access: 'signed-in', response: z.object({ items: z.array(DelegationOut) }).strict(),
      summary: 'Ủy quyền đã giao và đã nhận (quản trị: tất cả) / delegations given and received (admin: all)',
      handler: async ({ principal }) => {
        const day = await today(db);
        return { body: { items: (await listDelegations(db, principal.role === 'admin' ? null : principal.userId)).map((d) => present(d, day)) } };
      },
    }),
    route({
      method: 'POST', url: '/api/delegations/:id/revoke', tag, access: 'signed-in', params: idParam, response: DelegationOut,
      summary: 'Thu hồi ủy quyền / revoke a delegation',
      responses: { 409: 'Đã thu hồi / already revoked' },
      handler: async ({ principal, params }) => {
        const d = await findDelegation(db, params.id);
        if (!d || (principal.role !== 'admin' && d.delegator.userId !== principal.userId && d.delegate.userId !== principal.userId)) {
          throw new ApiError(404, 'NOT_FOUND', `Không có ủy quyền ${params.id} / no delegation ${params.id}`);
        }
        if (principal.role !== 'admin' && d.delegator.userId !== principal.userId) throw new ApiError(403, 'NOT_DELEGATOR', 'Chỉ người ủy quyền hoặc quản trị thu hồi / only the delegator or the administrator revokes');
        if (d.revokedAt) throw new ApiError(409, 'ALREADY_REVOKED', 'Ủy quyền đã thu hồi / the delegation was revoked');
        await db.transaction(async (tx) => {
          await revokeDelegation(tx, d.id, principal.userId);
          await audit(tx, principal, 'delegation_revoked', 'delegation', d.id);
        });
        return { body: present((await findDelegation(db, d.id))!, await today(db)) };
      },
    }),
  ];
}
