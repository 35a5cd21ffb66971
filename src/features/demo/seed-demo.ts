import { count, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import {
  createTenant,
  createUser,
  type RequestContext,
  type Role,
  tenants,
  users,
} from '../accounts';
import { productCategories } from '../catalog/catalog.table';
import { technicianSkills } from '../technicians/technicians.table';
import { createCustomer, type CustomerView } from '../customers';
import { createHotlineCall } from '../hotline';
import {
  assignTechnician,
  cancelWorkOrder,
  closeWorkOrder,
  createWorkOrder,
  reassignTechnician,
} from '../work-orders';
import { seedDispatchDemo } from './seed-dispatch-demo';
import { INVENTORY_DEMO_ORDERS, seedInventoryDemo } from './seed-inventory-demo';
import { seedInstalledBaseDemo } from './seed-installed-base-demo';
import { seedIntakeQueue } from './seed-intake-queue';
import { ON_SITE_DEMO_ORDERS, seedOnSiteDemo } from './seed-on-site-demo';
import { seedPoliciesDemo } from './seed-policies-demo';
import { RETURNS_DEMO_RETURNS, seedReturnsDemo } from './seed-returns-demo';
import {
  DEMO_COMPANY,
  DEMO_CUSTOMERS,
  DEMO_FAULTS,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_TECHNICIANS,
} from './demo-data';

export interface DemoSummary {
  tenantId: string;
  users: number;
  customers: number;
  workOrders: number;
}

/** A small deterministic generator, so every demo database looks the same. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tenants);
  return (row?.n ?? 0) === 0;
}

/**
 * The demo company: one user per role, ten technicians, twenty customers in 银川 and work
 * orders across every state, made through the same use cases as real work (so each has its
 * audit trail), spread over the last 30 days.
 */
export async function seedDemo(
  db: Db,
  clock: Clock,
  options: { workOrders?: number } = {},
): Promise<DemoSummary> {
  const total = options.workOrders ?? 200;
  const now = clock.now().getTime();
  const { tenantId, adminId } = await createTenant(
    db,
    {
      ...DEMO_COMPANY,
      admin: { username: 'admin', displayName: '系统管理员', password: DEMO_PASSWORD },
    },
    clock,
  );
  const ctxOf = (
    user: { id: string; username: string; displayName: string; roles: Role[] },
    at: number,
  ): RequestContext => ({
    tenantId,
    tenantName: DEMO_COMPANY.name,
    tenantTimezone: 'Asia/Shanghai',
    user,
    sessionId: 'seed',
    sourceIp: null,
    clock: { now: () => new Date(at) },
  });
  const admin = ctxOf(
    { id: adminId, username: 'admin', displayName: '系统管理员', roles: ['admin'] },
    now,
  );
  const people = await inTenant(db, tenantId, async (tx) => {
    const staff = [];
    for (const s of DEMO_STAFF)
      staff.push(
        await createUser(tx, admin, { ...s, roles: [...s.roles], password: DEMO_PASSWORD }),
      );
    const techs = [];
    for (const [i, name] of DEMO_TECHNICIANS.entries()) {
      const username = i === 0 ? 'technician' : `tech${i + 1}`;
      techs.push(
        await createUser(tx, admin, {
          username,
          displayName: name,
          phone: `1380951${String(1000 + i)}`,
          roles: ['technician'],
          password: DEMO_PASSWORD,
        }),
      );
    }
    return { staff, techs };
  });
  await seedDispatchDemo(db, clock, tenantId, admin);
  const categories = await inTenant(db, tenantId, (tx) =>
    tx.select({ id: productCategories.id, code: productCategories.code }).from(productCategories),
  );
  const categoryOf = new Map(categories.map((c) => [c.code, c.id]));
  // Demo orders go to technicians skilled in the device's category, as a dispatcher would do.
  const skills = await inTenant(db, tenantId, (tx) => tx.select().from(technicianSkills));
  const skilledFor = (code: string) => {
    const skilled = people.techs.filter((t) =>
      skills.some((s) => s.userId === t.id && s.categoryId === categoryOf.get(code)),
    );
    return skilled.length > 0 ? skilled : people.techs;
  };
  const dispatcher = people.staff.find((u) => u.username === 'dispatcher')!;
  const customers: CustomerView[] = [];
  await inTenant(db, tenantId, async (tx) => {
    for (const c of DEMO_CUSTOMERS) customers.push(await createCustomer(tx, admin, c));
  });

  const rand = random(2026);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const installed = await seedInstalledBaseDemo(db, clock, tenantId, customers, random(27922));
  await seedPoliciesDemo(db, tenantId, admin);
  for (let i = 0; i < total; i++) {
    // Older orders are more likely finished; the newest are still open.
    const age = (total - i) / total;
    const at = now - Math.floor(age * 30 * 86_400_000) + Math.floor(rand() * 3_600_000);
    const customer = pick(customers);
    const department = pick(customer.departments);
    const fault = pick(DEMO_FAULTS);
    const tech = pick(skilledFor(fault.category));
    // The caller names the device on the label when the department has one of that kind.
    const device = installed.find(
      (a) => a.departmentId === department.id && a.category === fault.category,
    );
    const roll = rand();
    const desk = (offsetMs: number) =>
      ctxOf({ ...dispatcher, roles: ['dispatcher'] }, at + offsetMs);
    await inTenant(db, tenantId, async (tx) => {
      const call = await createHotlineCall(tx, desk(0), {
        callerName: `${department.name}${pick(['王', '李', '张', '刘', '陈'])}老师`,
        callerPhone: `1390951${String(2000 + (i % 8000)).padStart(4, '0')}`,
        customerId: customer.id,
        departmentId: department.id,
        deviceDescription: device?.device ?? fault.device,
        assetId: device?.id,
        categoryId: categoryOf.get(fault.category),
        faultDescription: fault.fault,
        urgency: roll < 0.1 ? 'critical' : roll < 0.3 ? 'urgent' : 'normal',
      });
      const order = await createWorkOrder(tx, desk(120_000), { hotlineCallId: call.id });
      if (age < 0.08 && roll < 0.6) return; // new
      if (roll > 0.93)
        return void (await cancelWorkOrder(tx, desk(300_000), order.id, {
          reason: '客户已自行解决，撤销报修',
        }));
      await assignTechnician(tx, desk(600_000), order.id, { technicianId: tech.id });
      if (roll > 0.85) {
        const other = pick(
          skilledFor(fault.category)
            .filter((t) => t.id !== tech.id)
            .concat(tech),
        );
        await reassignTechnician(tx, desk(1_800_000), order.id, {
          technicianId: other.id,
          reason: '原维修人员外出，改派',
        });
      }
      if (age < 0.25 && roll < 0.7) return; // assigned
      const assigned = roll > 0.85 ? undefined : tech;
      const closer = assigned
        ? ctxOf({ ...assigned, roles: ['technician'] }, at + 7_200_000)
        : desk(7_200_000);
      await closeWorkOrder(tx, closer, order.id, { resolution: fault.resolution });
    });
  }
  await seedIntakeQueue(
    db,
    tenantId,
    installed,
    ctxOf({ ...dispatcher, roles: ['dispatcher'] }, now),
  );
  await seedOnSiteDemo(db, clock, tenantId, installed);
  const inventory = await seedInventoryDemo(db, clock, tenantId, installed);
  await seedReturnsDemo(db, clock, tenantId, installed, inventory);
  const [userCount] = await inTenant(db, tenantId, (tx) =>
    tx.select({ n: count() }).from(users).where(eq(users.tenantId, tenantId)),
  );
  return {
    tenantId,
    users: userCount?.n ?? 0,
    customers: customers.length,
    // Every repair return of the demo has its work order (a walk-in's or a take-back's).
    workOrders: total + ON_SITE_DEMO_ORDERS + INVENTORY_DEMO_ORDERS + RETURNS_DEMO_RETURNS,
  };
}
