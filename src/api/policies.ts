// Policy profiles: named follow-up policies (reminders, escalation ladder, review and decision windows)
// the office chooses per task, or that apply by default to a source and priority.
import { z } from 'zod';
import { PolicySchema } from '../client/task-input';
import type { Database } from '../db/database';
import { DEFAULT_PROFILE_ID, findPolicyProfile, insertPolicyProfile, listPolicyProfiles, updatePolicyProfile, type PolicyProfile } from '../db/policy-profiles';
import { audit } from './audit';
import { ApiError, notFound } from './errors';
import { PolicyProfileList, PolicyProfileOut } from './responses';
import { route, type Route } from './routes';
import { idParam, safeString, slug, text } from './schemas';
import { TASK_SOURCES } from './tasks';

const ProfileBody = z
  .object({
    id: slug,
    name: text.max(200),
    description: safeString().max(2000).default(''),
    policy: PolicySchema,
    sources: z.array(z.enum(TASK_SOURCES)).max(5).default([]).describe('Mặc định cho các nguồn giao này (rỗng: mọi nguồn) / default for these sources (empty: any)'),
    priorities: z.array(z.enum(['normal', 'high', 'urgent'])).max(3).default([]).describe('…và các mức độ này (rỗng: mọi mức) / …and these priorities (empty: any)'),
    active: z.boolean().default(true),
  })
  .strict();
const ProfilePatch = z
  .object({
    name: text.max(200), description: safeString().max(2000), policy: PolicySchema,
    sources: z.array(z.enum(TASK_SOURCES)).max(5), priorities: z.array(z.enum(['normal', 'high', 'urgent'])).max(3), active: z.boolean(),
  })
  .partial()
  .strict();

export function policyRoutes(db: Database): Route[] {
  const tag = 'Chế độ đôn đốc / Policy profiles';
  return [
    route({
      method: 'GET', url: '/api/policy-profiles', tag, access: 'signed-in', response: PolicyProfileList,
      summary: 'Các chế độ nhắc việc, báo cáo cấp trên / the follow-up policy profiles',
      handler: async () => ({ body: { items: await listPolicyProfiles(db) } }),
    }),
    route({
      method: 'POST', url: '/api/policy-profiles', tag, access: ['admin'], idempotent: true, created: true, body: ProfileBody, response: PolicyProfileOut,
      summary: 'Thêm chế độ đôn đốc / add a policy profile',
      handler: async ({ principal, body }) => {
        const profile = await db.transaction(async (tx) => {
          if (await findPolicyProfile(tx, body.id)) {
            throw new ApiError(409, 'ALREADY_EXISTS', `Chế độ "${body.id}" đã tồn tại / profile "${body.id}" already exists`, [{ field: 'id', message: 'đã tồn tại / already exists' }]);
          }
          await insertPolicyProfile(tx, body as PolicyProfile);
          await audit(tx, principal, 'policy_profile_created', 'policy_profile', body.id, body);
          return (await findPolicyProfile(tx, body.id))!;
        });
        return { status: 201, body: profile };
      },
    }),
    route({
      method: 'PATCH', url: '/api/policy-profiles/:id', tag, access: ['admin'], params: idParam, body: ProfilePatch, response: PolicyProfileOut,
      summary: 'Sửa chế độ đôn đốc (áp dụng cho nhiệm vụ giao sau đó) / change a policy profile (for tasks registered afterwards)',
      responses: { 409: 'Không thể ngừng chế độ mặc định / the default profile cannot be deactivated' },
      handler: async ({ principal, params, body }) => {
        const profile = await db.transaction(async (tx) => {
          const current = await findPolicyProfile(tx, params.id);
          if (!current) throw notFound(`chế độ ${params.id}`, `profile ${params.id}`);
          if (params.id === DEFAULT_PROFILE_ID && body.active === false) {
            throw new ApiError(409, 'DEFAULT_PROFILE', 'Chế độ mặc định là chỗ dựa cho mọi nhiệm vụ, không thể ngừng / the default profile backs every task and cannot be deactivated', [{ field: 'active', message: 'chế độ mặc định / the default profile' }]);
          }
          await updatePolicyProfile(tx, { ...current, ...(body as Partial<PolicyProfile>) });
          await audit(tx, principal, 'policy_profile_updated', 'policy_profile', params.id, body);
          return (await findPolicyProfile(tx, params.id))!;
        });
        return { body: profile };
      },
    }),
  ];
}
