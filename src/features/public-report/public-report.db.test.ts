import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../platform/config';
import { inTenant } from '../../platform/db';
import { files } from '../../platform/files';
import type { App } from '../../platform/http/app-types';
import { newPublicToken, revokePublicTokens } from '../../platform/public-tokens';
import { buildApp } from '../../server/build-app';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit';
import { serviceRequests } from '../intake';
import { createTestAsset, type TestAsset } from './test-assets';
import { freshAddress, PNG_1PX, postReport, validFields } from './test-report-form';

let tdb: TestDatabase;
let app: App;
let a: TestTenant;
let b: TestTenant;
let device: TestAsset;
const clock = manualClock('2026-11-28T02:00:00Z');

const getDevice = (token: string, ip = freshAddress()) =>
  app.inject({ method: 'GET', url: `/api/public/devices/${token}`, remoteAddress: ip });

async function requestsOf(t: TestTenant, assetId: string) {
  return inTenant(tdb.database.db, t.tenantId, (tx) =>
    tx
      .select()
      .from(serviceRequests)
      .where(and(eq(serviceRequests.tenantId, t.tenantId), eq(serviceRequests.assetId, assetId))),
  );
}

beforeAll(async () => {
  tdb = await openTestDatabase();
  app = await buildApp({ database: tdb.database, config: loadConfig({}), clock });
  a = await createTestTenant(tdb.database.db, clock, 'Tenant A');
  b = await createTestTenant(tdb.database.db, clock, 'Tenant B');
  device = await createTestAsset(tdb.database.db, a);
});
afterAll(async () => {
  await app?.close();
  await tdb?.close();
});

