import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { getWorkOrderHistory } from './get-work-order-history';
import {
  CUSTOMER_SIGNATURE,
  driveTo,
  FULL_CHECKLIST,
  orderFor,
  PNG_BYTES,
  setUpOnSiteWorld,
  type OnSiteWorld,
} from './on-site.test-fixtures';

let w: OnSiteWorld;
const cookies: Record<string, string> = {};
const clock = manualClock('2026-11-28T02:00:00Z');
type Who = 'dispatcher' | 'technician' | 'technician2' | 'admin' | 'clerk';
const call = (
  who: Who,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
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
  for (const who of ['dispatcher', 'technician', 'technician2', 'admin'] as const)
    cookies[who] = await signInAs(app, w.t.usernames[who]);
  cookies.clerk = await signInAs(app, w.clerk.user.username);
});

describe('on-site steps over HTTP', () => {
  it('replays a step sent again with the same Idempotency-Key: it happens once', async () => {
    const order = await orderFor(w);
    await driveTo(w, order.id, 'scheduled');
    const key = { 'idempotency-key': `travel-${order.id}` };
    const body = { mode: 'public_transport' };
    const url = `/api/work-orders/${order.id}/start-travel`;
    const first = await call('technician', 'POST', url, body, key);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'en_route' });
    clock.advance(60_000);
    const replay = await call('technician', 'POST', url, body, key);
    expect(replay.statusCode).toBe(200);
    expect(replay.json()).toEqual(first.json());
    const onSite = await call('technician', 'GET', `/api/work-orders/${order.id}/on-site`);
    expect(onSite.json().visits).toHaveLength(1);
    const history = await w.as((tx) => getWorkOrderHistory(tx, w.t.dispatcher, order.id));
    expect(history.filter((h) => h.action === 'workOrder.start_travel')).toHaveLength(1);

    const reused = await call('technician', 'POST', url, { mode: 'taxi' }, key);
    expect([reused.statusCode, reused.json().code]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    // Without a key, a second send is a second move, which the state refuses.
    const again = await call('technician', 'POST', url, body);
    expect([again.statusCode, again.json().code]).toEqual([409, 'INVALID_TRANSITION']);
  });

  it('answers refusals with a clear message in the caller’s language', async () => {
    const order = await orderFor(w);
    await driveTo(w, order.id, 'en_route');
    const url = `/api/work-orders/${order.id}/arrive`;
    const partial = { checklist: FULL_CHECKLIST.slice(1) };
    const zh = await call('technician', 'POST', url, partial);
    expect([zh.statusCode, zh.json()]).toEqual([
      422,
      { code: 'CHECKLIST_INCOMPLETE', message: '到达检查项未全部完成：整理着装仪表' },
    ]);
    const en = await call('technician', 'POST', url, partial, { 'accept-language': 'en' });
    expect(en.json().message).toBe('The arrival checklist is not complete: 整理着装仪表');
    expect((await call('technician2', 'POST', url, partial)).statusCode).toBe(404);
    expect((await call('clerk', 'POST', url, partial)).statusCode).toBe(403);
    expect((await call('dispatcher', 'POST', url, { checklist: FULL_CHECKLIST })).statusCode).toBe(
      403,
    );
    const bad = await call('technician', 'POST', url, { checklist: 'all' });
    expect([bad.statusCode, bad.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('takes a photo of several megabytes and serves it back with its type', async () => {
    const order = await orderFor(w);
    const big = Buffer.concat([PNG_BYTES, Buffer.alloc(2 * 1024 * 1024)]);
    const url = `/api/work-orders/${order.id}/photos`;
    const created = await call(
      'technician',
      'POST',
      url,
      { dataUrl: `data:image/png;base64,${big.toString('base64')}`, caption: '故障部位' },
      { 'idempotency-key': `photo-${order.id}` },
    );
    expect(created.statusCode).toBe(201);
    const photo = created.json();
    expect(photo).toMatchObject({ caption: '故障部位', url: `${url}/${photo.id}` });
    const image = await call('dispatcher', 'GET', photo.url);
    expect(image.statusCode).toBe(200);
    expect(image.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, max-age=3600',
    });
    expect(image.rawPayload.length).toBe(big.length);
    expect((await call('technician2', 'GET', photo.url)).statusCode).toBe(404);
    const text = await call('technician', 'POST', url, {
      dataUrl: `data:image/jpeg;base64,${Buffer.from('hello').toString('base64')}`,
    });
    expect([text.statusCode, text.json().code]).toEqual([415, 'PHOTO_NOT_IMAGE']);
    const huge = Buffer.concat([PNG_BYTES, Buffer.alloc(6 * 1024 * 1024)]);
    const tooBig = await call('technician', 'POST', url, {
      dataUrl: `data:image/png;base64,${huge.toString('base64')}`,
    });
    expect([tooBig.statusCode, tooBig.json()]).toEqual([
      413,
      { code: 'PHOTO_TOO_LARGE', message: '每张照片不能超过 6 MB' },
    ]);
  });

  it('signs and closes, and serves the signature', async () => {
    const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
    await driveTo(w, order.id, 'confirmed');
    const base = `/api/work-orders/${order.id}`;
    await call('technician', 'POST', `${base}/resolve`, { workDone: '清洁搓纸轮' });
    const notPng = await call('technician', 'POST', `${base}/complete`, {
      signerName: '王老师',
      signaturePng: `data:image/png;base64,${Buffer.from('x').toString('base64')}`,
    });
    expect([notPng.statusCode, notPng.json().code]).toEqual([415, 'SIGNATURE_NOT_PNG']);
    const closed = await call('technician', 'POST', `${base}/complete`, CUSTOMER_SIGNATURE);
    expect(closed.json()).toMatchObject({ status: 'closed' });
    const record = (await call('dispatcher', 'GET', `${base}/on-site`)).json();
    const image = await call('dispatcher', 'GET', record.signatures[0].imageUrl);
    expect([image.statusCode, image.headers['content-type']]).toEqual([200, 'image/png']);
  });
});

describe('job records over HTTP', () => {
  it('removes a part once, and answers a replayed removal with the part again', async () => {
    const order = await orderFor(w);
    const base = `/api/work-orders/${order.id}/parts`;
    const part = { name: '搓纸轮', quantity: 1, unitPriceCents: 3_500, covered: false };
    const added = await call('technician', 'POST', base, part, {
      'idempotency-key': `p-${order.id}`,
    });
    expect(added.statusCode).toBe(201);
    const key = { 'idempotency-key': `rm-${order.id}` };
    const removed = await call(
      'technician',
      'DELETE',
      `${base}/${added.json().id}`,
      undefined,
      key,
    );
    expect([removed.statusCode, removed.json()]).toEqual([200, added.json()]);
    const replay = await call('technician', 'DELETE', `${base}/${added.json().id}`, undefined, key);
    expect([replay.statusCode, replay.json()]).toEqual([200, added.json()]);
    const again = await call('technician', 'DELETE', `${base}/${added.json().id}`);
    expect(again.statusCode).toBe(404);
  });

  it('lists the colleagues a technician may hand the order over to', async () => {
    const order = await orderFor(w);
    const url = `/api/work-orders/${order.id}/hand-over-candidates`;
    const list = await call('technician', 'GET', url);
    expect(list.statusCode).toBe(200);
    expect(list.json().map((t: { displayName: string }) => t.displayName)).toEqual(['维修二']);
    expect((await call('technician2', 'GET', url)).statusCode).toBe(404);
    expect((await call('technician', 'GET', '/api/technicians')).statusCode).toBe(403);
  });
});

describe('car requests, settings and repair returns over HTTP', () => {
  it('lets only the desk decide a car request', async () => {
    const order = await orderFor(w);
    const created = await call('technician', 'POST', `/api/work-orders/${order.id}/car-requests`, {
      reason: '设备较重',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const decide = (who: Who) =>
      call(who, 'POST', `/api/car-requests/${id}/decide`, { approve: true });
    expect((await decide('technician')).statusCode).toBe(403);
    const queue = await call('dispatcher', 'GET', '/api/car-requests');
    expect(queue.json().map((r: { id: string }) => r.id)).toContain(id);
    expect((await decide('dispatcher')).json()).toMatchObject({ status: 'approved' });
    expect((await call('technician', 'GET', '/api/car-requests')).statusCode).toBe(403);
  });

  it('reads the service settings for everyone and saves them for the admin', async () => {
    const read = await call('technician', 'GET', '/api/service-settings');
    expect(read.json()).toMatchObject({ replacementThresholdPercent: 50, version: 0 });
    const body = { ...read.json(), replacementThresholdPercent: 45 };
    expect((await call('dispatcher', 'PUT', '/api/service-settings', body)).statusCode).toBe(403);
    const twice = { ...body, arrivalChecklist: ['佩戴工牌', '佩戴工牌'] };
    expect((await call('admin', 'PUT', '/api/service-settings', twice)).statusCode).toBe(400);
    const saved = await call('admin', 'PUT', '/api/service-settings', body);
    expect(saved.json()).toMatchObject({ replacementThresholdPercent: 45, version: 1 });
    const stale = await call('admin', 'PUT', '/api/service-settings', body);
    expect(stale.statusCode).toBe(409);
    await call('admin', 'PUT', '/api/service-settings', {
      ...saved.json(),
      replacementThresholdPercent: 50,
    });
  });

  it('lists repair returns for the returns clerk and the technicians who test them', async () => {
    const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
    await driveTo(w, order.id, 'confirmed');
    const taken = await call('technician', 'POST', `/api/work-orders/${order.id}/take-back`, {
      items: [{ description: '激光打印机', condition: '正常' }],
      ...CUSTOMER_SIGNATURE,
    });
    expect(taken.json()).toMatchObject({ status: 'taken_back' });
    const list = await call('clerk', 'GET', '/api/repair-returns?status=taken_back');
    expect(list.statusCode).toBe(200);
    const row = list
      .json()
      .items.find((r: { workOrder: { id: string } }) => r.workOrder.id === order.id);
    expect(row).toMatchObject({ status: 'taken_back', itemCount: 1 });
    const one = await call('clerk', 'GET', `/api/repair-returns/${row.id}`);
    expect(one.json()).toMatchObject({
      number: row.number,
      items: [{ seq: 1, description: '激光打印机' }],
    });
    expect((await call('clerk', 'GET', one.json().signatureImageUrl)).statusCode).toBe(200);
    expect((await call('technician', 'GET', '/api/repair-returns')).statusCode).toBe(200);
    expect(
      (await call('clerk', 'GET', '/api/repair-returns/00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });
});
