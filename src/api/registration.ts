// Registering a directive and its tasks: every task checked first against the directory (read once per
// request), then the start inputs and the tasks' first register rows stored in one transaction, then
// the workflows started a bounded number at a time. Up to MAX_TASKS_PER_DIRECTIVE tasks per request.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { z } from 'zod';
import { TaskInputSchema } from '../client/task-input';
import { startCheckedTask, startTask } from '../client/tasks';
import { currentCalendar } from '../db/current-calendar';
import type { Queryable } from '../db/database';
import { profileChooser, type ProfileChooser } from '../db/policy-profiles';
import {
  claimDirective, insertRegistrations, knownDirective, markStarted, registeredTitles, reserveTaskIds, startedTaskIds, unstartedRegistrations,
  type NewRegistration, type RegisteredTask,
} from '../db/registrations';
import { WorkingCalendar, type CalendarData, type LocalDate } from '../domain/calendar';
import { deadlineWords, initialTaskRow, isTruncatedTitle, parseDeadlineText, type TaskRow } from '../domain/register';
import { DEFAULT_TASK_POLICY, type Agency, type DeadlineSpec, type TaskInput } from '../domain/task';
import type { Principal } from './auth';
import { audit } from './audit';
import { forEachConcurrently, mapInSlices } from './cooperative';
import { findAgencies, findLeaders, type AgencyRecord, type LeaderRecord } from './directory';
import { ApiError, badInput, problemsOf, type FieldProblem } from './errors';
import { RegisterBody, type DirectiveFacts, type NewTask } from './task-schemas';
import type { TaskServices } from './tasks';

/**
 * Workflow starts in flight at once. Each start is a round trip to Temporal; sixteen keep the server
 * busy without queueing thousands of requests on the client connection.
 */
export const START_CONCURRENCY = 16;

/**
 * Tasks stored per transaction on PGlite: 10–40 ms each (PGlite runs on the event loop, so a part is
 * that long a pause for every request and activity), and between parts the loop comes round (`Turns` in
 * src/db/database.ts). A crash part-way leaves the parts already stored; a retry with the same
 * Idempotency-Key finds them and stores the rest (see registerDirective).
 */
export const STORE_PART_ON_PGLITE = 40;

export const agencyForTask = (a: AgencyRecord): Agency => ({ id: a.id, name: a.name, email: a.email, head: a.head });

/** What every new task is started with, read once per request: the chairman, the office and the calendar. */
export interface RegistrationContext {
  chairman: { id: string; name: string; email: string };
  office: { name: string; email: string };
  calendar: CalendarData;
  /** `calendar` to count with: periods such as "trong 05 ngày làm việc". */
  workingCalendar: WorkingCalendar;
  /** The day tasks registered now are received: "kể từ ngày nhận được văn bản" counts from it. */
  today: LocalDate;
  /** Which policy profile each task runs under. */
  profiles: ProfileChooser;
}

export async function registrationContext(q: Queryable): Promise<RegistrationContext> {
  const { rows: chairmen } = await q.query<{ id: string; name: string; email: string }>('SELECT id, name, email FROM leaders WHERE is_chairman AND active');
  const { rows: offices } = await q.query<{ name: string; email: string }>(`SELECT name, email FROM agencies WHERE kind = 'office' AND active ORDER BY id LIMIT 1`);
  if (!chairmen[0]) throw new ApiError(409, 'NO_CHAIRMAN', 'Chưa khai báo Chủ tịch trong danh mục lãnh đạo / No active chairman in the leaders directory');
  if (!offices[0]) throw new ApiError(409, 'NO_OFFICE', 'Chưa khai báo Văn phòng (cơ quan loại office) / No active office agency (kind "office")');
  const calendar = await currentCalendar(q);
  const workingCalendar = new WorkingCalendar(calendar);
  return { chairman: chairmen[0], office: offices[0], calendar, workingCalendar, today: workingCalendar.localDateOf(Date.now()), profiles: await profileChooser(q) };
}

/** The directory entries some new tasks name: two queries, however many tasks. */
interface Directory {
  agencies: Map<string, AgencyRecord>;
  leaders: Map<string, LeaderRecord>;
}

