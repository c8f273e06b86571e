// The system under test through its HTTP API, as its users reach it: the directory it needs, sign-in,
// registrations, and reads. Plus the start input a bare workflow gets: a task's, of the same size.
import { parseTaskInput } from '../src/client/task-input';
import type { TaskInput } from '../src/domain/task';
import type { Running } from './processes';

type Who = 'admin' | 'office' | 'officer';
const PASSWORDS: Record<Who, string> = { admin: 'bench-admin-1', office: 'bench-office-1', officer: 'bench-officer-1' };
const USERS: Record<Who, string> = { admin: 'admin', office: 'vanphong', officer: 'cv-ag-1' };

export class Ours {
  private readonly tokens = new Map<Who, string>();

  constructor(
    readonly process: Running,
    private readonly base: string,
  ) {}

  /** The office, AGENCIES (ag-1 is the officer's), LEADERS (the first is the chairman), and the office and officer users. */
  async directory(agencies: string[], leaders: string[]): Promise<void> {
    const mail = (id: string) => `${id}@bench.dondoc.vn`;
    await this.post('admin', '/api/agencies', { id: 'vp', name: 'Văn phòng UBND', kind: 'office', email: mail('vp'), head: { name: 'Chánh Văn phòng', email: mail('cvp') } }, 201);
    for (const [i, id] of agencies.entries()) {
      await this.post('admin', '/api/agencies', { id, name: `Cơ quan ${i + 1}`, kind: i < 12 ? 'department' : 'district', email: mail(id), head: { name: `Thủ trưởng ${i + 1}`, email: mail(`head.${id}`) } }, 201);
    }
    for (const [i, id] of leaders.entries()) {
      await this.post('admin', '/api/leaders', { id, name: `Lãnh đạo ${i + 1}`, title: i === 0 ? 'Chủ tịch' : 'Phó Chủ tịch', email: mail(id), isChairman: i === 0 }, 201);
    }
    await this.post('admin', '/api/users', { id: USERS.office, name: 'Văn phòng', email: mail('office'), role: 'office', password: PASSWORDS.office }, 201);
    await this.post('admin', '/api/users', { id: USERS.officer, name: 'Chuyên viên', email: mail('officer'), role: 'agency_officer', agencyId: 'ag-1', password: PASSWORDS.officer }, 201);
  }

  private async token(who: Who): Promise<string> {
    let token = this.tokens.get(who);
    if (!token) {
      const r = await fetch(`${this.base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: USERS[who], password: PASSWORDS[who] }) });
      if (r.status !== 200) throw new Error(`sign-in ${who}: ${r.status} ${await r.text()}`);
      token = ((await r.json()) as { token: string }).token;
      this.tokens.set(who, token);
    }
    return token;
  }

  async get<T = unknown>(who: Who, path: string): Promise<T> {
    const r = await fetch(`${this.base}${path}`, { headers: { authorization: `Bearer ${await this.token(who)}` } });
    if (r.status !== 200) throw new Error(`GET ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }

  async post<T = unknown>(who: Who, path: string, body: unknown, expected: number): Promise<T> {
    const r = await fetch(`${this.base}${path}`, {
      method: 'POST', headers: { authorization: `Bearer ${await this.token(who)}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    if (r.status !== expected) throw new Error(`POST ${path}: ${r.status} ${await r.text()}`);
    return (await r.json()) as T;
  }

  /** Registers a directive of `count` tasks as the office; returns their ids once the registration answered (every workflow started). */
  async register(name: string, count: number, lead?: string): Promise<string[]> {
    const tasks = Array.from({ length: count }, (_, i) => ({
      title: `Nhiệm vụ ${name} số ${i + 1}: rà soát, đẩy nhanh tiến độ giải phóng mặt bằng`, content: 'Báo cáo kết quả về Văn phòng UBND.',
      leadAgencyId: lead ?? `ag-${1 + (i % 20)}`, coordinatingAgencyIds: i % 3 ? [] : [`ag-${1 + ((i + 7) % 20)}`].filter((a) => a !== (lead ?? `ag-${1 + (i % 20)}`)),
      assigningLeaderId: `ld-${1 + (i % 4)}`, deadline: `${1 + (i % 12)}/2027`,
    }));
    const r = await this.post<{ tasks: { taskId: string; started: boolean }[] }>('office', '/api/directives', {
      directive: { number: `${name}/UBND-BENCH`, date: '2026-11-20', signer: 'Chủ tịch', source: 'peoples_committee', title: `Văn bản ${name}` }, tasks,
    }, 201);
    if (!r.tasks.every((t) => t.started)) throw new Error(`${name}: not every workflow started`);
    return r.tasks.map((t) => t.taskId);
  }

  /** From sending a one-task directive until the task is in the office's task list. */
  async timeToListed(name: string): Promise<number> {
    const began = performance.now();
    await this.register(name, 1);
    const path = `/api/tasks?directive=${encodeURIComponent(`${name}/UBND-BENCH`)}`;
    while ((await this.get<{ items: unknown[] }>('office', path)).items.length === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    return performance.now() - began;
  }
}

/** A task's start input (a few KB with its calendar), for a bare workflow to carry the same payload. */
export function bareInput(id: string): TaskInput {
  const agency = (a: string) => ({ id: a, name: `Cơ quan ${a}`, email: `${a}@bench.dondoc.vn`, head: { name: 'Thủ trưởng', email: `head.${a}@bench.dondoc.vn` } });
  return parseTaskInput({
    taskId: `BARE-${id}`.replace(/[^A-Za-z0-9._-]/g, '-').slice(0, 64), code: id, title: 'Nhiệm vụ: rà soát, đẩy nhanh tiến độ giải phóng mặt bằng', content: 'Báo cáo kết quả về Văn phòng UBND.',
    source: 'peoples_committee', directive: { number: 'BARE/UBND-BENCH', date: '2026-11-20', signer: 'Chủ tịch' },
    assigningLeader: { id: 'ld-2', name: 'Phó Chủ tịch', email: 'ld-2@bench.dondoc.vn' }, chairman: { id: 'ld-1', name: 'Chủ tịch', email: 'ld-1@bench.dondoc.vn' },
    office: { name: 'Văn phòng UBND', email: 'vp@bench.dondoc.vn' }, leadAgency: agency('ag-3'), coordinatingAgencies: [agency('ag-9')],
    deadline: { precision: 'month', year: 2027, month: 3 },
  });
}
