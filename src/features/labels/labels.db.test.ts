import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { pdfPageCount, pdfText } from '../../platform/pdf/pdf-text';
import { currentPublicToken, resolvePublicToken } from '../../platform/public-tokens';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit';
import { createCustomer } from '../customers';
import { renderLabelSheet } from './label-sheet-pdf';
import { printLabelSheetBody } from './labels.schemas';
import { createLabelAssets } from './labels.test-support';
import { listLabelAssets } from './list-label-assets';
import { printLabelSheet } from './print-label-sheet';
import { reissueAssetToken } from './reissue-asset-token';
import { revokeAssetToken } from './revoke-asset-token';

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
const body = (input: object) =>
  printLabelSheetBody.parse({ grid: { columns: 3, rows: 8 }, ...input });
const print = (input: object) => inA((tx) => printLabelSheet(tx, a.admin, body(input)));
const tokenOf = (assetId: string) =>
  inA((tx) => currentPublicToken(tx, { kind: 'asset', tenantId: a.tenantId, targetId: assetId }));

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, '宁夏远景科技');
  b = await createTestTenant(db(), clock, 'Tenant B');
  await tdb.asOwner(`UPDATE tenants SET hotline = '0951-6000000' WHERE id = '${a.tenantId}'`);
});
afterAll(() => tdb?.close());