async function directoryFor(q: Queryable, tasks: readonly NewTask[]): Promise<Directory> {
  const agencyIds = new Set(tasks.flatMap((t) => [t.leadAgencyId, ...t.coordinatingAgencyIds]));
  const leaderIds = new Set(tasks.map((t) => t.assigningLeaderId));
  const [agencies, leaders] = [await findAgencies(q, [...agencyIds]), await findLeaders(q, [...leaderIds])];
  return { agencies: new Map(agencies.map((a) => [a.id, a])), leaders: new Map(leaders.map((l) => [l.id, l])) };
}

/** A task as the API takes it; the import, which reads the deadline itself, passes the words it read it from. */
type TaskToBuild = NewTask & { deadlineText?: string };

/** The start input of a new task (its id still "pending"); problems name fields under `prefix`. Pure: no I/O. */
function buildTaskInput(dir: Directory, context: RegistrationContext, directive: DirectiveFacts, t: TaskToBuild, prefix: string): { input?: TaskInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const field = (name: string, message: string) => problems.push({ field: `${prefix}.${name}`, message });
  const active = (id: string) => {
    const a = dir.agencies.get(id);
    return a?.active ? a : undefined;
  };
  const lead = active(t.leadAgencyId);
  if (!lead) field('leadAgencyId', `không có cơ quan "${t.leadAgencyId}" đang hoạt động / no active agency "${t.leadAgencyId}"`);
  const coordinating: AgencyRecord[] = [];
  for (const [i, id] of t.coordinatingAgencyIds.entries()) {
    const a = active(id);
    if (!a) field(`coordinatingAgencyIds.${i}`, `không có cơ quan "${id}" đang hoạt động / no active agency "${id}"`);
    else coordinating.push(a);
  }
  const leader = dir.leaders.get(t.assigningLeaderId);
  if (!leader?.active) field('assigningLeaderId', `không có lãnh đạo "${t.assigningLeaderId}" / no active leader "${t.assigningLeaderId}"`);
  let deadline: DeadlineSpec | undefined;
  let deadlineText = t.deadlineText;
  if (typeof t.deadline === 'string') {
    const parsed = parseDeadlineText(t.deadline, { directiveDate: directive.date, receivedDate: context.today, calendar: context.workingCalendar });
    if (parsed.ok) deadline = parsed.deadline;
    else field('deadline', parsed.reason);
    deadlineText = deadlineWords(t.deadline, parsed);
  } else deadline = t.deadline;
  // The profile named for the task, else the one its source and priority call for, else the default.
  const profile = t.policyProfile ? context.profiles.named(t.policyProfile) : context.profiles.forTask(directive.source, t.priority);
  if (t.policyProfile && !profile) field('policyProfile', `không có chế độ đôn đốc "${t.policyProfile}" đang dùng / no active policy profile "${t.policyProfile}"`);
  if (isTruncatedTitle(t.title)) field('title', 'trích yếu bị cắt ("…"), cần nhập đầy đủ / the title is cut short ("…"); enter it in full');
  if (problems.length || !lead || !leader || !deadline) return { problems };
  const parsed = TaskInputSchema.safeParse({
    taskId: 'pending',
    code: t.code ?? 'pending',
    title: t.title,
    content: t.content,
    source: directive.source,
    directive: { number: directive.number, date: directive.date, signer: directive.signer },
    assigningLeader: { id: leader.id, name: `${leader.title} ${leader.name}`, email: leader.email },
    chairman: context.chairman,
    office: context.office,
    leadAgency: agencyForTask(lead),
    coordinatingAgencies: coordinating.map(agencyForTask),
    deadline,
    ...(deadlineText ? { deadlineText } : {}),
    priority: t.priority,
    policy: profile?.policy ?? DEFAULT_TASK_POLICY,
    ...(profile ? { policyProfile: profile.id } : {}),
    calendar: context.calendar,
  });
  if (!parsed.success) return { problems: problemsOf(parsed.error, prefix) };
  return { input: parsed.data, problems: [] };
}

