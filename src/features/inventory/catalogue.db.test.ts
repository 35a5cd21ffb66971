import { describe, expect, it } from 'vitest';
import { createTestModel } from '../../../tests/support/installed-base';
import { manualClock } from '../../../tests/support/factories';
import { cancelPart } from './cancel-part';
import { cancelWarehouse } from './cancel-warehouse';
import { createWarehouse } from './create-warehouse';
import { code, stockWorldForFile } from './inventory.test-fixtures';
import {
  listPartsQuery,
  listWarehousesQuery,
  partBody,
  updatePartBody,
  warehouseBody,
} from './inventory.schemas';
import { listParts } from './list-parts';
import { getMyVan, listWarehouses } from './list-warehouses';
import { getPart } from './part-view';
import { transferStock } from './transfer-stock';
import { updatePart } from './update-part';
import { updateWarehouse } from './update-warehouse';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = stockWorldForFile(clock);

describe('the parts catalogue', () => {
  it('keeps a part with the models it fits, unique by code, edited at the version read', async () => {
    const part = await w.newPart({ code: 'RM2-5452', modelIds: [w.modelId] });
    expect(part).toMatchObject({
      code: 'RM2-5452',
      unit: '个',
      serialTracked: false,
      models: [{ id: w.modelId }],
      totalQuantity: 0,
      cancelled: false,
      version: 1,
    });
    expect(await code(w.newPart({ code: 'RM2-5452' }))).toBe('PART_CODE_TAKEN');

    const other = await createTestModel(w.db, w.t.tenantId);
    const edit = (version: number, modelIds: string[]) =>
      w.as((tx) =>
        updatePart(
          tx,
          w.keeper,
          part.id,
          updatePartBody.parse({
            code: 'RM2-5452',
            name: '搓纸轮（新）',
            priceCents: 4_000,
            modelIds,
            version,
          }),
        ),
      );
    const edited = await edit(1, [other.modelId]);
    expect(edited).toMatchObject({
      name: '搓纸轮（新）',
      priceCents: 4_000,
      models: [{ id: other.modelId }],
      version: 2,
    });
    expect(await code(edit(1, []))).toBe('CONFLICT');

    const fits = (modelId: string) =>
      w.as((tx) => listParts(tx, w.t.technician, listPartsQuery.parse({ modelId })));
    expect((await fits(other.modelId)).items.map((p) => p.id)).toEqual([part.id]);
    expect((await fits(w.modelId)).items).toEqual([]);
    const found = await w.as((tx) =>
      listParts(tx, w.t.technician, listPartsQuery.parse({ q: '5452' })),
    );
    expect(found).toMatchObject({ total: 1, items: [{ id: part.id }] });
  });

  it('refuses a model that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(await code(w.newPart({ modelIds: [missing] }))).toBe('UNKNOWN_REFERENCE');
  });

  it('fixes serial tracking once stock has moved', async () => {
    const part = await w.newPart();
    const flip = (version: number) =>
      w.as((tx) =>
        updatePart(
          tx,
          w.keeper,
          part.id,
          updatePartBody.parse({ ...partInput(part), serialTracked: true, version }),
        ),
      );
    await w.receive(w.central.id, part.id, 2);
    expect(await code(flip(1))).toBe('SERIAL_TRACKING_LOCKED');
    const unmoved = await w.newPart();
    const flipped = await w.as((tx) =>
      updatePart(
        tx,
        w.keeper,
        unmoved.id,
        updatePartBody.parse({ ...partInput(unmoved), serialTracked: true, version: 1 }),
      ),
    );
    expect(flipped.serialTracked).toBe(true);
  });

  it('cancels a part: no more receipts, but its stock may still move', async () => {
    const part = await w.newPart();
    await w.receive(w.central.id, part.id, 3);
    const cancelled = await w.as((tx) =>
      cancelPart(tx, w.keeper, part.id, { version: 1, reason: '停产' }),
    );
    expect(cancelled).toMatchObject({ cancelled: true, totalQuantity: 3, version: 2 });
    expect(await code(w.receive(w.central.id, part.id, 1))).toBe('UNKNOWN_REFERENCE');
    await w.as((tx) =>
      transferStock(tx, w.keeper, {
        fromWarehouseId: w.central.id,
        toWarehouseId: w.outlet.id,
        partId: part.id,
        quantity: 3,
      }),
    );
    expect(await w.levelOf(w.outlet.id, part.id)).toBe(3);
    const listed = await w.as((tx) => listParts(tx, w.keeper, listPartsQuery.parse({})));
    expect(listed.items.some((p) => p.id === part.id)).toBe(false);
    expect((await w.as((tx) => getPart(tx, w.t.tenantId, part.id))).cancelled).toBe(true);
  });
});

