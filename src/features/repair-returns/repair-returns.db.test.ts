import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { takeBackItem } from '../work-orders';
import {
  code,
  CUSTOMER_SIGNATURE,
  driveTo,
  onSiteWorldForFile,
  orderFor,
  setUpOnSiteWorld,
} from '../work-orders/on-site.test-fixtures';
import { getRepairReturn } from './get-repair-return';
import { listRepairReturns } from './list-repair-returns';
import { listRepairReturnsQuery } from './repair-return.schemas';

const clock = manualClock('2026-11-28T02:00:00Z');
const w = onSiteWorldForFile(clock);

async function takeBack(description: string) {
  const order = await orderFor(w, { assetId: w.inWarrantyAssetId });
  await driveTo(w, order.id, 'confirmed');
  await w.as((tx) =>
    takeBackItem(tx, w.t.technician, order.id, {
      items: [{ description, condition: '待检测' }],
      ...CUSTOMER_SIGNATURE,
    }),
  );
  return order;
}

describe('repair returns', () => {
  it('are numbered per day, listed newest first, searchable, and kept within the tenant', async () => {
    const first = await takeBack('打印机');
    clock.advance(60_000);
    const second = await takeBack('扫描仪');
    clock.set('2026-11-28T16:30:00Z'); // 00:30 the next day in 银川
    const third = await takeBack('复印机');
    const all = await w.as((tx) =>
      listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse({})),
    );
    expect(all.items.map((r) => [r.number, r.workOrder.id])).toEqual([
      ['RR-20261129-0001', third.id],
      ['RR-20261128-0002', second.id],
      ['RR-20261128-0001', first.id],
    ]);
    const page = await w.as((tx) =>
      listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse({ pageSize: 1, page: 2 })),
    );
    expect([page.total, page.items.map((r) => r.number)]).toEqual([3, ['RR-20261128-0002']]);
    const byNumber = await w.as((tx) =>
      listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse({ q: second.number })),
    );
    expect(byNumber.items.map((r) => r.workOrder.id)).toEqual([second.id]);
    const byCustomer = await w.as((tx) =>
      listRepairReturns(tx, w.clerk, listRepairReturnsQuery.parse({ q: '医院' })),
    );
    expect(byCustomer.total).toBe(3);

    const other = await setUpOnSiteWorld(w.db, clock);
    expect(
      await code(other.as((tx) => getRepairReturn(tx, other.t.tenantId, all.items[0]!.id))),
    ).toBe('NOT_FOUND');
    const theirs = await other.as((tx) =>
      listRepairReturns(tx, other.clerk, listRepairReturnsQuery.parse({})),
    );
    expect(theirs.total).toBe(0);
  });
});
