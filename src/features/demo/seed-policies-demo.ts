import { and, eq, like, or } from 'drizzle-orm';
import { type Db, inTenant } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { productCategories } from '../catalog/catalog.table';
import { loadDefaultHolidays } from '../commitments';
import { customers } from '../customers';
import { createFeeStandardDraft, publishFeeStandard, updateFeeStandard } from '../fees';

/** 工时费 per category and level (简单 / 一般 / 复杂), in yuan. */
const LABOUR_YUAN: Record<string, [number, number, number]> = {
  PC: [80, 120, 200],
  PRN: [60, 100, 160],
  NET: [100, 150, 260],
  MED: [200, 350, 600],
  CCTV: [80, 120, 200],
  SRV: [200, 300, 500],
};

/**
 * The demo company's policies: customers in zones (市区, and 郊县 or 外地 outside the city),
 * a published fee standard v1 effective today, and the 2026 and 2027 holiday calendars.
 */
export async function seedPoliciesDemo(db: Db, tenantId: string, admin: RequestContext) {
  await inTenant(db, tenantId, async (tx) => {
    await tx.update(customers).set({ zone: 'city' }).where(eq(customers.tenantId, tenantId));
    await tx
      .update(customers)
      .set({ zone: 'county' })
      .where(
        and(
          eq(customers.tenantId, tenantId),
          or(like(customers.address, '%县%'), like(customers.address, '灵武市%')),
        ),
      );
    await tx
      .update(customers)
      .set({ zone: 'remote' })
      .where(and(eq(customers.tenantId, tenantId), like(customers.address, '石嘴山市%')));
    const categories = await tx
      .select({ id: productCategories.id, code: productCategories.code })
      .from(productCategories)
      .where(eq(productCategories.tenantId, tenantId));
    const draft = await createFeeStandardDraft(tx, admin);
    await updateFeeStandard(tx, admin, draft.id, {
      note: '2026 年度维修收费标准',
      content: {
        labour: categories.flatMap((c) =>
          (LABOUR_YUAN[c.code] ?? [100, 150, 250]).map((yuan, i) => ({
            categoryId: c.id,
            level: (i + 1) as 1 | 2 | 3,
            amountCents: yuan * 100,
          })),
        ),
        defaultLabourCents: { '1': 10000, '2': 15000, '3': 25000 },
        travel: {
          mode: 'zone',
          zones: [
            { zone: 'city', amountCents: 3000 },
            { zone: 'county', amountCents: 8000 },
            { zone: 'remote', amountCents: 20000 },
          ],
          baseCents: 0,
          perKmCents: 0,
          freeKm: 0,
        },
        inspectionCents: 5000,
        partsMarkupPercent: 0,
      },
    });
    await publishFeeStandard(tx, admin, draft.id, {});
    for (const year of [2026, 2027]) await loadDefaultHolidays(tx, admin, year);
  });
}
