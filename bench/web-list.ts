// The web app's task list on a 100,000-task register (issue 10's bar: first page in ≤ 1 s): seeds PGlite
// with bench/seed.ts, serves the built app and the API on a loopback port, signs in as the office in
// Debian's Chromium and times, over 5 runs after a warm-up, from opening /tasks to the first page's rows
// on screen. Prints the figures; not a test. Run with `npm run bench:web` (the web app must be built).
import path from 'node:path';
import { chromium } from 'playwright-core';
import { ensureAdmin } from '../src/api/bootstrap';
import { buildApi } from '../src/api/server';
import { openPglite } from '../src/db/database';
import { migrate } from '../src/db/migrations';
import { refreshPlannerStatistics } from '../src/db/planner-statistics';
import { median } from './report';
import { seedTasks } from './seed';

const TASKS = Number(process.env.DONDOC_BENCH_TASKS ?? 100_000);
const RUNS = 5;

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '../..');
  const db = await openPglite();
  await migrate(db);
  const began = performance.now();
  await seedTasks(db, { count: TASKS, agencies: Array.from({ length: 20 }, (_, i) => `ag-${i + 1}`), leaders: ['ld-1', 'ld-2', 'ld-3', 'ld-4'], now: Date.now() });
  await refreshPlannerStatistics(db);
  console.error(`seeded ${TASKS} tasks in ${((performance.now() - began) / 1000).toFixed(1)} s`);
  await ensureAdmin(db, 'bench-password-1');
  const app = await buildApi({ db, temporal: undefined as never, taskQueue: 'bench', log: () => undefined, webRoot: path.join(root, 'web/dist') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const baseURL = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: process.env.DONDOC_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await (await browser.newContext({ baseURL, locale: 'vi-VN' })).newPage();
    await page.goto('/');
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu').fill('bench-password-1');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run++) {
      await page.goto('/statistics'); // elsewhere first, so each run loads the list anew
      const start = performance.now();
      await page.goto('/tasks');
      await page.locator('table.tasks tbody tr').nth(49).waitFor();
      if (run > 0) times.push(performance.now() - start); // run 0 warms up
    }
    console.log(`web task list, ${TASKS.toLocaleString('en')} tasks (PGlite): first page of 50 rows on screen in ${median(times).toFixed(0)} ms (median of ${RUNS}; runs ${times.map((t) => t.toFixed(0)).join(', ')} ms; bar ≤ 1000 ms)`);
  } finally {
    await browser.close();
    await app.close();
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
