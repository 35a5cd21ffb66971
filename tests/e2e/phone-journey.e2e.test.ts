import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs } from './dispatch-steps';
import { login } from './journey-steps';
import { launchBrowser } from './launch-browser';
import {
  type Api,
  assignedOrder,
  confirmedThroughApi,
  drawSignature,
  expectNoSidewaysScroll,
  historyCount,
  m,
  openJobFromList,
  openPrimaryStep,
  phoneContext,
  sheet,
  statusOf,
  submitStep,
} from './phone-steps';
import { startTestServer } from './start-test-server';

// The smallest valid PNG: one pixel, as the camera would hand over a (much larger) photo.
const PHOTO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('phone journey: assigned → contacted → travel → on site → repaired → signed and closed', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let desk: Api;
  let technician: Api;

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    desk = await apiAs(server.url, 'dispatcher');
    technician = await apiAs(server.url, 'technician');
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('carries the job to a signed, closed order, with steps made offline sent exactly once', async () => {
    const me = await technician<{ id: string }>('/auth/me');
    const order = await assignedOrder(desk, me.id, `监护仪黑屏 ${Date.now()}`, 'in');

    const context = await phoneContext(browser);
    const page = await context.newPage();
    const keys = new Map<string, string[]>();
    page.on('request', (request) => {
      const step = /\/api\/work-orders\/[^/]+\/([a-z-]+)$/.exec(request.url())?.[1];
      const key = request.headers()['idempotency-key'];
      if (step && key && request.method() === 'POST')
        keys.set(step, [...(keys.get(step) ?? []), key]);
    });
    await login(page, server.url, 'technician', 'zh-CN');
    // On a phone, the technician's home is the phone screens.
    await page.goto(`${server.url}/`);
    await openJobFromList(page, order.number);
    await page.screenshot({ path: 'test-results/phone-job-assigned.png', fullPage: true });
    await expectNoSidewaysScroll(page);
    expect(await page.getByTestId('call-customer').getAttribute('href')).toBe('tel:09515551234');
    expect(await page.getByTestId('navigate').getAttribute('href')).toMatch(
      /^https:\/\/uri\.amap\.com\//,
    );

    // 已联系客户: both "told" boxes are required.
    await openPrimaryStep(page, 'schedule');
    await sheet(page).getByTestId('step-submit').click();
    await expect.poll(() => sheet(page).getByText(m.technicianApp.mustTick).count()).toBe(2);
    await sheet(page).getByTestId('warranty-told').click();
    await sheet(page).getByTestId('charges-told').click();
    await submitStep(page);
    await expect.poll(() => statusOf(technician, order.id)).toBe('scheduled');

    // 出发 with no network: kept on the phone, shown as waiting, and the next button is 到达.
    await context.setOffline(true);
    await page.getByTestId('offline').waitFor();
    await openPrimaryStep(page, 'start_travel');
    await submitStep(page);
    const draft = page.locator('[data-testid="draft"][data-kind="start_travel"]');
    await expect.poll(() => draft.getAttribute('data-state')).toBe('queued');
    await page.getByText(m.technicianApp.outbox.title).first().waitFor();
    await expect
      .poll(() => page.getByTestId('primary-step').getAttribute('data-step'))
      .toBe('arrive');
    await page.screenshot({ path: 'test-results/phone-offline-waiting.png', fullPage: true });
    expect(await statusOf(technician, order.id)).toBe('scheduled');
    expect(keys.get('start-travel')).toBeUndefined();

    // Back online: the 'online' event sends it, once.
    await context.setOffline(false);
    await page.getByTestId('pending-drafts').waitFor({ state: 'detached' });
    await expect.poll(() => statusOf(technician, order.id)).toBe('en_route');
    expect(await historyCount(technician, order.id, 'start_travel')).toBe(1);

    // 到达: the answer is lost on the way back (the server did take it); the phone keeps the
    // draft, and sending it again with the same key replays the first answer.
    await page.route('**/api/work-orders/*/arrive', async (route) => {
      await route.fetch();
      await route.abort('connectionreset');
    });
    await openPrimaryStep(page, 'arrive');
    const ticks = sheet(page).locator('[data-testid^="checklist-item-"]');
    const items = await ticks.count();
    for (let i = 0; i < items; i++) await ticks.nth(i).click();
    await sheet(page).locator('input[inputmode="decimal"]').fill('12');
    await submitStep(page);
    await expect
      .poll(() =>
        page.locator('[data-testid="draft"][data-kind="arrive"]').getAttribute('data-state'),
      )
      .toBe('queued');
    await page.unroute('**/api/work-orders/*/arrive');
    await page.getByTestId('send-now').click();
    await page.getByTestId('pending-drafts').waitFor({ state: 'detached' });
    const arriveKeys = keys.get('arrive') ?? [];
    expect(arriveKeys).toHaveLength(2);
    expect(new Set(arriveKeys).size).toBe(1);
    expect(await historyCount(technician, order.id, 'arrive')).toBe(1);
    const onSite = await technician<{ visits: { travelCostCents: number | null }[] }>(
      `/work-orders/${order.id}/on-site`,
    );
    expect(onSite.visits).toHaveLength(1);
    expect(onSite.visits[0]?.travelCostCents).toBe(1200);

    // 确认故障: the reported fault comes prefilled.
    await expect.poll(() => statusOf(technician, order.id)).toBe('on_site');
    await openPrimaryStep(page, 'confirm');
    await sheet(page)
      .getByLabel(m.technicianApp.confirm.diagnosis)
      .fill('电源模块损坏，更换后自检正常');
    await submitStep(page);

    // Parts and a photo, taken with the camera input and shrunk in the browser.
    await page.getByTestId('add-part').click();
    // The demo stocks the technician's van; this part is typed in by hand.
    await sheet(page).getByTestId('part-source').getByText(m.inventory.van.manual).click();
    await sheet(page).getByTestId('part-name').fill('电源模块');
    await sheet(page).locator('input[inputmode="decimal"]').fill('380');
    await submitStep(page);
    await page.getByTestId('part-line').filter({ hasText: '电源模块' }).waitFor();
    await page
      .getByTestId('photo-input')
      .setInputFiles({ name: 'fault.png', mimeType: 'image/png', buffer: PHOTO });
    await expect
      .poll(
        async () =>
          (await technician<{ photos: unknown[] }>(`/work-orders/${order.id}/on-site`)).photos
            .length,
      )
      .toBe(1);

    // 现场修复, then the customer signs on the phone and the order closes.
    await expect.poll(() => statusOf(technician, order.id)).toBe('confirmed');
    await openPrimaryStep(page, 'resolve');
    await sheet(page)
      .getByLabel(m.technicianApp.resolve.workDone)
      .fill('更换电源模块，开机自检正常');
    await submitStep(page);
    await openPrimaryStep(page, 'complete');
    await sheet(page).getByTestId('step-submit').click();
    await sheet(page).getByText(m.technicianApp.signature.missing).waitFor();
    await drawSignature(page);
    await page.screenshot({ path: 'test-results/phone-signature.png' });
    await submitStep(page);
    await page.getByTestId('job-closed').waitFor();
    await expectNoSidewaysScroll(page);
    await page.screenshot({ path: 'test-results/phone-job-closed.png', fullPage: true });

    const closed = await technician<{ status: string; closedAt: string | null }>(
      `/work-orders/${order.id}`,
    );
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    const record = await technician<{
      parts: { name: string }[];
      signatures: { purpose: string; signerName: string; method: string }[];
    }>(`/work-orders/${order.id}/on-site`);
    expect(record.parts.map((p) => p.name)).toEqual(['电源模块']);
    expect(record.signatures).toEqual([
      expect.objectContaining({ purpose: 'completion', method: 'signature' }),
    ]);
    for (const step of ['schedule', 'start_travel', 'arrive', 'confirm', 'resolve', 'complete']) {
      expect(await historyCount(technician, order.id, step), step).toBe(1);
    }
    await context.close();
  });

  it('out of warranty: prices the job, the customer signs the quote, then the repair and completion', async () => {
    const me = await technician<{ id: string }>('/auth/me');
    const order = await assignedOrder(desk, me.id, `主板故障 ${Date.now()}`, 'expired');
    await confirmedThroughApi(technician, order.id);

    const context = await phoneContext(browser);
    const page = await context.newPage();
    await login(page, server.url, 'technician', 'zh-CN');
    await page.goto(`${server.url}/m`);
    await openJobFromList(page, order.number);
    // No repair before the customer approves: the quote is the one next step.
    expect(await page.getByTestId('step-resolve').count()).toBe(0);
    await openPrimaryStep(page, 'request_approval');
    await sheet(page).getByRole('button', { name: m.technicianApp.quote.calculate }).click();
    await sheet(page).getByTestId('quote-summary').waitFor();
    const charged = (await sheet(page).getByTestId('quote-charged').textContent()) ?? '';
    expect(charged).toMatch(/¥[\d,]+\.\d{2}/);
    await page.screenshot({ path: 'test-results/phone-quote.png' });
    await submitStep(page);
    await expect.poll(() => statusOf(technician, order.id)).toBe('awaiting_approval');

    await openPrimaryStep(page, 'approve_quote');
    await sheet(page).getByTestId('quote-summary').waitFor();
    await drawSignature(page);
    await submitStep(page);
    await expect.poll(() => statusOf(technician, order.id)).toBe('confirmed');

    await openPrimaryStep(page, 'resolve');
    await sheet(page).getByLabel(m.technicianApp.resolve.workDone).fill('更换主板，开机正常');
    await submitStep(page);
    await openPrimaryStep(page, 'complete');
    await drawSignature(page);
    await submitStep(page);
    await page.getByTestId('job-closed').waitFor();
    await expectNoSidewaysScroll(page);

    const record = await technician<{
      quote: { id: string } | null;
      signatures: { purpose: string; method: string }[];
    }>(`/work-orders/${order.id}/on-site`);
    expect(record.quote).not.toBeNull();
    expect(record.signatures.map((s) => `${s.purpose}:${s.method}`).sort()).toEqual([
      'completion:signature',
      'quote:signature',
    ]);
    expect(await statusOf(technician, order.id)).toBe('closed');
    await context.close();
  });
});
