import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  callInput,
  createTestTenant,
  manualClock,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit';
import { createCustomer } from '../customers';
import { createHotlineCall } from '../hotline';
import { createWorkOrder } from '../work-orders';
import { getServiceRequestDetail } from './get-service-request-detail';
import { mergeServiceRequest } from './merge-service-request';
import { recordWalkIn } from './record-walk-in';
import { rejectServiceRequest } from './reject-service-request';
import { rejectBody, walkInBody } from './service-request.schemas';
import { createTestAsset, createTestModel } from '../../../tests/support/installed-base';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let modelId: string;
const clock = manualClock('2026-11-28T02:00:00Z');
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  ({ modelId } = await createTestModel(db(), a.tenantId));
});
afterAll(() => tdb?.close());

async function reportFor(assetId: string) {
  const { request } = await inA((tx) =>
    recordWalkIn(
      tx,
      a.dispatcher,
      walkInBody.parse({
        assetId,
        contactName: '李护士',
        contactPhone: '13800000001',
        faultDescription: '不开机',
      }),
    ),
  );
  return request.id;
}
const newAsset = async () =>
  (
    await createTestAsset(db(), a.tenantId, {
      modelId,
      customerId: a.customer.id,
      installedOn: '2026-01-10',
    })
  ).id;
const merge = (id: string, intoId: string, note?: string) =>
  inA((tx) => mergeServiceRequest(tx, a.dispatcher, id, { intoId, note }));
const reject = (id: string, reason = '非我司设备') =>
  inA((tx) => rejectServiceRequest(tx, a.dispatcher, id, { reason }));

describe('merging duplicates (合并)', () => {
  it('merges a report of the same device, audits both, and refuses the wrong targets', async () => {
    const asset = await newAsset();
    const [dup, keep] = [await reportFor(asset), await reportFor(asset)];
    const merged = await merge(dup, keep, '同一故障');
    const target = await inA((tx) => getServiceRequestDetail(tx, a.dispatcher, keep));
    expect(merged).toMatchObject({
      status: 'merged',
      mergedIntoId: keep,
      mergedIntoNumber: target.number,
    });
    expect(target.status).toBe('received');
    const trail = await inA((tx) =>
      tx
        .select({ objectId: auditEvents.objectId, action: auditEvents.action })
        .from(auditEvents)
        .where(
          and(eq(auditEvents.tenantId, a.tenantId), eq(auditEvents.objectType, 'serviceRequest')),
        ),
    );
    expect(trail).toContainEqual({ objectId: dup, action: 'serviceRequest.merge' });
    expect(trail).toContainEqual({ objectId: keep, action: 'serviceRequest.mergeIn' });

    expect(await code(merge(dup, keep))).toBe('REQUEST_ALREADY_DECIDED');
    expect(await code(merge(keep, keep))).toBe('MERGE_INTO_SELF');
    expect(await code(merge(keep, dup))).toBe('MERGE_TARGET_CLOSED');
    const elsewhere = await reportFor(await newAsset());
    expect(await code(merge(elsewhere, keep))).toBe('MERGE_DIFFERENT_DEVICE');
    const rejected = await reportFor(asset);
    await reject(rejected);
    expect(await code(merge(await reportFor(asset), rejected))).toBe('MERGE_TARGET_CLOSED');
  });

  it('merges into a converted request, and by customer when a report names no device', async () => {
    const asset = await newAsset();
    const converted = await reportFor(asset);
    await inA((tx) => createWorkOrder(tx, a.dispatcher, { serviceRequestId: converted }));
    expect((await merge(await reportFor(asset), converted)).status).toBe('merged');

    const call = await inA((tx) => createHotlineCall(tx, a.dispatcher, callInput(a)));
    const byCall = (await inA((tx) =>
      tx.query.serviceRequests.findFirst({
        where: (r, { eq: is }) => is(r.hotlineCallId, call.id),
      }),
    ))!.id;
    expect((await merge(byCall, converted)).status).toBe('merged');

    const stranger = await inA((tx) =>
      createCustomer(tx, a.admin, { name: '另一家医院', phone: '0951-7654321', departments: [] }),
    );
    const foreignCall = await inA((tx) =>
      createHotlineCall(
        tx,
        a.dispatcher,
        callInput(a, { customerId: stranger.id, departmentId: undefined }),
      ),
    );
    const foreign = (await inA((tx) =>
      tx.query.serviceRequests.findFirst({
        where: (r, { eq: is }) => is(r.hotlineCallId, foreignCall.id),
      }),
    ))!.id;
    expect(await code(merge(foreign, converted))).toBe('MERGE_DIFFERENT_CUSTOMER');
  });

  it('lets one of two concurrent decisions win; the other gets 409', async () => {
    const asset = await newAsset();
    const [x, y, z] = [await reportFor(asset), await reportFor(asset), await reportFor(asset)];
    const outcomes = await Promise.all([code(merge(x, y)), code(reject(x))]);
    expect(outcomes.sort()).toEqual(['REQUEST_ALREADY_DECIDED', 'ok']);
    const w = await reportFor(asset);
    const twoMerges = await Promise.all([code(merge(w, y)), code(merge(w, z))]);
    expect(twoMerges.sort()).toEqual(['REQUEST_ALREADY_DECIDED', 'ok']);
    // Two desks turning the same request into a work order at once: one order, one 409.
    const v = await reportFor(asset);
    const convert = () =>
      code(inA((tx) => createWorkOrder(tx, a.dispatcher, { serviceRequestId: v })));
    expect((await Promise.all([convert(), convert()])).sort()).toEqual([
      'REQUEST_ALREADY_DECIDED',
      'ok',
    ]);
    const crossing = await Promise.all([code(merge(y, z)), code(merge(z, y))]);
    expect(crossing.filter((c) => c === 'ok')).toHaveLength(1);
  });
});

describe('rejecting (驳回)', () => {
  it('stores the reason for the reporter, once only, and needs at least two characters', async () => {
    const id = await reportFor(await newAsset());
    const rejected = await reject(id, '设备已报废，不予维修');
    expect(rejected).toMatchObject({ status: 'rejected', rejectReason: '设备已报废，不予维修' });
    expect(rejected.decidedAt).toBe(clock.now().toISOString());
    expect(await code(reject(id))).toBe('REQUEST_ALREADY_DECIDED');
    expect(rejectBody.safeParse({ reason: ' x ' }).success).toBe(false);
  });

  it("refuses another tenant's request as not found", async () => {
    const id = await reportFor(await newAsset());
    const other = await reportFor(await newAsset());
    const inB = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), b.tenantId, work);
    expect(
      await code(inB((tx) => rejectServiceRequest(tx, b.dispatcher, id, { reason: '测试' }))),
    ).toBe('NOT_FOUND');
    expect(
      await code(inB((tx) => mergeServiceRequest(tx, b.dispatcher, id, { intoId: other }))),
    ).toBe('NOT_FOUND');
    expect((await inA((tx) => getServiceRequestDetail(tx, a.dispatcher, id))).status).toBe(
      'received',
    );
  });
});
