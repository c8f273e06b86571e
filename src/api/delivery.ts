// How each recipient takes notices: at once, or in one digest a day at an hour they choose, on working
// days. The office and the administrator set it for any address; an agency for its own mailbox, head
// and focal officer; a leader for their own address. The kinds that always go at once are a setting.
import { z } from 'zod';
import type { Database } from '../db/database';
import { listPreferences, savePreference } from '../db/digests';
import { deliverySettings } from '../activities/digests';
import { isAgencyRole, type Principal } from './auth';
import { audit } from './audit';
import { findAgencies, findLeaders } from './directory';
import { ApiError } from './errors';
import { writeSetting } from '../db/settings';
import { route, type Route } from './routes';
import { email, text } from './schemas';

const NOTICE_KINDS = [
  'assigned', 'acknowledgement_reminder', 'reminder', 'report_required', 'escalation', 'overdue_notice', 'extension_proposed', 'extension_reminder',
  'extension_escalation', 'extension_decided', 'completion_submitted', 'review_reminder', 'completion_accepted', 'completion_returned', 'refused',
  'refusal_reminder', 'insisted', 'reassigned_away', 'withdrawn', 'deadline_amended', 'on_hold', 'resumed', 'progress_report_request',
  'inspection_notice', 'inspection_team_notice', 'inspection_reminder', 'inspection_cancelled',
] as const;

const PreferenceBody = z
  .object({
    mode: z.enum(['immediate', 'digest']).describe('immediate: từng thư; digest: một thư tổng hợp mỗi ngày làm việc / each notice, or one digest a working day'),
    digestHour: z.number().int().min(0, 'giờ từ 0 đến 23 / the hour is 0 to 23').max(23, 'giờ từ 0 đến 23 / the hour is 0 to 23').default(16),
    name: text.max(200).optional().describe('Tên người nhận, khi địa chỉ không có trong danh mục / the recipient\'s name, for an address not in the directory'),
  })
  .strict();
const PreferenceOut = z.object({ email: z.string(), name: z.string(), mode: z.enum(['immediate', 'digest']), digestHour: z.number().int(), updatedBy: z.string(), updatedAt: z.string() }).strict();
const Addressee = z.object({ email: z.string(), name: z.string(), role: z.string() }).strict();
const PreferencesOut = z
  .object({
    items: z.array(PreferenceOut),
    addresses: z.array(Addressee).nullable().describe('Địa chỉ người dùng được đặt (null: mọi địa chỉ) / the addresses this user may set (null: any)'),
    alwaysImmediate: z.array(z.string()),
  })
  .strict();
const DeliverySettings = z.object({ alwaysImmediate: z.array(z.enum(NOTICE_KINDS)).max(NOTICE_KINDS.length) }).strict();

/** The addresses `p` may set, with their names; null for the office and the administrator (any address). */
async function addressesOf(db: Database, p: Principal): Promise<z.infer<typeof Addressee>[] | null> {
  if (p.role === 'admin' || p.role === 'office') return null;
  if (isAgencyRole(p.role) && p.agencyId) {
    const [a] = await findAgencies(db, [p.agencyId]);
    if (!a) return [];
    return [
      { email: a.email, name: a.name, role: 'agency_mailbox' },
      { email: a.head.email, name: a.head.name, role: 'agency_head' },
      ...(a.focal?.email ? [{ email: a.focal.email, name: a.focal.name, role: 'focal_officer' }] : []),
    ].map((x) => ({ ...x, email: x.email.toLowerCase() }));
  }
  if (p.role === 'leader' && p.leaderId) {
    const [l] = await findLeaders(db, [p.leaderId]);
    return l ? [{ email: l.email.toLowerCase(), name: `${l.title} ${l.name}`, role: 'leader' }] : [];
  }
  return [];
}

export function deliveryRoutes(db: Database): Route[] {
  const tag = 'Thông báo / Notifications';
  return [
    route({
      method: 'GET', url: '/api/delivery-preferences', tag, access: 'signed-in', response: PreferencesOut,
      summary: 'Cách nhận thông báo: từng thư hay thư tổng hợp hằng ngày / how notices are delivered: each at once, or a daily digest',
      handler: async ({ principal }) => {
        const addresses = await addressesOf(db, principal);
        const items = await listPreferences(db, addresses?.map((a) => a.email));
        return { body: { items, addresses, alwaysImmediate: (await deliverySettings(db)).alwaysImmediate } };
      },
    }),
    route({
      method: 'PUT', url: '/api/delivery-preferences/:email', tag, access: 'signed-in', params: z.object({ email }).strict(), body: PreferenceBody, response: PreferenceOut,
      summary: 'Đặt cách nhận thông báo cho một địa chỉ / set how an address takes notices',
      description: 'Văn phòng, quản trị: mọi địa chỉ; cơ quan: hộp thư, thủ trưởng, đầu mối của mình; lãnh đạo: địa chỉ của mình. / The office and admin: any address; an agency: its mailbox, head and focal officer; a leader: their own.',
      responses: { 403: 'Không được đặt cho địa chỉ này / not an address this user may set' },
      handler: async ({ principal, params, body }) => {
        const addresses = await addressesOf(db, principal);
        const address = params.email.toLowerCase();
        const own = addresses?.find((a) => a.email === address);
        if (addresses && !own) throw new ApiError(403, 'FORBIDDEN_ADDRESS', `Không được đặt cách nhận thư cho ${address} / you may not set delivery for ${address}`, [{ field: 'email', message: 'không phải địa chỉ của cơ quan hoặc của bạn / not your agency\'s or your own address' }]);
        const name = body.name ?? own?.name ?? address;
        return db.transaction(async (tx) => {
          const saved = await savePreference(tx, { email: address, name, mode: body.mode, digestHour: body.digestHour, updatedBy: principal.userId });
          await audit(tx, principal, 'delivery_preference_set', 'address', address, { mode: body.mode, digestHour: body.digestHour });
          return { body: saved };
        });
      },
    }),
    route({
      method: 'PUT', url: '/api/settings/delivery', tag, access: ['admin'], body: DeliverySettings, response: DeliverySettings,
      summary: 'Loại thông báo luôn gửi ngay, kể cả cho người nhận thư tổng hợp / the kinds always sent at once, even to digest recipients',
      handler: async ({ principal, body }) => {
        await db.transaction(async (tx) => {
          await writeSetting(tx, 'delivery', body);
          await audit(tx, principal, 'delivery_settings_changed', 'settings', 'delivery', body);
        });
        return { body };
      },
    }),
  ];
}
