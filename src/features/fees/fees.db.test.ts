import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { createFeeStandardDraft } from './create-fee-standard-draft';
import { createQuote } from './create-quote';
import { EMPTY_FEE_CONTENT, quoteBody } from './fees.schemas';
import { quotes } from './fees.table';
import { printerPrices, seedPrinter } from './fees.test-fixtures';
import { getFeeStandardInEffect } from './get-fee-standard-in-effect';
import { listFeeStandards } from './list-fee-standards';
import { previewQuote } from './preview-quote';
import { publishFeeStandard } from './publish-fee-standard';
import { getQuote } from './quote-view';
import { updateFeeStandard } from './update-fee-standard';

let tdb: TestDatabase;
const clock = manualClock(); // 2026-11-28 in Asia/Shanghai
const db = () => tdb.database.db;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const tenant = () => createTestTenant(db(), clock);
const run = <T>(t: TestTenant, work: Parameters<typeof inTenant<T>>[2]) =>
  inTenant(db(), t.tenantId, work);

/** Publishes a version with the printer's labour at `labourCents`, effective on `from`. */
async function publishVersion(
  t: TestTenant,
  categoryId: string,
  labourCents: number,
  from: string,
) {
  const draft = await run(t, (tx) => createFeeStandardDraft(tx, t.admin));
  await run(t, (tx) =>
    updateFeeStandard(tx, t.admin, draft.id, { content: printerPrices(categoryId, labourCents) }),
  );
  return run(t, (tx) => publishFeeStandard(tx, t.admin, draft.id, { effectiveFrom: from }));
}

beforeAll(async () => {
  tdb = await openTestDatabase();
});
afterAll(() => tdb?.close());

describe('fee standard versions', () => {
  it('drafts, edits, publishes and then refuses every change, with an audit trail', async () => {
    const t = await tenant();
    const draft = await run(t, (tx) => createFeeStandardDraft(tx, t.admin));
    expect(draft).toMatchObject({ version: 1, status: 'draft', effectiveFrom: '2026-11-28' });
    expect(draft.content).toEqual(EMPTY_FEE_CONTENT);
    expect(await code(run(t, (tx) => createFeeStandardDraft(tx, t.admin)))).toBe(
      'FEE_STANDARD_DRAFT_EXISTS',
    );
    const prices = printerPrices('00000000-0000-4000-8000-000000000001', 9_000);
    const edited = await run(t, (tx) =>
      updateFeeStandard(tx, t.admin, draft.id, { content: prices, note: '2026 版' }),
    );
    expect(edited).toMatchObject({ content: prices, note: '2026 版', status: 'draft' });
    expect(
      await code(
        run(t, (tx) => publishFeeStandard(tx, t.admin, draft.id, { effectiveFrom: '2026-11-27' })),
      ),
    ).toBe('FEE_STANDARD_BACKDATED');

    const published = await run(t, (tx) => publishFeeStandard(tx, t.admin, draft.id, {}));
    expect(published).toMatchObject({
      status: 'published',
      publishedByName: 'Admin',
      isInEffect: true,
    });
    expect(
      await code(run(t, (tx) => updateFeeStandard(tx, t.admin, draft.id, { note: 'x' }))),
    ).toBe('FEE_STANDARD_PUBLISHED');
    expect(await code(run(t, (tx) => publishFeeStandard(tx, t.admin, draft.id, {})))).toBe(
      'FEE_STANDARD_PUBLISHED',
    );

    const next = await run(t, (tx) => createFeeStandardDraft(tx, t.admin));
    expect(next).toMatchObject({ version: 2, status: 'draft', content: prices, isInEffect: false });
    const list = await run(t, (tx) => listFeeStandards(tx, t.admin));
    expect(list.map((s) => [s.version, s.status, s.isInEffect])).toEqual([
      [2, 'draft', false],
      [1, 'published', true],
    ]);

    const trail = (await run(t, (tx) => tx.select().from(auditEvents)))
      .filter((e) => e.objectId === draft.id)
      .map((e) => e.action);
    expect(trail).toEqual(['feeStandard.createDraft', 'feeStandard.update', 'feeStandard.publish']);
  });

  it('applies on a day the newest published version effective by then', async () => {
    const t = await tenant();
    const id = '00000000-0000-4000-8000-000000000002';
    expect(await code(run(t, (tx) => getFeeStandardInEffect(tx, t.admin)))).toBe('NO_FEE_STANDARD');
    await publishVersion(t, id, 5_000, '2026-11-28');
    await publishVersion(t, id, 7_000, '2026-12-10');
    await run(t, (tx) => createFeeStandardDraft(tx, t.admin)); // a draft never applies
    const on = (day?: string) =>
      run(t, (tx) => getFeeStandardInEffect(tx, t.admin, day)).then((s) => s.version);
    expect(await on()).toBe(1);
    expect(await on('2026-12-09')).toBe(1);
    expect(await on('2026-12-10')).toBe(2);
    expect(await on('2027-06-01')).toBe(2);
    expect(await code(on('2026-11-27'))).toBe('NO_FEE_STANDARD');
  });
});

