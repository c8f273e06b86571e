// While a leader's power to decide extensions is delegated, the notices that ask for that leader's
// decision or report an escalation to them go to the acting approver, the leader in copy, and say so.
// Decided when the notice is delivered (an activity), from the register: the delegation in force on the
// day the notice fell due.
import { currentCalendar } from '../db/current-calendar';
import type { Queryable } from '../db/database';
import { actingForAddresses } from '../db/delegations';
import { WorkingCalendar } from '../domain/calendar';
import type { Recipient } from '../domain/task';
import type { NotificationRequest } from '../workflows/contract';

const ROUTED = new Set<string>(['extension_proposed', 'extension_reminder', 'extension_escalation', 'escalation']);

export class DelegationRouting {
  constructor(private readonly db: Queryable) {}

  async route(request: NotificationRequest, now: number): Promise<NotificationRequest> {
    if (!ROUTED.has(request.kind)) return request;
    const day = new WorkingCalendar(await currentCalendar(this.db)).localDateOf(request.dueAt ?? now);
    const acting = await actingForAddresses(this.db, request.to.map((r) => r.email), day);
    if (acting.size === 0) return request;
    const to: Recipient[] = [];
    const cc = [...request.cc];
    const forWhom: string[] = [];
    const has = (list: Recipient[], email: string) => list.some((r) => r.email.toLowerCase() === email.toLowerCase());
    for (const r of request.to) {
      const d = acting.get(r.email.toLowerCase());
      if (!d) {
        if (!has(to, r.email)) to.push(r);
        continue;
      }
      if (!has(to, d.delegate.email)) to.push({ name: d.delegate.name, email: d.delegate.email });
      if (!has(cc, r.email)) cc.push(r);
      forWhom.push(d.delegator.name);
    }
    return { ...request, to, cc: cc.filter((r) => !has(to, r.email)), facts: { ...request.facts, actingFor: forWhom.join(', ') } };
  }
}
