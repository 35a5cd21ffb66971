import { describe, expect, it } from 'vitest';
import { inTenant, type Tx } from '../../platform/db';
import { createJobRunner } from '../../platform/jobs';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { meetServiceClock } from './meet-service-clock';
import { pauseServiceClocks } from './pause-service-clocks';
import { slaJobHandlers } from './sla-job-handlers';
import type { OpenClockItem, SlaSummary } from './sla.schemas';
import { createClockedOrder, local } from './sla.test-support';

let a: TestTenant;
let b: TestTenant;
const cookies: Record<string, string> = {};
const orders: Record<'late' | 'waiting' | 'fresh', { id: string; number: string }> = {} as never;
const clock = manualClock('2026-12-01T01:00:00Z');
const at = (wallClock: string) => clock.set(local(`2026-12-01T${wallClock}:00`).toISOString());
const as = <T>(work: (tx: Tx) => Promise<T>) => inTenant(file.db, a.tenantId, work);

const get = (who: string, url: string, lang = 'zh-CN') =>
  file.app.inject({
    method: 'GET',
    url,
    headers: { cookie: cookies[who]!, 'accept-language': lang },
  });
const clocks = async (query = '') => {
  const response = await get('dispatcher', `/api/sla/clocks${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ items: OpenClockItem[]; total: number }>();
};
const row = (c: OpenClockItem) => `${c.number} ${c.kind} ${c.state} ${c.remainingMinutes}`;

async function signIn() {
  for (const role of ['dispatcher', 'technician'] as const)
    cookies[role] = await signInAs(file.app, a.usernames[role]);
  cookies.otherTenant = await signInAs(file.app, b.usernames.dispatcher);
}

async function newOrder(wallClock: string, technicianId?: string) {
  at(wallClock);
  const order = await createClockedOrder(file.db, a, clock, technicianId);
  return { id: order.id, number: order.number };
}

const file = testAppForFile(clock, async ({ db }) => {
  a = await createTestTenant(db, clock, 'Tenant A');
  b = await createTestTenant(db, clock, 'Tenant B');

  // Tuesday morning: one order late on its response, one waiting for parts, one just in.
  orders.late = await newOrder('09:00', a.technician.user.id);
  orders.waiting = await newOrder('09:02');
  at('09:05');
  await as((tx) => meetServiceClock(tx, a.technician, orders.waiting.id, 'response'));
  at('09:10');
  await as((tx) => pauseServiceClocks(tx, a.technician, orders.waiting.id));
  orders.fresh = await newOrder('09:20');
  at('09:45');
  const runner = createJobRunner({ db, clock, handlers: slaJobHandlers(clock) });
  await runner.runDue();
  await runner.stop();
  await signIn();
});

describe('GET /api/sla/clocks', () => {
  it('lists the open clocks of open orders, nearest deadline first', async () => {
    const { items, total } = await clocks();
    const { late, waiting, fresh } = orders;
    expect(total).toBe(8);
    expect(items.map(row)).toEqual([
      `${late.number} response breached -15`,
      `${fresh.number} response warned 5`,
      `${late.number} onSite running 195`,
      // Paused at 09:10 with 170 + 62 business minutes left.
      `${waiting.number} onSite paused 232`,
      `${fresh.number} onSite running 215`,
      `${late.number} completion running 855`,
      `${waiting.number} completion paused 892`,
      `${fresh.number} completion running 875`,
    ]);
    expect(items[0]).toMatchObject({
      workOrderId: late.id,
      urgency: 'normal',
      customer: { id: a.customer.id, name: 'Tenant A 医院' },
      technician: { id: a.technician.user.id, name: '维修一' },
      dueAt: local('2026-12-01T09:30:00').toISOString(),
      breachedAt: clock.now().toISOString(),
      breached: true,
      limitMinutes: 30,
    });
    expect(items[1]).toMatchObject({ technician: null, warnedAt: clock.now().toISOString() });
    expect(items[3]).toMatchObject({ pausedAt: local('2026-12-01T09:10:00').toISOString() });
  });

  it('filters by kind and by state, and pages', async () => {
    const numbers = (page: { items: OpenClockItem[] }) => page.items.map(row);
    expect(numbers(await clocks('?state=breached'))).toEqual([
      `${orders.late.number} response breached -15`,
    ]);
    expect(numbers(await clocks('?state=warned'))).toEqual([
      `${orders.fresh.number} response warned 5`,
    ]);
    expect((await clocks('?state=paused')).total).toBe(2);
    expect((await clocks('?state=running')).total).toBe(4);
    expect((await clocks('?kind=onSite')).items.map((c) => c.number)).toEqual([
      orders.late.number,
      orders.waiting.number,
      orders.fresh.number,
    ]);
    const second = await clocks('?pageSize=3&page=2');
    expect(second.total).toBe(8);
    expect(second.items.map((c) => `${c.number} ${c.kind}`)).toEqual([
      `${orders.waiting.number} onSite`,
      `${orders.fresh.number} onSite`,
      `${orders.late.number} completion`,
    ]);
  });

  it('shows another tenant nothing, refuses a technician, and explains a bad filter', async () => {
    const other = await get('otherTenant', '/api/sla/clocks');
    expect(other.json()).toEqual({ items: [], total: 0 });
    expect((await get('technician', '/api/sla/clocks')).statusCode).toBe(403);
    expect((await get('technician', '/api/sla/summary')).statusCode).toBe(403);
    const bad = await get('dispatcher', '/api/sla/clocks?state=late', 'en');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('GET /api/sla/summary', () => {
  it('counts open clocks by state, breaches and the share met on time', async () => {
    const before = await get('dispatcher', '/api/sla/summary');
    expect(before.json<SlaSummary>()).toEqual({
      open: 8,
      running: 4,
      warned: 1,
      breached: 1,
      paused: 2,
      breachedToday: 1,
      breachedThisMonth: 1,
      metThisMonth: 1,
      metOnTimePercent: 100,
    });
    // The late response is met at last: no longer open, still breached today, met late.
    await as((tx) => meetServiceClock(tx, a.technician, orders.late.id, 'response'));
    const after = await get('dispatcher', '/api/sla/summary');
    expect(after.json<SlaSummary>()).toMatchObject({
      open: 7,
      breached: 0,
      breachedToday: 1,
      metThisMonth: 2,
      metOnTimePercent: 50,
    });
    // The next day, today's breaches start again from zero; the month's stay.
    clock.set(local('2026-12-02T08:00:00').toISOString());
    await signIn();
    const nextDay = await get('dispatcher', '/api/sla/summary');
    expect(nextDay.json<SlaSummary>()).toMatchObject({ breachedToday: 0, breachedThisMonth: 1 });
    const other = await get('otherTenant', '/api/sla/summary');
    expect(other.json<SlaSummary>()).toMatchObject({ open: 0, metOnTimePercent: null });
  });
});
