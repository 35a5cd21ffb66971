import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { cancelWarrantyPolicy } from './cancel-warranty-policy';
import { createWarrantyPolicy } from './create-warranty-policy';
import { listWarrantyPolicies } from './list-warranty-policies';
import { updateWarrantyPolicy } from './update-warranty-policy';
import { createWarrantyPolicyBody } from './warranty.schemas';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
const clock = manualClock();
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const body = (input: object) => createWarrantyPolicyBody.parse(input);

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
});
afterAll(() => tdb?.close());

describe('warranty policies', () => {
  it('creates with default cover, lists by name, edits and cancels with an audit trail', async () => {
    const year = await inA((tx) =>
      createWarrantyPolicy(
        tx,
        a.admin,
        body({ name: '整机一年', replacementDays: 15, repairMonths: 12 }),
      ),
    );
    expect(year).toMatchObject({
      replacementCovers: { parts: true, labour: true, travel: true },
      repairCovers: { parts: true, labour: true, travel: false },
      isCancelled: false,
      note: null,
    });
    await inA((tx) =>
      createWarrantyPolicy(
        tx,
        a.admin,
        body({ name: '三年保修', replacementDays: 0, repairMonths: 36 }),
      ),
    );
    const edited = await inA((tx) =>
      updateWarrantyPolicy(tx, a.admin, year.id, {
        repairMonths: 18,
        repairCovers: { parts: false, labour: true, travel: false },
        note: '仅人工',
      }),
    );
    expect(edited).toMatchObject({
      name: '整机一年',
      replacementDays: 15,
      repairMonths: 18,
      repairCovers: { parts: false, labour: true, travel: false },
      note: '仅人工',
    });
    const names = async (includeCancelled: 'true' | 'false') =>
      (await inA((tx) => listWarrantyPolicies(tx, a.admin, { includeCancelled }))).map(
        (p) => p.name,
      );
    expect(await names('false')).toEqual(['三年保修', '整机一年']);

    const cancelled = await inA((tx) =>
      cancelWarrantyPolicy(tx, a.admin, year.id, { reason: '停用' }),
    );
    expect(cancelled.isCancelled).toBe(true);
    expect(
      await code(inA((tx) => cancelWarrantyPolicy(tx, a.admin, year.id, { reason: 'x' }))),
    ).toBe('INVALID_TRANSITION');
    expect(await code(inA((tx) => updateWarrantyPolicy(tx, a.admin, year.id, { name: 'x' })))).toBe(
      'WARRANTY_POLICY_CANCELLED',
    );
    expect(await names('false')).toEqual(['三年保修']);
    expect(await names('true')).toEqual(['三年保修', '整机一年']);

    const events = await inA((tx) => tx.select().from(auditEvents));
    const trail = events.filter((e) => e.objectId === year.id);
    expect(trail.map((e) => e.action)).toEqual([
      'warrantyPolicy.create',
      'warrantyPolicy.update',
      'warrantyPolicy.cancel',
    ]);
    expect(trail[1]!.before).toMatchObject({ repairMonths: 12, repairCoversParts: true });
    expect(trail[1]!.after).toMatchObject({ repairMonths: 18, repairCoversParts: false });
    expect(trail[2]!.after).toMatchObject({ reason: '停用' });
  });

  it('keeps names unique per tenant, not across tenants', async () => {
    const first = await inA((tx) =>
      createWarrantyPolicy(
        tx,
        a.admin,
        body({ name: '包换一月', replacementDays: 30, repairMonths: 0 }),
      ),
    );
    expect(
      await code(
        inA((tx) =>
          createWarrantyPolicy(
            tx,
            a.admin,
            body({ name: '包换一月', replacementDays: 7, repairMonths: 1 }),
          ),
        ),
      ),
    ).toBe('WARRANTY_POLICY_NAME_TAKEN');
    const other = await inA((tx) =>
      createWarrantyPolicy(
        tx,
        a.admin,
        body({ name: '其他', replacementDays: 7, repairMonths: 1 }),
      ),
    );
    expect(
      await code(inA((tx) => updateWarrantyPolicy(tx, a.admin, other.id, { name: '包换一月' }))),
    ).toBe('WARRANTY_POLICY_NAME_TAKEN');
    // Renaming to its own name is no conflict.
    expect(
      await code(inA((tx) => updateWarrantyPolicy(tx, a.admin, first.id, { name: '包换一月' }))),
    ).toBe('ok');
    const inB = await inTenant(db(), b.tenantId, (tx) =>
      createWarrantyPolicy(
        tx,
        b.admin,
        body({ name: '包换一月', replacementDays: 30, repairMonths: 0 }),
      ),
    );
    expect(inB.name).toBe('包换一月');
    expect(await code(inA((tx) => updateWarrantyPolicy(tx, a.admin, inB.id, { note: 'x' })))).toBe(
      'NOT_FOUND',
    );
    expect(
      await code(inA((tx) => cancelWarrantyPolicy(tx, a.admin, inB.id, { reason: 'x' }))),
    ).toBe('NOT_FOUND');
  });

  it('refuses negative periods and fractions', () => {
    expect(
      createWarrantyPolicyBody.safeParse({ name: 'x', replacementDays: -1, repairMonths: 1 })
        .success,
    ).toBe(false);
    expect(
      createWarrantyPolicyBody.safeParse({ name: 'x', replacementDays: 1, repairMonths: 1.5 })
        .success,
    ).toBe(false);
    expect(
      createWarrantyPolicyBody.safeParse({ name: ' ', replacementDays: 1, repairMonths: 1 })
        .success,
    ).toBe(false);
  });
});
