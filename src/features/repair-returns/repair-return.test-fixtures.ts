import { and, eq } from 'drizzle-orm';
import type { RequestContext } from '../accounts';
import { takeBackItem } from '../work-orders/take-back-item';
import {
  CUSTOMER_SIGNATURE,
  driveTo,
  orderFor,
  type OnSiteWorld,
} from '../work-orders/on-site.test-fixtures';
import { createVendor, vendorBody } from '../installed-base';
import { getRepairReturn } from './get-repair-return';
import { handOverReturn } from './hand-over-return';
import { registerReturn } from './register-return';
import type { RepairReturnView } from './repair-return.schemas';
import { repairReturns } from './repair-returns.table';
import { testRepairReturn } from './test-repair-return';
import { transitionRepairReturn } from './transition-repair-return';

export const PRINTER = {
  description: '激光打印机',
  serialNumber: 'CNB1234',
  condition: '外壳有划痕',
  accessories: '电源线',
};

/** An order taken to "confirmed" and its item taken back: the return, as the clerk reads it. */
export async function takenBackReturn(
  w: OnSiteWorld,
  options: { assetId?: string; items?: (typeof PRINTER)[] } = {},
): Promise<RepairReturnView> {
  const order = await orderFor(w, { assetId: options.assetId });
  await driveTo(w, order.id, 'confirmed');
  await w.as((tx) =>
    takeBackItem(tx, w.t.technician, order.id, {
      items: options.items ?? [PRINTER],
      ...CUSTOMER_SIGNATURE,
    }),
  );
  const [row] = await w.as((tx) =>
    tx
      .select({ id: repairReturns.id })
      .from(repairReturns)
      .where(
        and(eq(repairReturns.tenantId, w.t.tenantId), eq(repairReturns.workOrderId, order.id)),
      ),
  );
  return w.as((tx) => getRepairReturn(tx, w.clerk, row!.id));
}

/** A free test (product fault, in warranty): the item may be handed over at once. */
export const FREE_TEST = {
  testResult: '定影组件故障，需原厂维修',
  cause: 'product_fault' as const,
  expectedReturnOn: '2026-12-10',
};

/** The usual path from where the return is up to `status`, each step by the person whose step it is. */
export async function driveReturnTo(
  w: OnSiteWorld,
  id: string,
  status: 'tested' | 'handed_over' | 'registered' | 'shipped' | 'at_vendor',
  vendorId?: string,
): Promise<RepairReturnView> {
  const path = ['tested', 'handed_over', 'registered', 'shipped', 'at_vendor'] as const;
  const version = async () => (await w.as((tx) => getRepairReturn(tx, w.clerk, id))).version;
  const now = () => w.t.admin.clock.now();
  const steps: Record<(typeof path)[number], (v: number) => Promise<unknown>> = {
    tested: (v) =>
      w.as((tx) => testRepairReturn(tx, w.t.technician, id, { ...FREE_TEST, version: v })),
    handed_over: (v) => w.as((tx) => handOverReturn(tx, w.t.technician, id, { version: v })),
    registered: (v) =>
      w.as((tx) =>
        registerReturn(tx, w.clerk, id, {
          version: v,
          registrationNote: '外观、配件与带回清单一致',
          storageLocation: 'A-01',
          vendorId,
        }),
      ),
    // Shipments are their own feature: here the moves alone, as a shipment makes them.
    shipped: (v) =>
      w.as((tx) =>
        transitionRepairReturn(tx, w.clerk, {
          id,
          action: 'ship',
          version: v,
          patch: { shippedAt: now() },
        }),
      ),
    at_vendor: (v) =>
      w.as((tx) =>
        transitionRepairReturn(tx, w.clerk, {
          id,
          action: 'confirm_arrival',
          version: v,
          patch: { atVendorAt: now() },
        }),
      ),
  };
  const from = (await w.as((tx) => getRepairReturn(tx, w.clerk, id))).status;
  const start = path.indexOf(from as (typeof path)[number]) + 1;
  for (const next of path.slice(start, path.indexOf(status) + 1))
    await steps[next](await version());
  return w.as((tx) => getRepairReturn(tx, w.clerk, id));
}

/** A manufacturer to send returns to. */
export async function vendorOf(w: OnSiteWorld, name = '惠普售后'): Promise<string> {
  const vendor = await w.as((tx) =>
    createVendor(
      tx,
      w.t.admin,
      vendorBody.parse({ name, kind: 'manufacturer', address: '北京市海淀区 1 号' }),
    ),
  );
  return vendor.id;
}

/** The return as this person reads it. */
export const readAs = (w: OnSiteWorld, ctx: RequestContext, id: string) =>
  w.as((tx) => getRepairReturn(tx, ctx, id));
