import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestUser } from '../../../tests/support/factories';
import { createPart } from '../inventory/create-part';
import { createWarehouse } from '../inventory/create-warehouse';
import { partBody, warehouseBody } from '../inventory/inventory.schemas';
import { stockLevels } from '../inventory/inventory.table';
import { takenBackReturn } from './repair-return.test-fixtures';
import { returnWorldForFile } from './return-world.test-support';
import { loadGoodPartLabels } from './shipment-documents';
import { auditActions, registeredReturn } from './shipments.test-support';
import { takeInGoodParts } from './take-in-good-parts';

const { w, codeOf } = returnWorldForFile();

describe('good parts left over', () => {
  it('go into a warehouse, serial by serial, and get a label each', async () => {
    const rr = await registeredReturn(w);
    const store = await w.as((tx) =>
      createWarehouse(
        tx,
        w.t.admin,
        warehouseBody.parse({ code: 'WH-C', name: '中心库', kind: 'central' }),
      ),
    );
    const roller = await w.as((tx) =>
      createPart(
        tx,
        w.t.admin,
        partBody.parse({ code: 'RM2-5452', name: '搓纸轮', priceCents: 4500 }),
      ),
    );
    const drum = await w.as((tx) =>
      createPart(
        tx,
        w.t.admin,
        partBody.parse({ code: 'CE390A', name: '硒鼓', serialTracked: true, priceCents: 30_000 }),
      ),
    );
    const body = {
      warehouseId: store.id,
      lines: [
        { partId: roller.id, quantity: 2 },
        { partId: drum.id, quantity: 2, serialNumbers: ['TN-1', 'TN-2'] },
      ],
    };
    expect(await codeOf((tx) => takeInGoodParts(tx, w.t.technician, rr.id, body))).toBe(
      'FORBIDDEN',
    );
    const early = await takenBackReturn(w, { assetId: w.inWarrantyAssetId });
    expect(await codeOf((tx) => takeInGoodParts(tx, w.clerk, early.id, body))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await codeOf((tx) => takeInGoodParts(tx, w.clerk, randomUUID(), body))).toBe(
      'NOT_FOUND',
    );

    const taken = await w.as((tx) => takeInGoodParts(tx, w.clerk, rr.id, body));
    expect(taken.movements).toBe(3);
    expect(taken.labelsPdfUrl).toBe(
      `/api/repair-returns/${rr.id}/good-parts/labels.pdf?movementIds=${taken.movementIds.join(',')}`,
    );
    const levels = await w.as((tx) =>
      tx
        .select({ partId: stockLevels.partId, quantity: stockLevels.quantity })
        .from(stockLevels)
        .where(and(eq(stockLevels.tenantId, w.t.tenantId), eq(stockLevels.warehouseId, store.id))),
    );
    expect(Object.fromEntries(levels.map((l) => [l.partId, l.quantity]))).toEqual({
      [roller.id]: 2,
      [drum.id]: 2,
    });
    expect(await auditActions(w, 'repairReturn', rr.id)).toContain('repairReturn.takeInGoodParts');

    // The warehouse keeper may take parts in too.
    const keeper = await createTestUser(w.db, w.t, {
      username: `keeper-${w.t.suffix}`,
      displayName: '仓管',
      roles: ['warehouse_keeper'],
    });
    const more = await w.as((tx) =>
      takeInGoodParts(tx, keeper, rr.id, {
        warehouseId: store.id,
        lines: [{ partId: roller.id, quantity: 1 }],
      }),
    );
    expect(more.movements).toBe(1);

    const labels = await w.as((tx) => loadGoodPartLabels(tx, w.clerk, rr.id, taken.movementIds));
    expect(labels.map((l) => [l.partCode, l.serialNumber, l.repairReturnNumber])).toEqual([
      ['CE390A', 'TN-1', rr.number],
      ['CE390A', 'TN-2', rr.number],
      ['RM2-5452', null, rr.number],
      ['RM2-5452', null, rr.number],
    ]);
    const all = await w.as((tx) => loadGoodPartLabels(tx, w.clerk, rr.id, undefined));
    expect(all).toHaveLength(5);
  });
});
