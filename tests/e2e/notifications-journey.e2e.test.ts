import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, DESKTOP } from './dispatch-steps';
import { login } from './journey-steps';
import { type Api, assignedOrder, m } from './phone-steps';
import { startTestServer } from './start-test-server';

interface NotificationsRead {
  items: { id: string; event: string; params: Record<string, string>; readAt: string | null }[];
  unread: number;
}

describe('notifications: an assignment reaches the technician in the browser', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let desk: Api;
  let technician: Api;

  beforeAll(async () => {
    server = await startTestServer({ workOrders: 5 });
    const { launchBrowser } = await import('./launch-browser');
    browser = await launchBrowser();
    desk = await apiAs(server.url, 'dispatcher');
    technician = await apiAs(server.url, 'tech2');
    mkdirSync('test-results', { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The technician's unread count, as the server has it. */
  const unreadOf = async () =>
    (await technician<NotificationsRead>('/notifications?page=1&pageSize=1')).unread;

  it('counts it on the bell, opens its order from the bell, and marks all read on the page', async () => {
    const me = await technician<{ id: string }>('/auth/me');
    // Two assignments: one is opened from the bell, the other is left for "mark all read".
    // Other notices may arrive meanwhile (the demo's service clocks), so counts are compared
    // with the server's, and these two are followed by their order numbers.
    const order = await assignedOrder(desk, me.id, `通知测试 ${Date.now()}`, 'in');
    const other = await assignedOrder(desk, me.id, `通知测试 ${Date.now()}`, 'in');
    await server.jobs.runDue();
    const readAtOf = async (number: string) => {
      const { items } = await technician<NotificationsRead>('/notifications?page=1&pageSize=50');
      const found = items.find(
        (n) => n.event === 'workOrder.assigned' && n.params.number === number,
      );
      return found ? found.readAt : 'missing';
    };
    await expect.poll(() => readAtOf(order.number)).toBeNull();
    await expect.poll(() => readAtOf(other.number)).toBeNull();
    const text = m.notifications.events.workOrder.assigned.replace('{{number}}', order.number);

    const context = await browser.newContext({ ...DESKTOP, locale: 'zh-CN' });
    const page = await context.newPage();
    await login(page, server.url, 'tech2', 'zh-CN');
    const bell = page.getByTestId('notification-bell');
    const badge = bell.locator('.ant-badge-count');
    const bellCount = async () =>
      (await badge.count()) === 0 ? 0 : Number(await badge.getAttribute('title'));
    await expect
      .poll(async () => (await bellCount()) === (await unreadOf()) && (await bellCount()) >= 2)
      .toBe(true);

    // The bell's list: the newest first, unread; opening one goes to its order and reads it.
    await bell.click();
    const row = page
      .locator('.ant-popover')
      .getByTestId('notification-row')
      .filter({ hasText: text.split('，')[0]! });
    await row.click();
    await page.waitForURL(`**/work-orders/${order.id}`);
    await page.getByText(order.number).first().waitFor();
    await expect.poll(() => readAtOf(order.number)).not.toBeNull();
    expect(await readAtOf(other.number)).toBeNull();

    // The page: every notification; "mark all read" reads the other one too, and the bell
    // follows the server's count.
    await page.goto(`${server.url}/notifications`);
    await page.getByTestId('notification-row').filter({ hasText: other.number }).waitFor();
    await page.getByTestId('mark-all-read').click();
    await expect.poll(() => readAtOf(other.number)).not.toBeNull();
    await expect.poll(async () => (await bellCount()) === (await unreadOf())).toBe(true);
    await page.screenshot({ path: 'test-results/notifications-page.png', fullPage: true });
    await context.close();
  });
});