describe('the device page behind a QR label', () => {
  it('shows the unit, its department and warranty, and nothing about the customer', async () => {
    const response = await getDevice(device.token);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual([
      'company',
      'device',
      'privacyNoticeVersion',
      'warranty',
    ]);
    expect(Object.keys(body.company).sort()).toEqual(['hotline', 'name']);
    expect(Object.keys(body.device).sort()).toEqual([
      'brand',
      'category',
      'department',
      'modelCode',
      'modelName',
      'serialNumber',
    ]);
    expect(Object.keys(body.warranty).sort()).toEqual(['coverage', 'endsOn', 'state']);
    expect(body.device).toMatchObject({
      serialNumber: device.serialNumber,
      modelName: device.modelName,
      department: '放射科',
      category: '医疗设备',
    });
    // Installed 2026-06-01: 30 days 包换期 are over; 12 months 保修期 end 2027-05-31.
    expect(body.warranty).toMatchObject({ state: 'repair', endsOn: '2027-05-31' });
    const text = response.body;
    expect(text).not.toContain(a.customer.name);
    expect(text).not.toContain('0951-1234567');
    expect(text).not.toContain('门诊楼');
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('answers unknown, malformed, revoked and wrong-kind tokens with one identical 404', async () => {
    const revoked = await createTestAsset(tdb.database.db, a);
    await inTenant(tdb.database.db, a.tenantId, (tx) =>
      revokePublicTokens(
        tx,
        { kind: 'asset', tenantId: a.tenantId, targetId: revoked.assetId },
        clock.now(),
      ),
    );
    const report = await postReport(app, device.token);
    const trackingToken = (report.json().trackingUrl as string).split('/').pop()!;
    const wrong = [
      newPublicToken(),
      'abc',
      'not a token!',
      // Up to Fastify's parameter limit (100): longer URLs get its 414 before any route runs.
      'x'.repeat(100),
      `${newPublicToken()}'--`,
      revoked.token,
      trackingToken,
    ];
    const answers = await Promise.all(wrong.map((token) => getDevice(encodeURIComponent(token))));
    const reference = await getDevice(newPublicToken());
    for (const answer of answers) {
      expect(answer.statusCode).toBe(404);
      expect(answer.body).toBe(reference.body);
      expect(answer.headers['content-type']).toBe(reference.headers['content-type']);
    }
    const posted = await postReport(app, revoked.token);
    expect([posted.statusCode, posted.body]).toEqual([404, reference.body]);
    const tracked = await app.inject(`/api/public/tracking/${device.token}`);
    expect([tracked.statusCode, tracked.body]).toEqual([404, reference.body]);
  });

  it('never hits with 1000 guessed tokens', async () => {
    for (let i = 0; i < 1000; i++) {
      const guess = randomBytes(18).toString('base64url');
      const answer = await getDevice(guess);
      expect(answer.statusCode).toBe(404);
    }
  });
});

describe('a report from the QR page', () => {
  it('creates a qr request with its photos and a tracking link, the token alone deciding', async () => {
    const other = await createTestAsset(tdb.database.db, a);
    const foreign = await createTestAsset(tdb.database.db, b);
    const response = await postReport(app, device.token, {
      ip: '10.20.30.40',
      fields: {
        ...validFields,
        assetId: other.assetId,
        customerId: b.customer.id,
        tenantId: b.tenantId,
        urgency: 'critical',
      },
      photos: [{ name: 'photo.jpg', type: 'image/jpeg', data: PNG_1PX }],
    });
    expect(response.statusCode).toBe(201);
    const answer = response.json();
    expect(answer.number).toMatch(/^SR-20261128-\d{4}$/);
    expect(answer.trackingUrl).toMatch(/^\/p\/t\/[A-Za-z0-9_-]{24}$/);
    const [request] = (await requestsOf(a, device.assetId)).filter(
      (r) => r.number === answer.number,
    );
    expect(request).toMatchObject({
      channel: 'qr',
      urgency: 'normal',
      customerId: a.customer.id,
      departmentId: a.customer.departments[0]!.id,
      contactName: '李护士',
      receivedBy: null,
    });
    expect(await requestsOf(a, other.assetId)).toEqual([]);
    expect(await requestsOf(b, foreign.assetId)).toEqual([]);
    const photos = await inTenant(tdb.database.db, a.tenantId, (tx) =>
      tx.select().from(files).where(eq(files.ownerId, request!.id)),
    );
    // A PNG named .jpg and sent as image/jpeg is stored as what it is.
    expect(photos.map((p) => [p.contentType, p.byteSize])).toEqual([['image/png', PNG_1PX.length]]);
    const events = await inTenant(tdb.database.db, a.tenantId, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.objectId, request!.id))
        .orderBy(auditEvents.seq),
    );
    expect(events.map((e) => [e.action, e.actorName, e.sourceIp])).toEqual([
      ['serviceRequest.create', '扫码报修', '10.20.30.40'],
      ['serviceRequest.publicReport', '扫码报修', '10.20.30.40'],
    ]);
    expect(events[1]!.after).toMatchObject({ privacyNoticeVersion: '2026-11' });
  });

  it('checks photos by content, size and count, and stores nothing when one fails', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    const text = { name: 'fault.png', type: 'image/png', data: Buffer.from('not an image at all') };
    const png = { name: 'ok.png', type: 'image/png', data: PNG_1PX };
    const notImage = await postReport(app, unit.token, { photos: [png, text] });
    expect([notImage.statusCode, notImage.json().code]).toEqual([415, 'PHOTO_NOT_IMAGE']);
    const big = Buffer.concat([PNG_1PX, Buffer.alloc(6 * 1024 * 1024)]);
    const tooBig = await postReport(app, unit.token, {
      photos: [{ name: 'big.png', type: 'image/png', data: big }],
    });
    expect([tooBig.statusCode, tooBig.json().code]).toEqual([413, 'PHOTO_TOO_LARGE']);
    const tooMany = await postReport(app, unit.token, { photos: [png, png, png, png] });
    expect([tooMany.statusCode, tooMany.json().code]).toEqual([413, 'TOO_MANY_PHOTOS']);
    expect(await requestsOf(a, unit.assetId)).toEqual([]);
    const three = await postReport(app, unit.token, { photos: [png, png, png] });
    expect(three.statusCode).toBe(201);
  });

  it('requires the fault, a contact and consent to the privacy notice', async () => {
    const unit = await createTestAsset(tdb.database.db, a);
    for (const fields of [
      { ...validFields, consent: 'false' },
      { ...validFields, fault: '' },
      { ...validFields, fault: '坏'.repeat(1001) },
      { ...validFields, contactPhone: 'call me' },
      { fault: '坏了', contactName: '李', contactPhone: '13995112345' },
    ]) {
      const answer = await postReport(app, unit.token, { fields });
      expect([answer.statusCode, answer.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    }
    const english = await postReport(app, unit.token, { fields: { ...validFields, consent: '' } });
    expect(english.json().message).toBeTruthy();
    expect(await requestsOf(a, unit.assetId)).toEqual([]);
  });
});
