import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiAs,
  type Board,
  dayInShanghai,
  DESKTOP,
  myCards,
  PHONE,
  type Recommendation,
} from './dispatch-steps';
import { displayNameOf, login, messagesOf } from './journey-steps';
import { launchBrowser } from './launch-browser';
import { startTestServer } from './start-test-server';

const m = messagesOf('zh-CN');
const DAY_CODES = ['not-a-work-day', 'day-off'];
const TECHNICIANS = ['technician', ...Array.from({ length: 9 }, (_, i) => `tech${i + 2}`)];

describe('dispatch journey: plan the day → apply → each technician sees their jobs in order', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let browser: Browser;
  let api: Awaited<ReturnType<typeof apiAs>>;
  let day: string;
  const usernameOf = new Map<string, string>();

  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
    api = await apiAs(server.url, 'dispatcher');
    for (const username of TECHNICIANS) {
      usernameOf.set(await displayNameOf(server.url, username), username);
    }
    // Today, or the next day on which at least two technicians still have three hours of shift
    // (the demo week is Mon–Fri for most, and late in the day there is no room left to plan).
    for (let offset = 0; offset < 7; offset++) {
      day = dayInShanghai(offset);
      const board = await api<Board>(`/dispatch/board?day=${day}`);
      const roomy = board.technicians.filter(
        (t) => !t.off && Date.parse(t.shiftEnd) - Date.now() > 3 * 3_600_000,
      );
      if (roomy.length >= 2) break;
    }
    mkdirSync('test-results', { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openBoard(page: Page) {
    await login(page, server.url, 'dispatcher', 'zh-CN');
    await page.getByRole('menuitem', { name: m.nav.dispatch }).click();
    await page.waitForURL(/\/dispatch/);
    await page.goto(`${server.url}/dispatch?day=${day}`);
    await page.getByTestId('technician-row').first().waitFor();
  }

  it('plans, applies, and the technicians see their planned orders in route order', async () => {
    const before = await api<Board>(`/dispatch/board?day=${day}`);
    expect(before.unassigned.length).toBeGreaterThan(0);

    const desk = await browser.newContext(DESKTOP);
    const page = await desk.newPage();
    await openBoard(page);
    await page.screenshot({ path: 'test-results/dispatch-board-before.png', fullPage: true });

    await page.getByTestId('plan-day').click();
    const proposal = page.getByTestId('plan-proposal');
    await proposal.waitFor({ timeout: 60_000 });
    const planned = Number(
      await page.getByTestId('plan-total-planned').locator('.ant-statistic-content').innerText(),
    );
    expect(planned).toBeGreaterThan(0);
    const draft = (await api<Board>(`/dispatch/board?day=${day}`)).draft;
    expect(draft).not.toBeNull();
    expect(await proposal.getAttribute('data-plan-id')).toBe(draft?.id);
    await page.screenshot({ path: 'test-results/dispatch-plan-proposal.png', fullPage: true });

    await page.getByTestId('plan-apply').click();
    await page.getByText(m.dispatch.applied).waitFor();
    await expect.poll(() => proposal.count()).toBe(0);
    await page.screenshot({ path: 'test-results/dispatch-board-applied.png', fullPage: true });

    // The board now holds the plan's routes, job for job, in the plan's order.
    const after = await api<Board>(`/dispatch/board?day=${day}`);
    const routes = draft?.plan.routes ?? [];
    for (const route of routes) {
      const row = after.technicians.find((t) => t.id === route.technicianId);
      const scheduled = (row?.jobs ?? []).filter((j) => j.plannedStart).map((j) => j.number);
      expect(scheduled).toEqual(route.stops.map((s) => s.number));
    }
    await desk.close();

    const busiest = [...routes].sort((a, b) => b.stops.length - a.stops.length).slice(0, 2);
    expect(busiest.length).toBe(2);
    expect(busiest[1]?.stops.length).toBeGreaterThan(0);
    for (const route of busiest) {
      const name = after.technicians.find((t) => t.id === route.technicianId)?.name ?? '';
      const username = usernameOf.get(name);
      expect(username, `no demo login for ${name}`).toBeTruthy();
      const phone = await browser.newContext(PHONE);
      const phonePage = await phone.newPage();
      await login(phonePage, server.url, username ?? '', 'zh-CN');
      await phonePage.waitForURL(/\/my-work-orders$/);
      const cards = await myCards(phonePage);
      const withTime = cards.filter((c) => c.plannedStart).map((c) => c.number);
      expect(withTime).toEqual(route.stops.map((s) => s.number));
      // Planned ones first, in the route's order; anything unplanned comes after them.
      expect(cards.slice(0, withTime.length).map((c) => c.number)).toEqual(withTime);
      expect(await phonePage.getByTestId('planned-start').count()).toBe(withTime.length);
      const scrollWidth = await phonePage.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth).toBeLessThanOrEqual(375);
      await phonePage.screenshot({ path: `test-results/dispatch-phone-${username}.png` });
      await phone.close();
    }
  }, 180_000);

  it('drags a job onto an eligible technician (it moves) and an ineligible one (refused)', async () => {
    const board = await api<Board>(`/dispatch/board?day=${day}`);
    const working = board.technicians.filter((t) => !t.off);
    const owner = working.find((t) => t.jobs.length > 0);
    const job = board.unassigned[0] ?? owner?.jobs[0];
    if (!job) throw new Error('nothing to drag on the board');
    const ranked = await api<Recommendation[]>(`/work-orders/${job.workOrderId}/recommendations`);
    const others = ranked.filter(
      (r) => working.some((t) => t.id === r.technicianId) && r.technicianId !== owner?.id,
    );
    // Recommendations judge today; the board's day may be another, so a "not working today"
    // is no refusal there. Skills and certificates hold on any day.
    const byDay = (code: string) => DAY_CODES.includes(code);
    const eligible = others.find((r) => r.ineligible.every((x) => byDay(x.code)));
    const ineligible = others.find((r) => r.ineligible.some((x) => !byDay(x.code)));

    const desk = await browser.newContext(DESKTOP);
    const page = await desk.newPage();
    await openBoard(page);
    const rowOf = (id: string) =>
      page.locator(`[data-testid="technician-row"][data-technician-id="${id}"]`);
    const drag = async (technicianId: string) => {
      const track = rowOf(technicianId).getByTestId('technician-track');
      const box = await track.boundingBox();
      const source = page.locator(`[data-work-order-id="${job.workOrderId}"]`).first();
      await source.dragTo(track, { targetPosition: { x: (box?.width ?? 600) * 0.9, y: 20 } });
    };
    const jobsOf = async (id: string) =>
      (await api<Board>(`/dispatch/board?day=${day}`)).technicians
        .find((t) => t.id === id)
        ?.jobs.map((j) => j.number) ?? [];

    if (ineligible) {
      await drag(ineligible.technicianId);
      const refusal = page.locator('.ant-message-notice-error');
      await refusal.waitFor();
      // The server's reason, in the UI language; the board stays as the server holds it.
      const reason = ineligible.ineligible.find((x) => !byDay(x.code))?.zh ?? '';
      expect(await refusal.innerText()).toContain(reason);
      await page.waitForTimeout(500); // the toast's fade-in, for the screenshot
      await page.screenshot({ path: 'test-results/dispatch-board-drag-refused.png' });
      expect(await jobsOf(ineligible.technicianId)).not.toContain(job.number);
      expect(
        await rowOf(ineligible.technicianId).locator(`[data-number="${job.number}"]`).count(),
      ).toBe(0);
    }
    if (eligible) {
      await drag(eligible.technicianId);
      await page.getByText(m.dispatch.moved).waitFor();
      await rowOf(eligible.technicianId).locator(`[data-number="${job.number}"]`).waitFor();
      expect((await jobsOf(eligible.technicianId)).at(-1)).toBe(job.number);
      await page.screenshot({ path: 'test-results/dispatch-board-drag-moved.png' });
    }
    expect(Boolean(eligible) || Boolean(ineligible)).toBe(true);
    await desk.close();
  }, 120_000);
});
