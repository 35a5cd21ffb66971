import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { assets, createAsset, createAssetBody } from '../installed-base';
import { code, onSiteWorldForFile } from '../work-orders/on-site.test-fixtures';
import { receiveBack } from './receive-back';
import { driveReturnTo, readAs, takenBackReturn } from './repair-return.test-fixtures';
import { receiveBackBody } from './repair-return.schemas';
import { testRepairReturn } from './test-repair-return';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);

const assetRow = (id: string) =>
  w
    .as((tx) =>
      tx
        .select()
        .from(assets)
        .where(and(eq(assets.tenantId, w.t.tenantId), eq(assets.id, id))),
    )
    .then(([row]) => row!);

describe('an item replaced by the vendor', () => {
  it('puts a new asset in the old one’s place, old → new, and retires the old one', async () => {
    const old = await assetRow(w.inWarrantyAssetId);
    // Where the unit stands: the new one stands there too.
    await w.as((tx) =>
      tx
        .update(assets)
        .set({ location: '门诊楼3层 护士站', departmentId: w.t.customer.departments[1]!.id })
        .where(eq(assets.id, old.id)),
    );
    const rr = await takenBackReturn(w, { assetId: old.id });
    const away = await driveReturnTo(w, rr.id, 'shipped');
    clock.set('2026-12-05T03:00:00Z');
    const back = await w.as((tx) =>
      receiveBack(
        tx,
        w.clerk,
        rr.id,
        receiveBackBody.parse({
          version: away.version,
          outcome: 'replaced',
          replacementSerial: 'CNB9999',
          note: '原厂换新',
        }),
      ),
    );
    expect(back).toMatchObject({
      status: 'ready_to_return',
      back: { outcome: 'replaced', note: '原厂换新', replacementSerial: 'CNB9999' },
    });
    const newId = back.back!.replacementAsset!.id;
    expect(back.back!.replacementAsset).toEqual({ id: newId, serialNumber: 'CNB9999' });
    // The return still names the unit it took; the new one is on the record beside it.
    expect(back.asset).toEqual({ id: old.id, serialNumber: 'CNB1234' });

    const replaced = await assetRow(old.id);
    expect(replaced).toMatchObject({
      status: 'retired',
      replacedById: newId,
      version: old.version + 1,
    });
    expect(await assetRow(newId)).toMatchObject({
      serialNumber: 'CNB9999',
      modelId: old.modelId,
      customerId: old.customerId,
      departmentId: w.t.customer.departments[1]!.id,
      location: '门诊楼3层 护士站',
      warrantyPolicyId: old.warrantyPolicyId,
      purchasedOn: '2026-12-05',
      installedOn: '2026-12-05',
      status: 'in_service',
      replacedById: null,
    });
  });

  it('refuses a serial already on file for the model, and changes nothing', async () => {
    const { modelId } = await assetRow(w.expiredAssetId);
    const unit = await w.as((tx) =>
      createAsset(
        tx,
        w.t.admin,
        createAssetBody.parse({
          serialNumber: 'CNB5555',
          modelId,
          customerId: w.t.customer.id,
          installedOn: '2026-11-01',
        }),
      ),
    );
    const rr = await takenBackReturn(w, { assetId: unit.id });
    const away = await driveReturnTo(w, rr.id, 'at_vendor');
    const taken = receiveBackBody.parse({
      version: away.version,
      outcome: 'replaced',
      replacementSerial: 'CNB0001',
    });
    expect(await code(w.as((tx) => receiveBack(tx, w.clerk, rr.id, taken)))).toBe(
      'ASSET_SERIAL_TAKEN',
    );
    expect(await assetRow(unit.id)).toMatchObject({ status: 'in_service', replacedById: null });
    expect((await readAs(w, w.clerk, rr.id)).status).toBe('at_vendor');
  });

  it('keeps the new serial on the return when no device is on file', async () => {
    const rr = await takenBackReturn(w);
    await w.as((tx) =>
      testRepairReturn(tx, w.t.technician, rr.id, {
        testResult: '无法开机',
        cause: 'product_fault',
        coverage: 'repair',
        expectedReturnOn: '2026-12-20',
        version: rr.version,
      }),
    );
    const away = await driveReturnTo(w, rr.id, 'at_vendor');
    const back = await w.as((tx) =>
      receiveBack(
        tx,
        w.clerk,
        rr.id,
        receiveBackBody.parse({
          version: away.version,
          outcome: 'replaced',
          replacementSerial: 'SN-NEW-1',
        }),
      ),
    );
    expect(back.back).toMatchObject({
      outcome: 'replaced',
      replacementSerial: 'SN-NEW-1',
      replacementAsset: null,
    });
  });

  it('asks for the new serial, or the vendor’s reason for a refusal', () => {
    const paths = (body: object) =>
      receiveBackBody.safeParse({ version: 1, ...body }).error?.issues.map((i) => i.path[0]);
    expect(paths({ outcome: 'replaced' })).toEqual(['replacementSerial']);
    expect(paths({ outcome: 'refused' })).toEqual(['note']);
    expect(paths({ outcome: 'refused', note: '人为损坏，厂家不保' })).toBeUndefined();
  });
});
