// The embedded system for browser tests: the web app built (once, when its sources changed), the API
// serving it on a loopback port with a PGlite register, a Temporal dev server and a worker, the demo
// city loaded, and Debian's Chromium driven by playwright-core. Everything is stopped in afterAll.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker } from '@temporalio/worker';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DatabaseNotificationStore, Notifier } from '../../src/activities';
import { ensureAdmin } from '../../src/api/bootstrap';
import { DEMO_PASSWORD, loadDemoCity } from '../../src/api/demo';
import { ErrorBody } from '../../src/api/errors';
import { buildApi } from '../../src/api/server';
import { WritesInFlight } from '../../src/api/writes-in-flight';
import { backgroundLaneOf, openPglite, type Database } from '../../src/db/database';
import { migrate } from '../../src/db/migrations';
import { startDevServer, testWorker, uniqueTaskQueue } from './temporal';

const root = path.resolve(__dirname, '../..');
export const SCREENSHOTS = path.join(root, 'test-output/screenshots');
export const WIDTHS = [1440, 375] as const;

/** Flags that keep Chromium off the network and quiet on this machine. */
const CHROMIUM_ARGS = ['--lang=vi-VN', '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface WebSystem {
  baseUrl: string;
  db: Database;
  browser: Browser;
  /** A fresh browser context (its own cookies), signed in as `username` with the demo password, on the home page. */
  signIn(username: string, width?: number, password?: string): Promise<Page>;
  /** Every API answer the pages saw with a server error or an error body not in the documented shape. */
  apiFaults: string[];
}

export function chromiumPath(): string {
  const found = process.env.DONDOC_CHROMIUM ?? '/usr/bin/chromium';
  return found;
}

export function webSystemPerFile(): () => WebSystem {
  let system: WebSystem | undefined;
  let app: FastifyInstance | undefined;
  let env: TestWorkflowEnvironment | undefined;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  let db: Database | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    execFileSync('bash', [path.join(root, 'scripts/build-web.sh')], { stdio: 'inherit', env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    db = await openPglite();
    await migrate(db);
    await ensureAdmin(db, 'admin-password-1');
    env = await startDevServer();
    const taskQueue = uniqueTaskQueue('web');
    worker = await testWorker(env, taskQueue, { notifier: new Notifier(new DatabaseNotificationStore(backgroundLaneOf(db))), register: backgroundLaneOf(db) });
    running = worker.run();
    const services = { db, temporal: env.client, taskQueue, log: (message: string, details?: Record<string, unknown>) => console.error(message, details), writes: new WritesInFlight() };
    app = await buildApi({ ...services, checkResponses: true, webRoot: path.join(root, 'web/dist'), loginLimit: { maxFailures: 100, windowMs: 60_000 } });
    await loadDemoCity(services, { userId: 'admin', name: 'Quản trị hệ thống', email: '', role: 'admin', agencyId: null, leaderId: null });
    await app.listen({ host: '127.0.0.1', port: 0 });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    const apiFaults: string[] = [];
    const signIn: WebSystem['signIn'] = async (username, width = 1440, password = DEMO_PASSWORD) => {
      const context = await browser!.newContext({ baseURL: baseUrl, viewport: { width, height: 900 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads: true });
      contexts.push(context);
      const page = await context.newPage();
      page.on('response', async (response) => {
        if (!response.url().includes('/api/') || response.status() < 400) return;
        const body = await response.json().catch(() => null);
        if ((response.status() >= 500 && response.status() !== 503) || !ErrorBody.safeParse(body).success) apiFaults.push(`${response.request().method()} ${response.url()}: ${response.status()} ${JSON.stringify(body)}`);
      });
      await page.goto('/');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
      return page;
    };
    system = { baseUrl, db, browser, signIn, apiFaults };
  }, 180_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    // A request the closed pages left running (a task page reads the workflow's state) finishes while the worker still runs.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await app?.close();
    if (worker?.getState() === 'RUNNING') worker.shutdown();
    await running;
    await env?.teardown();
    await db?.close();
  }, 120_000);

  return () => {
    if (!system) throw new Error('the web system is started in beforeAll');
    return system;
  };
}

/** No WCAG 2.1 A/AA violation on the page as it is now (axe-core). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
  expect({ screen: what, violations: found }).toEqual({ screen: what, violations: [] });
}

/**
 * The screen at both widths: a full-page screenshot for the reviewer (test-output/screenshots/<name>-<width>.png)
 * and the axe check at each; the page is left at its original width.
 */
export async function screen(page: Page, name: string): Promise<void> {
  const original = page.viewportSize() ?? { width: 1440, height: 900 };
  await page.waitForLoadState('networkidle');
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.waitForTimeout(150); // charts resize on the next frame
    await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-${width}.png`), fullPage: true });
    await expectAccessible(page, `${name} at ${width} px`);
  }
  await page.setViewportSize(original);
}
