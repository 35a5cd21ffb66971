import { describe, expect, it } from 'vitest';
import { createTestUser, manualClock } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { pdfPageCount, pdfText } from '../../platform/pdf/pdf-text';
import { createPart } from '../inventory/create-part';
import { createWarehouse } from '../inventory/create-warehouse';
import { partBody, warehouseBody } from '../inventory/inventory.schemas';
import { setUpOnSiteWorld, type OnSiteWorld } from '../work-orders/on-site.test-fixtures';
import { takenBackReturn } from './repair-return.test-fixtures';
import { registeredReturn, vendorWithContact } from './shipments.test-support';

let w: OnSiteWorld;
let other: OnSiteWorld;
const cookies: Record<string, string> = {};
const clock = manualClock('2026-11-28T02:00:00Z');
type Who = 'clerk' | 'technician' | 'dispatcher' | 'keeper' | 'otherClerk';
const call = (
  who: Who,
  method: 'GET' | 'POST' | 'DELETE',
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
  const keeper = await createTestUser(db, w.t, {
    username: `keeper-${w.t.suffix}`,
    displayName: '仓管',
    roles: ['warehouse_keeper'],
  });
  cookies.clerk = await signInAs(app, w.clerk.user.username);
  cookies.technician = await signInAs(app, w.t.usernames.technician);
  cookies.dispatcher = await signInAs(app, w.t.usernames.dispatcher);
  cookies.keeper = await signInAs(app, keeper.user.username);
  cookies.otherClerk = await signInAs(app, other.clerk.user.username);
});

