import { and, eq, inArray, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import {
  assets,
  getAssetWarranties,
  productModels,
  vendorContacts,
  vendors,
} from '../installed-base';
import { workOrders } from '../work-orders';
import { addDays } from '../warranty';
import { DEMO_VENDORS } from './demo-installed-base';
import { type DemoDevice, type OnSiteWorld, openOnSiteWorld } from './on-site-demo-world';
import type { DemoAsset } from './seed-installed-base-demo';

const TIME_ZONE = 'Asia/Shanghai';
/** Installed this long before today, a device was already in service on every demo day. */
const SETTLED_DAYS = 120;

type DemoVendorKey = (typeof DEMO_VENDORS)[number]['key'];

/** A vendor as a shipment needs it: its after-sales contact and where parcels go. */
export interface DemoVendor {
  id: string;
  name: string;
  contactId: string | null;
  contactName: string;
  address: string;
}

/** Where each vendor's repair centre takes parcels (the demo's vendors have no address on file). */
const REPAIR_CENTRES: Record<DemoVendorKey, string> = {
  lenovo: '北京市海淀区上地西路6号 联想大厦 售后维修中心',
  hp: '北京市朝阳区望京中环南路7号 惠普客户维修中心',
  huawei: '深圳市龙岗区坂田华为基地 企业备件与维修中心',
  mindray: '深圳市南山区高新技术产业园区科技南十二路 迈瑞大厦 售后维修部',
  xinyuan: '银川市金凤区宁安大街490号 鑫源科技维修部',
};

/** The on-site world, with what the returns and parts stories need besides. */
export interface ReturnsWorld extends OnSiteWorld {
  /** The local day `days` from today (YYYY-MM-DD). */
  day(days: number): string;
  /** The vendor of the device's model: its repairs go there. */
  vendorOf(device: DemoDevice): DemoVendor;
}

/**
 * Devices the returns and parts stories may use: under repair warranty today and in service
 * for months (so a test weeks ago found them covered too: a product fault is free), with no
 * open work order of the other demos, and none in `avoid`.
 */
async function settledDevices(
  db: Db,
  tenantId: string,
  installed: readonly DemoAsset[],
  today: string,
  avoid: ReadonlySet<string>,
): Promise<DemoAsset[]> {
  return inTenant(db, tenantId, async (tx) => {
    const busy = await tx
      .selectDistinct({ assetId: workOrders.assetId })
      .from(workOrders)
      .where(
        and(isNotNull(workOrders.assetId), notInArray(workOrders.status, ['closed', 'cancelled'])),
      );
    const taken = new Set([...avoid, ...busy.map((b) => b.assetId!)]);
    const candidates = installed.filter((a) => !taken.has(a.id));
    if (candidates.length === 0) return [];
    const settled = await tx
      .select({ id: assets.id, installedOn: assets.installedOn })
      .from(assets)
      .where(
        and(
          inArray(
            assets.id,
            candidates.map((a) => a.id),
          ),
          isNull(assets.replacedById),
        ),
      );
    const since = addDays(today, -SETTLED_DAYS);
    const old = new Set(
      settled.filter((a) => a.installedOn && a.installedOn <= since).map((a) => a.id),
    );
    const warranties = await getAssetWarranties(tx, tenantId, [...old], today);
    return candidates.filter((a) => old.has(a.id) && warranties.get(a.id)?.state === 'repair');
  });
}

/** The demo's vendors with their first contact and repair centre, and every device's vendor. */
async function loadVendors(db: Db, tenantId: string, deviceIds: readonly string[]) {
  return inTenant(db, tenantId, async (tx) => {
    const rows = await tx
      .select({ id: vendors.id, name: vendors.name })
      .from(vendors)
      .where(eq(vendors.tenantId, tenantId));
    const contacts = await tx
      .select({
        id: vendorContacts.id,
        vendorId: vendorContacts.vendorId,
        name: vendorContacts.name,
      })
      .from(vendorContacts)
      .where(eq(vendorContacts.tenantId, tenantId));
    const modelVendors =
      deviceIds.length === 0
        ? []
        : await tx
            .select({ assetId: assets.id, vendorId: productModels.vendorId })
            .from(assets)
            .innerJoin(productModels, eq(productModels.id, assets.modelId))
            .where(inArray(assets.id, [...deviceIds]));
    const byId = new Map<string, DemoVendor>(
      rows.map((v) => {
        const contact = contacts.find((c) => c.vendorId === v.id);
        const key = DEMO_VENDORS.find((d) => d.name === v.name)?.key;
        return [
          v.id,
          {
            id: v.id,
            name: v.name,
            contactId: contact?.id ?? null,
            contactName: contact?.name ?? '售后',
            address: key ? REPAIR_CENTRES[key] : '银川市金凤区宁安大街',
          },
        ];
      }),
    );
    return {
      byId,
      ofDevice: new Map(modelVendors.map((m) => [m.assetId, m.vendorId])),
    };
  });
}

/**
 * The world of the returns and parts stories: the on-site world over the settled devices, each
 * story in its own transaction, with days and vendors at hand.
 */
export async function openReturnsWorld(
  db: Db,
  clock: Clock,
  tenantId: string,
  installed: readonly DemoAsset[],
  avoid: ReadonlySet<string> = new Set(),
) {
  const today = localDay(clock.now(), TIME_ZONE);
  const devices = await settledDevices(db, tenantId, installed, today, avoid);
  const world = await openOnSiteWorld(db, clock, tenantId, devices);
  const known = await loadVendors(
    db,
    tenantId,
    devices.map((d) => d.id),
  );
  const vendorById = (id: string | null | undefined): DemoVendor => {
    const vendor = id ? known.byId.get(id) : undefined;
    if (!vendor) throw new Error(`the demo has no vendor ${id}`);
    return vendor;
  };
  return {
    run: <T>(story: (w: ReturnsWorld) => Promise<T>) =>
      world.run((w) =>
        story({
          ...w,
          day: (days) => localDay(new Date(w.at(w.localTime(days, '12:00'))), TIME_ZONE),
          vendorOf: (device) => vendorById(known.ofDevice.get(device.id)),
        }),
      ),
  };
}
