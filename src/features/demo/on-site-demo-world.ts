import { eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant, type Tx } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import { type RequestContext, type Role, users } from '../accounts';
import { productCategories } from '../catalog/catalog.table';
import { customers, departments } from '../customers';
import { assets, getAssetWarranties } from '../installed-base';
import type { WarrantyState } from '../warranty';
import { DEMO_COMPANY } from './demo-data';
import type { DemoAsset } from './seed-installed-base-demo';
import { minutesUntil, shanghaiMidnight, workdayAnchor } from './workday-anchor.rules';

const TIME_ZONE = 'Asia/Shanghai';
/** Repaired under warranty: a device still in its 包换期 would be exchanged instead. */
const IN_WARRANTY: readonly (WarrantyState | null)[] = ['repair', 'contract'];

/** A device of the demo installed base, with what a job about it needs to know. */
export interface DemoDevice extends DemoAsset {
  serialNumber: string;
  customerName: string;
  zone: string | null;
  departmentName: string;
  categoryId: string;
  warranty: WarrantyState | null;
}

/** What a story wants to work on: the first unused device that fits, relaxed until one does. */
export interface DeviceWish {
  categories: readonly string[];
  warranty: 'in' | 'expired';
  /** Part of the device's name (心电图机, 监护仪 …). */
  device?: string;
  departments?: readonly string[];
  zones?: readonly string[];
}

interface Person {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

/** The demo company as the on-site stories see it: its people, devices and the time now. */
export interface OnSiteWorld {
  tx: Tx;
  tenantId: string;
  /**
   * The context of a demo user (by login) acting `minutes` from now (negative: earlier). "Now"
   * is the working day's (workdayAnchor): a demo made at night shows a day at working hours.
   */
  as(login: string, minutes: number): RequestContext;
  /** An instant `minutes` from now, ISO. */
  at(minutes: number): string;
  /**
   * `minutes` from now, but not before today's local midnight: a quote is priced with the fee
   * standard in effect on its day, and the demo's standard takes effect today.
   */
  today(minutes: number): number;
  /** Minutes from now to a local time (`hh:mm`) `days` after today. */
  localTime(days: number, hhmm: string): number;
  /** A visit window starting about `minutes` from now (on the half hour), `length` long. */
  slot(minutes: number, length: number): { start: string; end: string };
  pick(wish: DeviceWish): DemoDevice;
  userId(login: string): string;
}

const HALF_HOUR = 30 * 60_000;

/**
 * Loads the people and devices once; `run` then gives each story its own transaction in the
 * demo tenant, sharing the record of devices already used so every job has its own.
 */
export async function openOnSiteWorld(
  db: Db,
  clock: Clock,
  tenantId: string,
  installed: readonly DemoAsset[],
) {
  const today = localDay(clock.now(), TIME_ZONE);
  // Story times count from the working day's "now"; quotes wait for the real day's start.
  const nowMs = workdayAnchor(clock.now().getTime());
  const todayStarts = Math.ceil((shanghaiMidnight(clock.now().getTime()) - nowMs) / 60_000) + 1;
  const { people, devices } = await inTenant(db, tenantId, async (tx) => {
    const staff = await tx
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        roles: users.roles,
      })
      .from(users)
      .where(eq(users.tenantId, tenantId));
    const ids = installed.map((a) => a.id);
    const facts = await tx
      .select({
        id: assets.id,
        serialNumber: assets.serialNumber,
        customerName: customers.name,
        zone: customers.zone,
        departmentName: departments.name,
      })
      .from(assets)
      .innerJoin(customers, eq(customers.id, assets.customerId))
      .innerJoin(departments, eq(departments.id, assets.departmentId))
      .where(inArray(assets.id, ids));
    const categories = await tx
      .select({ id: productCategories.id, code: productCategories.code })
      .from(productCategories)
      .where(eq(productCategories.tenantId, tenantId));
    const warranties = await getAssetWarranties(tx, tenantId, ids, today);
    const factOf = new Map(facts.map((f) => [f.id, f]));
    const categoryOf = new Map(categories.map((c) => [c.code, c.id]));
    return {
      people: new Map(staff.map((u) => [u.username, { ...u, roles: u.roles as Role[] }])),
      devices: installed.map((a) => ({
        ...a,
        ...factOf.get(a.id)!,
        categoryId: categoryOf.get(a.category)!,
        warranty: warranties.get(a.id)?.state ?? null,
      })),
    };
  });
  const usedDevices = new Set<string>();
  const usedCustomers = new Map<string, number>();
  const person = (login: string): Person => {
    const found = people.get(login);
    if (!found) throw new Error(`the demo has no user ${login}`);
    return found;
  };

  const fits = (d: DemoDevice, w: DeviceWish, strictness: number) =>
    w.categories.includes(d.category) &&
    (strictness < 1 || (w.warranty === 'in') === IN_WARRANTY.includes(d.warranty)) &&
    (strictness < 2 || !w.zones || w.zones.includes(d.zone ?? '')) &&
    (strictness < 3 || !w.device || d.device.includes(w.device)) &&
    (strictness < 4 || !w.departments || w.departments.includes(d.departmentName));
  const pick = (wish: DeviceWish): DemoDevice => {
    const unused = devices.filter((d) => !usedDevices.has(d.id));
    for (let strictness = 4; strictness >= 0; strictness--) {
      const matches = unused.filter((d) => fits(d, wish, strictness));
      if (matches.length === 0) continue;
      // Spread the jobs over the hospitals: the least visited customer first.
      const visits = (d: DemoDevice) => usedCustomers.get(d.customerId) ?? 0;
      const chosen = matches.reduce((best, d) => (visits(d) < visits(best) ? d : best));
      usedDevices.add(chosen.id);
      usedCustomers.set(chosen.customerId, visits(chosen) + 1);
      return chosen;
    }
    throw new Error(`the demo has no device of ${wish.categories.join('/')}`);
  };

  const worldIn = (tx: Tx): OnSiteWorld => ({
    tx,
    tenantId,
    as: (login, minutes) => ({
      tenantId,
      tenantName: DEMO_COMPANY.name,
      tenantTimezone: TIME_ZONE,
      user: person(login),
      sessionId: 'seed',
      sourceIp: null,
      clock: { now: () => new Date(nowMs + minutes * 60_000) },
    }),
    at: (minutes) => new Date(nowMs + minutes * 60_000).toISOString(),
    today: (minutes) => Math.max(minutes, todayStarts),
    localTime: (days, hhmm) => minutesUntil(nowMs, days, hhmm),
    slot: (minutes, length) => {
      const start = Math.floor((nowMs + minutes * 60_000) / HALF_HOUR) * HALF_HOUR;
      return {
        start: new Date(start).toISOString(),
        end: new Date(start + length * 60_000).toISOString(),
      };
    },
    pick,
    userId: (login) => person(login).id,
  });
  return {
    run: <T>(story: (w: OnSiteWorld) => Promise<T>) =>
      inTenant(db, tenantId, (tx) => story(worldIn(tx))),
  };
}
