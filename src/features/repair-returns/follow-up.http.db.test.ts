import { describe, expect, it } from 'vitest';
import { inTenant, type Tx } from '../../platform/db';
import { manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import {
  type FollowUpPeople,
  insertReturn,
  setUpFollowUpPeople,
  START,
  type TestReturn,
} from './follow-up.test-support';
import type { RepairReturnView } from './repair-return.schemas';
import type {
  NoticeDueItem,
  ReturnsBoardView,
  VendorPerformanceView,
} from './returns-board.schemas';
import { startChases, watchNoticeRule } from './return-timers';

const clock = manualClock(START);
let a: FollowUpPeople;
let b: FollowUpPeople;
const cookies: Record<string, string> = {};

const file = testAppForFile(clock, async ({ db }) => {
  a = await setUpFollowUpPeople(db, clock);
  b = await setUpFollowUpPeople(db, clock);
  cookies.clerk = await signInAs(file.app, a.clerk.user.username);
  cookies.manager = await signInAs(file.app, a.manager.user.username);
  cookies.technician = await signInAs(file.app, a.t.usernames.technician);
  cookies.dispatcher = await signInAs(file.app, a.t.usernames.dispatcher);
  cookies.otherClerk = await signInAs(file.app, b.clerk.user.username);
});

/** A return of tenant A in `status`, with the timers its state calls for. */
const newReturn = (input: TestReturn) =>
  inTenant(file.db, a.t.tenantId, async (tx: Tx) => {
    const rr = await insertReturn(tx, a, clock, input);
    if (input.status === 'shipped' || input.status === 'at_vendor')
      await startChases(tx, a.t.tenantId, clock, [rr.id]);
    await watchNoticeRule(tx, a.t.tenantId, clock, rr.id);
    return rr;
  });

const send = (
  who: string,
  method: 'GET' | 'POST',
  url: string,
  payload?: object,
  headers: Record<string, string> = {},
) =>
  file.app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who]!, 'accept-language': 'zh-CN', ...headers },
  });

const chase = {
  contactName: '惠普售后 李工',
  answer: '已修好，明天寄回',
  promisedOn: '2026-12-05',
};
const notice = {
  channel: 'sms',
  message: '您送修的打印机需厂家维修三周',
  customerAnswer: '知道了',
  loanerOffered: false,
};

