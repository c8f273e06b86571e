// A directive's tasks are checked a slice at a time: the same output and the same refusals as checking
// the whole body with its schema, with the event loop coming round between slices.
import { ApiError, parse } from '../../src/api/errors';
import { listIn, parseInSlices, refuseUnstorableItems } from '../../src/api/long-lists';
import { MAX_TASKS_PER_DIRECTIVE, NewTaskSchema, RegisterBody, RegisterShell } from '../../src/api/task-schemas';

const sliced = { field: 'tasks', shell: RegisterShell, item: NewTaskSchema };
const directive = { number: '12/UBND-ĐĐ', date: '2026-11-20', signer: 'Chủ tịch', source: 'peoples_committee', title: 'Về đẩy nhanh tiến độ' };
const task = (title: string, more: Record<string, unknown> = {}) => ({ title, leadAgencyId: 'sxd', assigningLeaderId: 'pct-a', deadline: '30/6/2031', ...more });

/** What a check answers: the parsed body, or the refusal's fields. */
async function outcome(check: () => unknown): Promise<unknown> {
  try {
    return { body: await check() };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return { status: error.status, fields: error.toJSON().error.fields };
  }
}

describe('a body checked a slice at a time', () => {
  const bodies: [string, Record<string, unknown>][] = [
    ['valid, defaults filled in', { directive, tasks: [task('Một'), task('Hai', { priority: 'urgent', coordinatingAgencyIds: ['stc'], code: 'A-2' })] }],
    ['bad tasks', { directive, tasks: [task('Đúng'), task('', { leadAgencyId: 'Không hợp lệ' }), task('Ba', { deadline: 7, extra: true })] }],
    ['a bad directive and bad tasks', { directive: { ...directive, date: '20/11/2026', signer: '' }, tasks: [task('Một', { priority: 'soon' })] }],
    ['an unknown field beside bad tasks', { directive, tasks: [task('Một', { deadline: null })], note: 'x' }],
    ['an unknown field beside a bad directive and bad tasks', { note: 'x', directive: { ...directive, source: 'x' }, tasks: [task('Một', { title: 5 }), task('Hai', { x: 1 })] }],
    ['no directive', { tasks: [task('Một')] }],
    ['no task', { directive, tasks: [] }],
    ['a task that is not an object', { directive, tasks: ['Một', null, task('Ba')] }],
  ];

  it.each(bodies)('parses %s exactly as the whole schema does', async (_, body) => {
    const whole = await outcome(() => parse(RegisterBody, body));
    expect(await outcome(() => parseInSlices(sliced, body))).toEqual(whole);
    expect(whole).toMatchObject(_ === 'valid, defaults filled in' ? { body: { tasks: [{ content: '', priority: 'normal', coordinatingAgencyIds: [] }, {}] } } : { status: 400 });
  });

  it('refuses a list longer than allowed as such, without checking its items', async () => {
    const tasks = Array.from({ length: MAX_TASKS_PER_DIRECTIVE + 1 }, (_, i) => task(i % 2 ? '' : `Nhiệm vụ ${i}`));
    expect(await outcome(() => parseInSlices(sliced, { directive, tasks }))).toEqual({
      status: 400, fields: [{ field: 'tasks', message: expect.stringContaining(String(MAX_TASKS_PER_DIRECTIVE)) }],
    });
  });

  it('lets the event loop come round between slices', async () => {
    const body = { directive, tasks: [task('Một'), task('Hai'), task('Ba')] };
    for (const check of [() => parseInSlices(sliced, body, 0), () => refuseUnstorableItems(body.tasks, 'tasks', 0)]) {
      let turns = 0;
      let checking = true;
      const count = () => setImmediate(() => checking && (turns += 1, count()));
      count();
      try {
        await check();
      } finally {
        checking = false;
      }
      expect(turns).toBeGreaterThanOrEqual(2); // one turn at least between each two items
    }
  });

  it('names the first field holding text that cannot be stored', async () => {
    const tasks = [task('Một'), task('Hai', { content: 'a\u0000b' }), task('\ud800')];
    expect(await outcome(() => refuseUnstorableItems(tasks, 'tasks'))).toEqual({ status: 400, fields: [{ field: 'tasks.1.content', message: expect.stringContaining('NUL') }] });
    expect(await outcome(() => refuseUnstorableItems([task('Một')], 'tasks'))).toEqual({ body: undefined });
  });

  it('finds the list only in an object body', () => {
    expect(listIn({ tasks: [1] }, 'tasks')).toEqual([1]);
    for (const body of [undefined, null, [], 'tasks', { tasks: 'x' }, { other: [] }]) expect(listIn(body, 'tasks')).toBeUndefined();
  });
});
