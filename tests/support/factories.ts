import { randomBytes } from 'node:crypto';
import type { Clock } from '../../src/platform/clock';
import { type Db, inTenant } from '../../src/platform/db';
import {
  createTenant,
  createUser,
  type RequestContext,
  type Role,
} from '../../src/features/accounts';
import { createCustomer, type CustomerView } from '../../src/features/customers';
import { createHotlineCall, type CreateHotlineCallBody } from '../../src/features/hotline';
import { createWorkOrder } from '../../src/features/work-orders';

export const PASSWORD = 'Test@2026pw';

/** A clock the test moves by hand. */
export function manualClock(
  start = '2026-11-28T02:00:00Z',
): Clock & { set(iso: string): void; advance(ms: number): void } {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (iso) => void (now = new Date(iso).getTime()),
    advance: (ms) => void (now += ms),
  };
}

export interface TestTenant {
  tenantId: string;
  suffix: string;
  admin: RequestContext;
  dispatcher: RequestContext;
  technician: RequestContext;
  technician2: RequestContext;
  customer: CustomerView;
  usernames: Record<'admin' | 'dispatcher' | 'technician' | 'technician2', string>;
}

/** A service company with a desk, two technicians and one hospital with two departments. */
export async function createTestTenant(
  db: Db,
  clock: Clock,
  name = 'Test company',
): Promise<TestTenant> {
  const suffix = randomBytes(3).toString('hex');
  const usernames = {
    admin: `admin-${suffix}`,
    dispatcher: `desk-${suffix}`,
    technician: `tech-${suffix}`,
    technician2: `tech2-${suffix}`,
  };
  const { tenantId, adminId } = await createTenant(
    db,
    { name, admin: { username: usernames.admin, displayName: 'Admin', password: PASSWORD } },
    clock,
  );
  const ctx = (
    id: string,
    username: string,
    displayName: string,
    roles: Role[],
  ): RequestContext => ({
    tenantId,
    tenantName: name,
    tenantTimezone: 'Asia/Shanghai',
    user: { id, username, displayName, roles },
    sessionId: 'test',
    sourceIp: '127.0.0.1',
    clock,
  });
  const admin = ctx(adminId, usernames.admin, 'Admin', ['admin']);
  return inTenant(db, tenantId, async (tx) => {
    const make = async (username: string, displayName: string, roles: Role[]) => {
      const user = await createUser(tx, admin, {
        username,
        displayName,
        roles,
        password: PASSWORD,
      });
      return ctx(user.id, username, displayName, roles);
    };
    const dispatcher = await make(usernames.dispatcher, '调度员', ['dispatcher']);
    const technician = await make(usernames.technician, '维修一', ['technician']);
    const technician2 = await make(usernames.technician2, '维修二', ['technician']);
    const customer = await createCustomer(tx, admin, {
      name: `${name} 医院`,
      phone: '0951-1234567',
      departments: ['放射科', '检验科'],
    });
    return { tenantId, suffix, admin, dispatcher, technician, technician2, customer, usernames };
  });
}

export interface TestUserInput {
  username: string;
  displayName: string;
  roles: Role[];
  email?: string;
}

/** One more person of the test company, added by its admin with the test password. */
export async function createTestUser(
  db: Db,
  t: TestTenant,
  input: TestUserInput,
): Promise<RequestContext> {
  const { id } = await inTenant(db, t.tenantId, (tx) =>
    createUser(tx, t.admin, { ...input, password: PASSWORD }),
  );
  const { username, displayName, roles } = input;
  return { ...t.admin, user: { id, username, displayName, roles } };
}

export function callInput(
  t: TestTenant,
  overrides: Partial<CreateHotlineCallBody> = {},
): CreateHotlineCallBody {
  return {
    callerName: '王老师',
    callerPhone: '13909511234',
    customerId: t.customer.id,
    departmentId: t.customer.departments[0]!.id,
    deviceDescription: '惠普打印机',
    faultDescription: '卡纸',
    urgency: 'normal',
    ...overrides,
  };
}

/** A hotline call turned into a work order, as the desk does it. */
export async function createTestWorkOrder(db: Db, t: TestTenant, technicianId?: string) {
  return inTenant(db, t.tenantId, async (tx) => {
    const call = await createHotlineCall(tx, t.dispatcher, callInput(t));
    return createWorkOrder(tx, t.dispatcher, { hotlineCallId: call.id, technicianId });
  });
}