describe('POST /api/repair-returns/:id/chases', () => {
  it('records a chase for the returns clerk, once per Idempotency-Key', async () => {
    const rr = await newReturn({ status: 'at_vendor', vendorId: a.vendorA.id, coverage: 'repair' });
    const url = `/api/repair-returns/${rr.id}/chases`;
    const key = { 'idempotency-key': 'chase-0001-abcdef' };
    const first = await send('clerk', 'POST', url, chase, key);
    expect(first.statusCode).toBe(200);
    const view = first.json<RepairReturnView>();
    expect(view.chases).toHaveLength(1);
    expect(view.chase).toMatchObject({ promisedOn: '2026-12-05', cadenceDays: 7 });
    const replay = await send('clerk', 'POST', url, chase, key);
    expect(replay.json<RepairReturnView>()).toEqual(view);
    const byManager = await send('manager', 'POST', url, chase);
    expect(byManager.json<RepairReturnView>().chases).toHaveLength(2);
  });

  it('is for the returns clerk and the service manager only', async () => {
    const rr = await newReturn({ status: 'shipped', vendorId: a.vendorA.id });
    for (const who of ['technician', 'dispatcher']) {
      const response = await send(who, 'POST', `/api/repair-returns/${rr.id}/chases`, chase);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({ code: 'FORBIDDEN' });
    }
  });

  it('answers in the caller’s language when refused', async () => {
    const registered = await newReturn({ status: 'registered' });
    const url = `/api/repair-returns/${registered.id}/chases`;
    const refused = await send('clerk', 'POST', url, chase);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toEqual({
      code: 'INVALID_TRANSITION',
      message: '当前状态下不能执行此操作',
    });
    const inEnglish = await send('clerk', 'POST', url, chase, { 'accept-language': 'en' });
    expect(inEnglish.json()).toMatchObject({
      message: 'This action is not allowed in the current state',
    });
    const away = await newReturn({ status: 'shipped', vendorId: a.vendorA.id });
    const bad = await send('clerk', 'POST', `/api/repair-returns/${away.id}/chases`, {
      contactName: '李工',
      answer: ' ',
      promisedOn: '12/05',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
    const theirs = await send('otherClerk', 'POST', `/api/repair-returns/${away.id}/chases`, chase);
    expect(theirs.statusCode).toBe(404);
  });
});

describe('14-day notices over HTTP', () => {
  it('lists the open notices and records one, once', async () => {
    const rr = await newReturn({ status: 'tested', expectedReturnOn: '2026-12-31' });
    const open = await send('clerk', 'GET', '/api/repair-returns/notices?open=true');
    expect(open.statusCode).toBe(200);
    const due = open.json<NoticeDueItem[]>().find((n) => n.repairReturn.id === rr.id)!;
    expect(due.notice).toMatchObject({ reason: 'expected_late', doneAt: null });
    expect(due.repairReturn).toMatchObject({ number: rr.number, noticeDue: true });

    const url = `/api/repair-returns/${rr.id}/notices/${due.notice.id}`;
    expect((await send('technician', 'POST', url, notice)).statusCode).toBe(403);
    const recorded = await send('clerk', 'POST', url, notice);
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json<RepairReturnView>().notices[0]).toMatchObject({
      channel: 'sms',
      customerAnswer: '知道了',
    });
    const again = await send('clerk', 'POST', url, notice);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ code: 'NOTICE_ALREADY_DONE', message: '该客户告知已记录' });
    const stillOpen = await send('clerk', 'GET', '/api/repair-returns/notices');
    expect(stillOpen.json<NoticeDueItem[]>().map((n) => n.notice.id)).not.toContain(due.notice.id);
    const all = await send('clerk', 'GET', '/api/repair-returns/notices?open=false');
    expect(all.json<NoticeDueItem[]>().map((n) => n.notice.id)).toContain(due.notice.id);
    const theirs = await send('otherClerk', 'GET', '/api/repair-returns/notices?open=false');
    expect(theirs.json()).toEqual([]);
  });
});

describe('the board and vendor performance over HTTP', () => {
  it('are read by everyone who reads returns, within their own company', async () => {
    await newReturn({ status: 'at_vendor', vendorId: a.vendorB.id, shippedAt: clock.now() });
    for (const who of ['clerk', 'technician', 'dispatcher']) {
      const board = await send(who, 'GET', '/api/repair-returns/board');
      expect(board.statusCode).toBe(200);
      const view = board.json<ReturnsBoardView>();
      expect(view.byVendor.map((v) => v.vendor.name).sort()).toEqual(
        [a.vendorA.name, a.vendorB.name].sort(),
      );
    }
    const theirs = (
      await send('otherClerk', 'GET', '/api/repair-returns/board')
    ).json<ReturnsBoardView>();
    expect(theirs.byStatus.every((s) => s.count === 0)).toBe(true);
    expect(theirs.byVendor).toEqual([]);

    const performance = await send(
      'manager',
      'GET',
      '/api/repair-returns/vendor-performance?from=2026-01-01&to=2026-12-31',
    );
    expect(performance.statusCode).toBe(200);
    expect(performance.json<VendorPerformanceView>()).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      rows: expect.arrayContaining([
        expect.objectContaining({ vendor: a.vendorB, returned: 0, open: 1 }),
      ]),
    });
    const bad = await send(
      'manager',
      'GET',
      '/api/repair-returns/vendor-performance?from=2026-13-01',
    );
    expect(bad.statusCode).toBe(400);
  });
});