describe('QR label sheets', () => {
  it('prints a customer sheet, issuing tokens once and reusing them on a re-print', async () => {
    const devices = await createLabelAssets(db(), a, [
      { serialNumber: 'SN-A-001', departmentIndex: 1 },
      { serialNumber: 'SN-A-002', departmentIndex: 1 },
      { serialNumber: 'SN-A-003' },
    ]);
    const before = await inA((tx) => listLabelAssets(tx, a.admin, { customerId: a.customer.id }));
    expect(before.map((row) => [row.serialNumber, row.hasToken])).toEqual([
      ['SN-A-001', false],
      ['SN-A-002', false],
      ['SN-A-003', false],
    ]);

    const sheet = await print({ customerId: a.customer.id });
    expect(sheet.labels).toHaveLength(3);
    const text = await pdfText(await renderLabelSheet(sheet, (t) => `https://x.cn/p/${t}`));
    for (const serial of ['SN-A-001', 'SN-A-002', 'SN-A-003']) expect(text).toContain(serial);
    expect(text).toContain('BC-5390');
    expect(text).toContain('服务热线 0951-6000000');
    expect(text).toContain('科室 检验科');
    expect(text).toContain('扫码报修');
    expect(text).toContain('宁夏远景科技');

    const tokens = await Promise.all(devices.map((device) => tokenOf(device.id)));
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(new Set(tokens).size).toBe(3);
    expect(sheet.labels.map((label) => label.token).sort()).toEqual([...tokens].sort());

    const again = await print({ customerId: a.customer.id });
    expect(again.labels.map((label) => label.token).sort()).toEqual([...tokens].sort());
    const prints = await inA((tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.action, 'labels.print')),
    );
    expect(prints.map((event) => event.after)).toEqual([
      expect.objectContaining({ count: 3, issuedTokens: 3 }),
      expect.objectContaining({ count: 3, issuedTokens: 0 }),
    ]);
  });

  it('re-issues and revokes a token: the old one stops resolving at once', async () => {
    const [device] = await createLabelAssets(db(), a, [{ serialNumber: 'SN-B-001' }]);
    const [first] = (await print({ customerId: a.customer.id, assetIds: [device!.id] })).labels;
    expect(await resolvePublicToken(db(), 'asset', first!.token)).toEqual({
      tenantId: a.tenantId,
      targetId: device!.id,
    });

    const second = await inA((tx) => reissueAssetToken(tx, a.admin, device!.id));
    expect(second).not.toBe(first!.token);
    expect(await resolvePublicToken(db(), 'asset', first!.token)).toBeNull();
    expect(await resolvePublicToken(db(), 'asset', second)).toMatchObject({ targetId: device!.id });
    const [reprinted] = (await print({ customerId: a.customer.id, assetIds: [device!.id] })).labels;
    expect(reprinted!.token).toBe(second);

    await inA((tx) => revokeAssetToken(tx, a.admin, device!.id));
    expect(await resolvePublicToken(db(), 'asset', second)).toBeNull();
    expect(await tokenOf(device!.id)).toBeNull();
    const trail = await inA((tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.objectId, device!.id)),
    );
    expect(trail.map((event) => [event.action, event.after])).toEqual([
      ['asset.token.reissue', { revokedPrevious: true }],
      ['asset.token.revoke', { revoked: true }],
    ]);
    // Revoked devices get a fresh token with their next label.
    const [fresh] = (await print({ customerId: a.customer.id, assetIds: [device!.id] })).labels;
    expect([first!.token, second]).not.toContain(fresh!.token);
  });

  it("refuses another tenant's devices and another customer's", async () => {
    const [theirs] = await createLabelAssets(db(), b, [{ serialNumber: 'SN-C-001' }]);
    const [ours] = await createLabelAssets(db(), a, [{ serialNumber: 'SN-D-001' }]);
    expect(await code(print({ customerId: a.customer.id, assetIds: [theirs!.id] }))).toBe(
      'NOT_FOUND',
    );
    expect(await code(print({ customerId: b.customer.id }))).toBe('NOT_FOUND');
    expect(await code(inA((tx) => reissueAssetToken(tx, a.admin, theirs!.id)))).toBe('NOT_FOUND');
    expect(await code(inA((tx) => revokeAssetToken(tx, a.admin, theirs!.id)))).toBe('NOT_FOUND');
    const clinic = await inA((tx) =>
      createCustomer(tx, a.admin, { name: '兴庆区诊所', departments: ['内科'] }),
    );
    expect(await code(print({ customerId: clinic.id, assetIds: [ours!.id] }))).toBe(
      'ASSET_CUSTOMER_MISMATCH',
    );
    expect(await code(print({ customerId: clinic.id }))).toBe('LABEL_NO_ASSETS');
    expect(
      await code(print({ customerId: a.customer.id, departmentId: clinic.departments[0]!.id })),
    ).toBe('DEPARTMENT_MISMATCH');
    expect(await tokenOf(theirs!.id)).toBeNull();
  });

  it('prints one department, leaving retired devices out unless chosen', async () => {
    const devices = await createLabelAssets(db(), a, [
      { serialNumber: 'SN-E-001', departmentIndex: 0 },
      { serialNumber: 'SN-E-002', departmentIndex: 0, status: 'retired' },
      { serialNumber: 'SN-E-003', departmentIndex: 1 },
    ]);
    const radiology = a.customer.departments[0]!;
    const sheet = await print({ customerId: a.customer.id, departmentId: radiology.id });
    expect(sheet.labels.map((label) => label.serialNumber)).toEqual(['SN-E-001']);
    const chosen = await print({ customerId: a.customer.id, assetIds: [devices[1]!.id] });
    expect(chosen.labels.map((label) => label.serialNumber)).toEqual(['SN-E-002']);
  });

  it('refuses a grid outside 1–6 × 1–12 or a margin outside 0–30 mm', async () => {
    for (const bad of [
      { grid: { columns: 7, rows: 8 } },
      { grid: { columns: 3, rows: 0 } },
      { grid: { columns: 3, rows: 13 } },
      { grid: { columns: 3, rows: 8 }, marginMm: 31 },
      { grid: { columns: 3, rows: 8 }, marginMm: -1 },
    ])
      expect(await code(print({ customerId: a.customer.id, ...bad }))).toBe('LABEL_SHEET_INVALID');
  });

  it('lays 240 labels out on ten 3 × 8 pages', async () => {
    const devices = await createLabelAssets(
      db(),
      a,
      Array.from({ length: 240 }, (_, i) => ({
        serialNumber: `SN-F-${String(i).padStart(3, '0')}`,
      })),
    );
    const sheet = await print({
      customerId: a.customer.id,
      assetIds: devices.map((device) => device.id),
    });
    const pdf = await renderLabelSheet(sheet, (t) => `https://service.example.cn/p/${t}`);
    expect(await pdfPageCount(pdf)).toBe(10);
    const text = await pdfText(pdf);
    expect(text).toContain('SN-F-000');
    expect(text).toContain('SN-F-239');
  });
});