describe('quotes', () => {
  it('keeps the version it was made with after a newer one is published', async () => {
    const t = await tenant();
    const { category, asset } = await run(t, (tx) => seedPrinter(tx, t, '2025-06-01'));
    await publishVersion(t, category.id, 8_000, '2026-11-28');
    // Installed 2025-06-01 with a 12-month policy: out of warranty now, so everything is charged.
    const body = quoteBody.parse({
      assetId: asset.id,
      categoryId: category.id,
      level: 2,
      travel: { zone: 'county' },
      parts: [{ name: '定影组件', unitPriceCents: 40_000, quantity: 2 }],
    });
    const first = await run(t, (tx) => createQuote(tx, t.dispatcher, body));
    expect(first).toMatchObject({ feeStandardVersion: 1, warrantyState: 'expired' });
    expect(first.lines.map((l) => [l.kind, l.amountCents, l.chargedCents])).toEqual([
      ['labour', 8_000, 8_000],
      ['travel', 6_000, 6_000],
      ['part', 92_000, 92_000],
    ]);
    expect(first.totals).toEqual({ grossCents: 106_000, coveredCents: 0, chargedCents: 106_000 });

    await publishVersion(t, category.id, 20_000, '2026-11-28');
    const second = await run(t, (tx) => createQuote(tx, t.dispatcher, body));
    expect(second.feeStandardVersion).toBe(2);
    expect(second.lines[0]!.amountCents).toBe(20_000);
    const reread = await run(t, (tx) => getQuote(tx, t.tenantId, first.id!));
    expect(reread).toEqual(first);
  });

  it('applies the warranty of the asset today, or the coverage given, and stores a preview nowhere', async () => {
    const t = await tenant();
    const { category, asset } = await run(t, (tx) => seedPrinter(tx, t, '2026-11-20'));
    await publishVersion(t, category.id, 8_000, '2026-11-28');
    const body = {
      categoryId: category.id,
      level: 2,
      travel: { zone: 'city' },
      parts: [{ name: '搓纸轮', unitPriceCents: 1_000, quantity: 1 }],
      inspection: true,
    };
    // Installed 8 days ago: in its 15-day 包换期, which covers parts, labour and travel.
    const covered = await run(t, (tx) =>
      previewQuote(tx, t.technician, quoteBody.parse({ ...body, assetId: asset.id })),
    );
    expect(covered).toMatchObject({ id: null, warrantyState: 'replacement' });
    expect(covered.totals).toEqual({ grossCents: 17_150, coveredCents: 17_150, chargedCents: 0 });
    const manual = await run(t, (tx) =>
      previewQuote(
        tx,
        t.technician,
        quoteBody.parse({ ...body, coverage: { parts: true, labour: false, travel: false } }),
      ),
    );
    expect(manual.warrantyState).toBe('manual');
    expect(manual.totals).toEqual({
      grossCents: 17_150,
      coveredCents: 1_150,
      chargedCents: 16_000,
    });
    expect(await run(t, (tx) => tx.select().from(quotes))).toEqual([]);

    const unknownCategory = quoteBody.parse({
      ...body,
      categoryId: '00000000-0000-4000-8000-00000000000f',
      coverage: { parts: false, labour: false, travel: false },
    });
    expect(await code(run(t, (tx) => previewQuote(tx, t.technician, unknownCategory)))).toBe(
      'QUOTE_CATEGORY_NOT_FOUND',
    );
  });

  it('keeps tenants apart: no standard, versions, quotes or assets of another tenant', async () => {
    const a = await tenant();
    const b = await tenant();
    const { category, asset } = await run(a, (tx) => seedPrinter(tx, a, '2026-01-01'));
    const v1 = await publishVersion(a, category.id, 8_000, '2026-11-28');
    const quote = await run(a, (tx) =>
      createQuote(
        tx,
        a.dispatcher,
        quoteBody.parse({ assetId: asset.id, categoryId: category.id, level: 1 }),
      ),
    );
    expect(await code(run(b, (tx) => getFeeStandardInEffect(tx, b.admin)))).toBe('NO_FEE_STANDARD');
    expect(await run(b, (tx) => listFeeStandards(tx, b.admin))).toEqual([]);
    expect(await code(run(b, (tx) => updateFeeStandard(tx, b.admin, v1.id, { note: 'x' })))).toBe(
      'NOT_FOUND',
    );
    expect(await code(run(b, (tx) => getQuote(tx, b.tenantId, quote.id!)))).toBe('NOT_FOUND');
    const { category: bCategory } = await run(b, (tx) => seedPrinter(tx, b, '2026-01-01'));
    await publishVersion(b, bCategory.id, 1_000, '2026-11-28');
    const theirs = quoteBody.parse({ assetId: asset.id, categoryId: bCategory.id, level: 1 });
    expect(await code(run(b, (tx) => createQuote(tx, b.dispatcher, theirs)))).toBe(
      'QUOTE_ASSET_NOT_FOUND',
    );
  });
});