/** One task's start input, for the import (one row at a time). */
export async function taskInputFor(q: Queryable, context: RegistrationContext, directive: DirectiveFacts, t: TaskToBuild, prefix: string): Promise<{ input?: TaskInput; problems: FieldProblem[] }> {
  return buildTaskInput(await directoryFor(q, [t]), context, directive, t, prefix);
}

/** The directive on record with another date or signer than `d` has. */
export function directiveConflict(d: DirectiveFacts, onRecord: { date: string; signer: string } | undefined): ApiError | null {
  if (!onRecord || (onRecord.date === d.date && onRecord.signer === d.signer)) return null;
  return new ApiError(409, 'DIRECTIVE_CONFLICT', `Văn bản số ${d.number} đã đăng ký với ngày/người ký khác / Directive ${d.number} is already registered with another date or signer`, [
    { field: 'directive.number', message: `đã có: ${onRecord.date}, ${onRecord.signer} / exists: ${onRecord.date}, ${onRecord.signer}` },
  ]);
}

function duplicateTitles(directive: DirectiveFacts, tasks: readonly NewTask[], existing: Map<string, RegisteredTask>): ApiError {
  return new ApiError(409, 'DUPLICATE_TASK', `Văn bản ${directive.number} đã có nhiệm vụ cùng trích yếu / Directive ${directive.number} already has a task with this title`, tasks.flatMap((t, i) => {
    const taskId = existing.get(t.title)?.taskId;
    return taskId ? [{ field: `tasks.${i}.title`, message: `đã đăng ký: ${taskId} (cùng văn bản và trích yếu) / already registered as ${taskId} (same directive and title)` }] : [];
  }));
}

/** New tasks of a directive with their ids and first rows, ready to store (the rows are computed here, outside any transaction). */
export async function newRegistrations(q: Queryable, inputs: { input: TaskInput; code: string | undefined }[], registeredAt: number): Promise<NewRegistration[]> {
  const ids = await reserveTaskIds(q, inputs.length);
  return mapInSlices(inputs, ({ input, code }, i) => {
    const stored: TaskInput = { ...input, taskId: ids[i]!, code: code ?? ids[i]! };
    return { input: stored, row: initialTaskRow(stored, registeredAt) };
  });
}

/**
 * Registers a directive and its tasks: every task is checked first, then the directive, the tasks' start
 * inputs and their first register rows are stored in one transaction, then the workflows are started. A
 * workflow that could not start stays registered and is started by `startPendingTasks` (at every API start).
 * A task already registered under the same directive with the same title is a duplicate (409), unless
 * this request `resumes` one that was cut off after storing them (its Idempotency-Key was taken over):
 * then the stored tasks are its own, and are answered (and started) instead of stored twice.
 */
export async function registerDirective(s: TaskServices, p: Principal, body: z.input<typeof RegisterBody>, resumed = false) {
  return registerParsedDirective(s, p, RegisterBody.parse(body), resumed);
}

