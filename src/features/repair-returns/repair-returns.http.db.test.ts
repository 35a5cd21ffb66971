import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import {
  CUSTOMER_SIGNATURE,
  PNG_BYTES,
  setUpOnSiteWorld,
  type OnSiteWorld,
} from '../work-orders/on-site.test-fixtures';
import { FREE_TEST, takenBackReturn } from './repair-return.test-fixtures';

let w: OnSiteWorld;
let other: OnSiteWorld;
const cookies: Record<string, string> = {};
const clock = manualClock('2026-11-28T02:00:00Z');
type Who = 'technician' | 'clerk' | 'manager' | 'dispatcher' | 'otherClerk';
const call = (
  who: Who,
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

const file = testAppForFile(clock, async ({ db, app }) => {
  w = await setUpOnSiteWorld(db, clock);
  other = await setUpOnSiteWorld(db, clock);
  for (const who of ['technician', 'dispatcher'] as const)
    cookies[who] = await signInAs(app, w.t.usernames[who]);
  cookies.clerk = await signInAs(app, w.clerk.user.username);
  cookies.manager = await signInAs(app, w.manager.user.username);
  cookies.otherClerk = await signInAs(app, other.clerk.user.username);
});

const step = (who: Who, id: string, path: string, body: object, headers?: Record<string, string>) =>
  call(who, 'POST', `/api/repair-returns/${id}/${path}`, body, headers);

describe('the repair-return steps over HTTP', () => {
  it('runs a return through its steps, each by the role whose step it is', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const read = await call('technician', 'GET', `/api/repair-returns/${rr.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ status: 'taken_back', allowedActions: ['test'] });

    const tested = await step('technician', rr.id, 'test', { ...FREE_TEST, version: rr.version });
    expect([tested.statusCode, tested.json().status]).toEqual([200, 'tested']);
    const handed = await step('technician', rr.id, 'hand-over', {
      version: tested.json().version,
    });
    expect(handed.statusCode).toBe(200);
    const body = { version: handed.json().version, registrationNote: '已核对' };
    // A technician tests and hands over, but does not register.
    const refused = await step('technician', rr.id, 'register', body);
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'FORBIDDEN']);
    const registered = await step('clerk', rr.id, 'register', body);
    expect(registered.json()).toMatchObject({ status: 'registered' });
    // Shipping is the shipment's move; the clerk may also repair it in house.
    expect(registered.json().allowedActions.sort()).toEqual(['finish_in_house', 'ship']);
    const inHouse = await step('clerk', rr.id, 'finish-in-house', {
      version: registered.json().version,
      outcome: 'repaired',
      note: '内修完成',
    });
    expect(inHouse.json()).toMatchObject({ status: 'ready_to_return' });

    const url = `/api/repair-returns/${rr.id}/return-signature`;
    expect((await call('clerk', 'GET', url)).statusCode).toBe(404);
    const returned = await step('clerk', rr.id, 'return-to-customer', {
      version: inHouse.json().version,
      ...CUSTOMER_SIGNATURE,
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      returned: { signerName: '王老师', signatureImageUrl: url },
    });
    const png = await call('technician', 'GET', url);
    expect([png.statusCode, png.headers['content-type']]).toEqual([200, 'image/png']);
    expect(png.rawPayload.equals(PNG_BYTES)).toBe(true);
  });

  it('lets the one who handed over not register it themselves', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const tested = await step('manager', rr.id, 'test', { ...FREE_TEST, version: rr.version });
    const handed = await step('manager', rr.id, 'hand-over', { version: tested.json().version });
    const body = { version: handed.json().version, registrationNote: '自己登记' };
    const zh = await step('manager', rr.id, 'register', body);
    expect([zh.statusCode, zh.json()]).toEqual([
      409,
      {
        code: 'HANDOVER_SAME_PERSON',
        message: '交接须由另一人确认：交出物品的人不能自己登记接收',
      },
    ]);
    const en = await step('manager', rr.id, 'register', body, { 'accept-language': 'en' });
    expect(en.json().message).toBe(
      'The handover must be confirmed by someone else than the person who handed over',
    );
    expect((await step('clerk', rr.id, 'register', body)).statusCode).toBe(200);
  });

  it('answers a stale version with 409, and replays a step sent again with its key', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const key = { 'idempotency-key': `test-${rr.id}` };
    const body = { ...FREE_TEST, version: rr.version };
    const first = await step('technician', rr.id, 'test', body, key);
    expect(first.statusCode).toBe(200);
    clock.advance(60_000);
    const replay = await step('technician', rr.id, 'test', body, key);
    expect([replay.statusCode, replay.json()]).toEqual([200, first.json()]);
    const stale = await step('technician', rr.id, 'test', body);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'CONFLICT']);
    expect(stale.json().message).toBe('记录已被他人修改，请刷新后重试');

    // Two people handing over at once: one moves it, the other gets 409.
    const version = first.json().version;
    const both = await Promise.all([
      step('technician', rr.id, 'hand-over', { version }),
      step('manager', rr.id, 'hand-over', { version }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });

  it('refuses bad bodies with 400 and says why in the caller’s language', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    const noVersion = await step('technician', rr.id, 'test', { ...FREE_TEST, cause: 'bogus' });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: '输入有误，请检查后重试',
    });
    const paths = noVersion.json().details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.version', 'body.cause']));
    const en = await step(
      'technician',
      rr.id,
      'test',
      { ...FREE_TEST, version: rr.version, surprise: 1 },
      { 'accept-language': 'en' },
    );
    expect([en.statusCode, en.json().message]).toEqual([400, 'The input is not valid']);
    const replaced = await step('clerk', rr.id, 'receive-back', {
      version: rr.version,
      outcome: 'replaced',
    });
    expect(replaced.statusCode).toBe(400);
    expect(replaced.json().details).toContainEqual(
      expect.objectContaining({ path: 'body.replacementSerial' }),
    );
    const charged = await step('technician', rr.id, 'test', {
      ...FREE_TEST,
      cause: 'human_damage',
      version: rr.version,
    });
    expect([charged.statusCode, charged.json().code]).toEqual([422, 'RETURN_QUOTE_MISSING']);
  });

  it('takes the customer’s signed approval of a quote, with the version read', async () => {
    const rr = await takenBackReturn(w, { assetId: w.expiredAssetId });
    const quoted = await step('technician', rr.id, 'test', {
      ...FREE_TEST,
      quoteCents: 30_000,
      version: rr.version,
    });
    expect(quoted.json()).toMatchObject({ status: 'awaiting_approval', test: { charged: true } });
    const signed = { method: 'signature', ...CUSTOMER_SIGNATURE };
    const noVersion = await step('dispatcher', rr.id, 'approve-quote', signed);
    expect([noVersion.statusCode, noVersion.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    const approved = await step('dispatcher', rr.id, 'approve-quote', {
      ...signed,
      version: quoted.json().version,
    });
    expect(approved.json()).toMatchObject({ status: 'tested', test: { quoteApproved: true } });
  });

  it('hides another tenant’s returns: 404 for reads and steps alike', async () => {
    const rr = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    expect((await call('otherClerk', 'GET', `/api/repair-returns/${rr.id}`)).statusCode).toBe(404);
    const theirs = await call('otherClerk', 'GET', '/api/repair-returns');
    expect(theirs.json()).toMatchObject({ total: 0, items: [] });
    const moved = await step('otherClerk', rr.id, 'decline-quote', {
      version: rr.version,
      signerName: '王老师',
      note: '不修',
    });
    expect(moved.statusCode).toBe(404);
    const list = await call('clerk', 'GET', `/api/repair-returns?q=${rr.number}`);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: rr.id }] });
  });

  it('takes a walk-in at the counter, once per key', async () => {
    const request = await call('clerk', 'POST', '/api/service-requests/walk-in', {
      assetId: w.inWarrantyAssetId,
      contactName: '李护士',
      contactPhone: '13800000001',
      faultDescription: '不开机',
    });
    expect(request.statusCode).toBe(201);
    const serviceRequestId = request.json().request.id;
    const body = { serviceRequestId, items: [{ description: '打印机', condition: '完好' }] };
    const key = { 'idempotency-key': `walk-in-${serviceRequestId}` };
    const byTechnician = await call('technician', 'POST', '/api/repair-returns/walk-in', body);
    expect(byTechnician.statusCode).toBe(403);
    const created = await call('clerk', 'POST', '/api/repair-returns/walk-in', body, key);
    expect([created.statusCode, created.json().source, created.json().urgent]).toEqual([
      201,
      'walk_in',
      false,
    ]);
    const replay = await call('clerk', 'POST', '/api/repair-returns/walk-in', body, key);
    expect(replay.json().id).toBe(created.json().id);
    const again = await call('dispatcher', 'POST', '/api/repair-returns/walk-in', body);
    expect([again.statusCode, again.json().code]).toEqual([409, 'REQUEST_ALREADY_DECIDED']);
  });
});