describe('warehouses', () => {
  it('gives each technician at most one van, of a real technician, with unique codes', async () => {
    const create = (body: object) =>
      w.as((tx) => createWarehouse(tx, w.keeper, warehouseBody.parse(body)));
    expect(
      await code(
        create({ code: 'VAN-X', name: 'x', kind: 'van', technicianId: w.t.technician.user.id }),
      ),
    ).toBe('VAN_TAKEN');
    expect(await code(create({ code: 'WH-C', name: 'x', kind: 'outlet' }))).toBe(
      'WAREHOUSE_CODE_TAKEN',
    );
    expect(
      await code(
        create({ code: 'VAN-D', name: 'x', kind: 'van', technicianId: w.t.dispatcher.user.id }),
      ),
    ).toBe('UNKNOWN_REFERENCE');
    expect(() => warehouseBody.parse({ code: 'X', name: 'x', kind: 'van' })).toThrow();
    expect(() =>
      warehouseBody.parse({
        code: 'X',
        name: 'x',
        kind: 'central',
        technicianId: w.t.technician.user.id,
      }),
    ).toThrow();

    expect(await w.as((tx) => getMyVan(tx, w.t.technician))).toMatchObject({
      id: w.van.id,
      kind: 'van',
      technician: { id: w.t.technician.user.id, name: '维修一' },
    });
    expect(await code(w.as((tx) => getMyVan(tx, w.t.technician2)))).toBe('NOT_FOUND');
  });

  it('edits a warehouse, and cancels it only when empty, which frees its technician', async () => {
    const van2 = await w.as((tx) =>
      createWarehouse(
        tx,
        w.keeper,
        warehouseBody.parse({
          code: 'VAN-2',
          name: '维修二随车库',
          kind: 'van',
          technicianId: w.t.technician2.user.id,
        }),
      ),
    );
    const renamed = await w.as((tx) =>
      updateWarehouse(
        tx,
        w.keeper,
        van2.id,
        warehouseBody.parse({
          code: 'VAN-2',
          name: '二号车',
          kind: 'van',
          technicianId: w.t.technician2.user.id,
          address: '宁A-12345',
        }),
      ),
    );
    expect(renamed).toMatchObject({ name: '二号车', address: '宁A-12345' });
    const part = await w.newPart();
    await w.receive(van2.id, part.id, 1);
    expect(await code(w.as((tx) => cancelWarehouse(tx, w.keeper, van2.id, {})))).toBe(
      'WAREHOUSE_NOT_EMPTY',
    );
    await w.as((tx) =>
      transferStock(tx, w.keeper, {
        fromWarehouseId: van2.id,
        toWarehouseId: w.central.id,
        partId: part.id,
        quantity: 1,
      }),
    );
    const cancelled = await w.as((tx) =>
      cancelWarehouse(tx, w.keeper, van2.id, { reason: '离职' }),
    );
    expect(cancelled.cancelled).toBe(true);
    expect(await code(w.as((tx) => getMyVan(tx, w.t.technician2)))).toBe('NOT_FOUND');
    expect(await code(w.receive(van2.id, part.id, 1))).toBe('UNKNOWN_REFERENCE');

    const live = await w.as((tx) => listWarehouses(tx, w.keeper, listWarehousesQuery.parse({})));
    expect(live.map((v) => v.code)).toEqual(['VAN-1', 'WH-C', 'WH-O']);
    const vans = await w.as((tx) =>
      listWarehouses(
        tx,
        w.keeper,
        listWarehousesQuery.parse({ kind: 'van', includeCancelled: 'true' }),
      ),
    );
    expect(vans.map((v) => [v.code, v.cancelled])).toEqual([
      ['VAN-1', false],
      ['VAN-2', true],
    ]);
    // The technician may have a new van now.
    const again = await w.as((tx) =>
      createWarehouse(
        tx,
        w.keeper,
        warehouseBody.parse({
          code: 'VAN-3',
          name: '三号车',
          kind: 'van',
          technicianId: w.t.technician2.user.id,
        }),
      ),
    );
    expect((await w.as((tx) => getMyVan(tx, w.t.technician2))).id).toBe(again.id);
  });
});

function partInput(part: { code: string }) {
  return partBody.parse({ code: part.code, name: '搓纸轮', priceCents: 3_500 });
}