/** registerDirective for a body parsed already (the route's): parsing 5,000 tasks a second time held the event loop for 30–80 ms. */
export async function registerParsedDirective(s: TaskServices, p: Principal, { directive, tasks }: z.output<typeof RegisterBody>, resumed = false) {
  const firstIndex = new Map<string, number>();
  const repeated = tasks.flatMap((t, i) => {
    if (!firstIndex.has(t.title)) firstIndex.set(t.title, i);
    return firstIndex.get(t.title)! < i ? [{ field: `tasks.${i}.title`, message: 'trùng trích yếu với nhiệm vụ khác trong cùng văn bản / same title as another task of this directive' }] : [];
  });
  if (repeated.length) throw badInput(repeated);
  const context = await registrationContext(s.db);
  const directory = await directoryFor(s.db, tasks);
  const built = await mapInSlices(tasks, (t, i) => buildTaskInput(directory, context, directive, t, `tasks.${i}`));
  const problems = built.flatMap((b) => b.problems);
  if (problems.length) throw badInput(problems);

  // Checked before anything is numbered or computed, and again under the directive's lock below.
  const conflict = directiveConflict(directive, await knownDirective(s.db, directive.number));
  if (conflict) throw conflict;
  const titles = tasks.map((t) => t.title);
  const existing = await registeredTitles(s.db, directive.number, titles);
  if (existing.size && !resumed) throw duplicateTitles(directive, tasks, existing);

  const fresh = tasks.flatMap((t, i) => (existing.has(t.title) ? [] : [{ input: built[i]!.input!, code: t.code }]));
  const registeredAt = Date.now();
  const registrations = await newRegistrations(s.db, fresh, registeredAt);
  // PostgreSQL stores the whole directive in one transaction. PGlite is one connection for every request
  // and activity, and a transaction holds it: there, a part at a time (see STORE_PART_ON_PGLITE).
  const part = s.db.engine === 'pglite' ? STORE_PART_ON_PGLITE : Math.max(1, registrations.length);
  for (let from = 0; from === 0 || from < registrations.length; from += part) {
    const batch = registrations.slice(from, from + part);
    const last = from + part >= registrations.length;
    await s.db.transaction(async (tx) => {
      const again = directiveConflict(directive, await claimDirective(tx, directive, p.userId)); // locks the directive
      if (again) throw again;
      const taken = await registeredTitles(tx, directive.number, batch.map((r) => r.input.title));
      if (taken.size) throw duplicateTitles(directive, tasks, taken); // a concurrent request registered them meanwhile
      await insertRegistrations(tx, directive.number, p.userId, registeredAt, batch);
      if (last && registrations.length) await audit(tx, p, 'directive_registered', 'directive', directive.number, { tasks: [...existing.values()].map((e) => e.taskId).concat(registrations.map((r) => r.input.taskId)) });
    });
  }

  const stored = new Map<string, RegisteredTask>(existing);
  for (const r of registrations) stored.set(r.input.title, { taskId: r.input.taskId, code: r.input.code, title: r.input.title });
  const ids = tasks.map((t) => stored.get(t.title)!);
  const started = await startTasks(s, registrations.map((r) => ({ taskId: r.input.taskId, input: r.input, row: r.row })), true);
  if (existing.size) started.push(...(await startPendingTasks(s, [...existing.values()].map((e) => e.taskId))));
  // Tasks this request did not start may have been started by another (a resumed registration): asked of the register.
  const startedHere = new Set(started);
  const others = ids.map((r) => r.taskId).filter((id) => !startedHere.has(id));
  const running = new Set([...started, ...(others.length ? await startedTaskIds(s.db, others) : [])]);
  return { directive, tasks: ids.map((r) => ({ ...r, started: running.has(r.taskId) })) };
}

/**
 * Starts the workflows of registered tasks, START_CONCURRENCY at a time, and records them as started a
 * batch at a time. Returns the ids started (or found already running). One that does not start stays
 * pending for `startPendingTasks`.
 */
export async function startTasks(s: TaskServices, tasks: { taskId: string; input: TaskInput; row?: TaskRow }[], checked = false): Promise<string[]> {
  const started: string[] = [];
  let unrecorded: string[] = [];
  const failures: string[] = [];
  await forEachConcurrently(tasks, START_CONCURRENCY, async ({ taskId, input, row }) => {
    try {
      // Inputs read back from the register are parsed again; those this request built are parsed already.
      await (checked ? startCheckedTask(s.temporal, input, s.taskQueue, row) : startTask(s.temporal, input, s.taskQueue));
    } catch (error) {
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) {
        failures.push(`${taskId}: ${(error as Error).message}`);
        return;
      }
    }
    started.push(taskId);
    unrecorded.push(taskId);
    if (unrecorded.length >= 500) {
      const batch = unrecorded;
      unrecorded = [];
      await markStarted(s.db, batch);
    }
  });
  await markStarted(s.db, unrecorded);
  if (failures.length) {
    s.log(`${failures.length} task workflow(s) did not start; they will be retried at the next start`, { first: failures[0] });
  }
  return started;
}

/** Starts the workflows of registered tasks not started yet (all of them, or those named), a page at a time. Returns the ids started. */
export async function startPendingTasks(s: TaskServices, only?: string[]): Promise<string[]> {
  const started: string[] = [];
  for (let after = ''; ; ) {
    const page = await unstartedRegistrations(s.db, after, 500, only);
    if (page.length === 0) return started;
    started.push(...(await startTasks(s, page)));
    after = page.at(-1)!.taskId;
  }
}