// PDFs render on the worker (the font loads on the first one): seconds on a busy machine.
describe('shipments over HTTP', { timeout: 120_000 }, () => {
  it('packs, prints, dispatches and confirms arrival; a create replayed with its key happens once', async () => {
    const vendor = await vendorWithContact(w, '惠普售后');
    const a = await registeredReturn(w, vendor.id);
    const b = await registeredReturn(w, vendor.id);
    const key = { 'idempotency-key': `pack-${a.id}` };
    const body = {
      vendorId: vendor.id,
      vendorContactId: vendor.contactId,
      repairReturnIds: [a.id],
    };
    const created = await call('clerk', 'POST', '/api/shipments', body, key);
    expect(created.statusCode).toBe(201);
    const shipment = created.json();
    expect(shipment).toMatchObject({ number: 'SH-20261128-0001', status: 'packing', version: 1 });
    const replay = await call('clerk', 'POST', '/api/shipments', body, key);
    expect([replay.statusCode, replay.json()]).toEqual([201, shipment]);
    const listed = await call('clerk', 'GET', `/api/shipments?vendorId=${vendor.id}`);
    expect(listed.json()).toMatchObject({ total: 1, items: [{ id: shipment.id, itemCount: 1 }] });

    const url = `/api/shipments/${shipment.id}`;
    const added = await call('clerk', 'POST', `${url}/items`, {
      version: 1,
      repairReturnIds: [b.id],
    });
    expect([added.statusCode, added.json().items.length, added.json().version]).toEqual([
      200, 2, 2,
    ]);
    const removed = await call('clerk', 'DELETE', `${url}/items/${b.id}?version=2`);
    expect([removed.statusCode, removed.json().items.length]).toEqual([200, 1]);
    const stale = await call('clerk', 'DELETE', `${url}/items/${a.id}?version=2`);
    expect([stale.statusCode, stale.json()]).toEqual([
      409,
      { code: 'CONFLICT', message: '记录已被他人修改，请刷新后重试' },
    ]);

    const packing = await call('clerk', 'GET', `${url}/packing-list.pdf`);
    expect(packing.statusCode).toBe(200);
    expect(packing.headers['content-type']).toBe('application/pdf');
    expect(packing.headers['content-disposition']).toContain(`${shipment.number}-packing-list.pdf`);
    const list = await pdfText(packing.rawPayload);
    for (const expected of ['随货清单', shipment.number, a.number, '激光打印机', '包换'])
      expect(list).toContain(expected);
    expect(list).not.toContain(b.number);

    const sent = await call('clerk', 'POST', `${url}/dispatch`, {
      version: 3,
      carrier: '顺丰速运',
      trackingNumber: 'SF1234567890',
    });
    expect([sent.statusCode, sent.json().status]).toEqual([200, 'shipped']);
    const label = await pdfText((await call('clerk', 'GET', `${url}/label.pdf`)).rawPayload);
    for (const expected of [
      '运输标签',
      '惠普售后',
      '刘工',
      '顺丰速运',
      'SF1234567890',
      '返修单 1 份',
    ])
      expect(label).toContain(expected);

    const arrived = await call('clerk', 'POST', `${url}/confirm-arrival`, {
      version: 4,
      arrivedOn: '2026-11-28',
      receivedByName: '张工',
    });
    expect([arrived.statusCode, arrived.json().status]).toEqual([200, 'arrived']);
    const rr = await call('technician', 'GET', `/api/repair-returns/${a.id}`);
    expect(rr.json()).toMatchObject({ status: 'at_vendor', shipment: { id: shipment.id } });
  });

  it('prints a label for every item of a return', async () => {
    const rr = await takenBackReturn(w, {
      assetId: w.inWarrantyAssetId,
      items: [
        { description: '激光打印机', serialNumber: 'CNB1234', condition: '完好', accessories: '' },
        { description: '电源适配器', serialNumber: '', condition: '完好', accessories: '' },
      ],
    });
    const response = await call('technician', 'GET', `/api/repair-returns/${rr.id}/labels.pdf`);
    expect(response.statusCode).toBe(200);
    expect(await pdfPageCount(response.rawPayload)).toBe(2);
    const text = await pdfText(response.rawPayload);
    for (const expected of [`${rr.number}-1`, `${rr.number}-2`, '物品 2/2', '电源适配器'])
      expect(text).toContain(expected);
    const theirs = await call('otherClerk', 'GET', `/api/repair-returns/${rr.id}/labels.pdf`);
    expect(theirs.statusCode).toBe(404);
  });

  it('lets only the returns clerks ship, refuses bad input in the caller’s language, keeps tenants apart', async () => {
    const vendor = await vendorWithContact(w, '佳能售后');
    const rr = await registeredReturn(w, vendor.id);
    const body = { vendorId: vendor.id, repairReturnIds: [rr.id] };
    for (const who of ['technician', 'dispatcher', 'keeper'] as const)
      expect((await call(who, 'POST', '/api/shipments', body)).statusCode, who).toBe(403);
    expect((await call('technician', 'GET', '/api/shipments')).statusCode).toBe(200);

    const bad = { vendorId: 'nope', repairReturnIds: [] };
    const zh = await call('clerk', 'POST', '/api/shipments', bad);
    expect([zh.statusCode, zh.json().code, zh.json().message]).toEqual([
      400,
      'VALIDATION_FAILED',
      '输入有误，请检查后重试',
    ]);
    const en = await call('clerk', 'POST', '/api/shipments', bad, { 'accept-language': 'en' });
    expect(en.json().message).toBe('The input is not valid');

    const created = (await call('clerk', 'POST', '/api/shipments', body)).json();
    const again = await call('clerk', 'POST', '/api/shipments', body);
    expect([again.statusCode, again.json().message]).toEqual([409, '该返修物品已装入另一个发运单']);
    const empty = await call(
      'clerk',
      'DELETE',
      `/api/shipments/${created.id}/items/${rr.id}?version=1`,
    );
    const noItems = await call('clerk', 'POST', `/api/shipments/${created.id}/dispatch`, {
      version: empty.json().version,
      carrier: '顺丰速运',
      trackingNumber: 'SF1',
    });
    expect([noItems.statusCode, noItems.json()]).toEqual([
      409,
      { code: 'SHIPMENT_EMPTY', message: '发运单中还没有物品' },
    ]);

    for (const path of ['', '/label.pdf', '/packing-list.pdf'])
      expect(
        (await call('otherClerk', 'GET', `/api/shipments/${created.id}${path}`)).statusCode,
        path,
      ).toBe(404);
    expect((await call('otherClerk', 'GET', '/api/shipments')).json().total).toBe(0);
  });

  it('takes good parts into stock for the clerk or the warehouse keeper, and prints their labels', async () => {
    const rr = await registeredReturn(w);
    const store = await w.as((tx) =>
      createWarehouse(
        tx,
        w.t.admin,
        warehouseBody.parse({ code: 'C1', name: '中心库', kind: 'central' }),
      ),
    );
    const part = await w.as((tx) =>
      createPart(
        tx,
        w.t.admin,
        partBody.parse({ code: 'RM2-5452', name: '搓纸轮', priceCents: 4500 }),
      ),
    );
    const url = `/api/repair-returns/${rr.id}/good-parts`;
    const body = { warehouseId: store.id, lines: [{ partId: part.id, quantity: 2 }] };
    expect((await call('technician', 'POST', url, body)).statusCode).toBe(403);
    const taken = await call('keeper', 'POST', url, body, { 'idempotency-key': `parts-${rr.id}` });
    expect(taken.statusCode).toBe(201);
    expect(taken.json()).toMatchObject({ movements: 1 });
    const labels = await call('clerk', 'GET', taken.json().labelsPdfUrl);
    expect(labels.statusCode).toBe(200);
    expect(await pdfPageCount(labels.rawPayload)).toBe(2);
    const text = await pdfText(labels.rawPayload);
    for (const expected of ['良品备件', 'RM2-5452', '搓纸轮', `来自返修单 ${rr.number}`])
      expect(text).toContain(expected);
    const none = await call(
      'clerk',
      'GET',
      `/api/repair-returns/${(await registeredReturn(w)).id}/good-parts/labels.pdf`,
    );
    expect(none.statusCode).toBe(404);
  });
});
