import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { manualClock, PASSWORD } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { createTenant, createUser, type RequestContext } from '../accounts';
import { listCategories } from '../catalog';
import { listTechnicianProfiles } from '../technicians';
import { seedDispatchDemo } from './seed-dispatch-demo';

let tdb: TestDatabase;
let admin: RequestContext;
const clock = manualClock('2026-11-27T02:00:00Z'); // Friday 10:00 in 银川

beforeAll(async () => {
  tdb = await openTestDatabase();
  const db = tdb.database.db;
  const { tenantId, adminId } = await createTenant(
    db,
    { name: 'Demo', admin: { username: 'admin', displayName: '管理员', password: PASSWORD } },
    clock,
  );
  admin = {
    tenantId,
    tenantName: 'Demo',
    tenantTimezone: 'Asia/Shanghai',
    user: { id: adminId, username: 'admin', displayName: '管理员', roles: ['admin'] },
    sessionId: 'seed',
    sourceIp: null,
    clock,
  };
  await inTenant(db, tenantId, async (tx) => {
    for (let i = 0; i < 10; i++) {
      await createUser(tx, admin, {
        username: i === 0 ? 'technician' : `tech${i + 1}`,
        displayName: `维修${i + 1}`,
        roles: ['technician'],
        password: PASSWORD,
      });
    }
  });
  await seedDispatchDemo(db, clock, tenantId, admin);
});
afterAll(() => tdb?.close());

describe('seedDispatchDemo', () => {
  it('makes six categories, each covered by at least three technicians', async () => {
    const [categories, profiles] = await inTenant(tdb.database.db, admin.tenantId, (tx) =>
      Promise.all([
        listCategories(tx, admin, { includeCancelled: 'false' }),
        listTechnicianProfiles(tx, admin),
      ]),
    );
    expect(categories.map((c) => c.code).sort()).toEqual([
      'CCTV',
      'MED',
      'NET',
      'PC',
      'PRN',
      'SRV',
    ]);
    expect(categories.find((c) => c.code === 'MED')?.requiresCertificate).toBe(true);
    for (const category of categories) {
      const holders = profiles.filter((p) => p.skills.some((s) => s.categoryId === category.id));
      expect(holders.length, category.code).toBeGreaterThanOrEqual(3);
    }
    for (const p of profiles) {
      expect(p.baseLat).toBeGreaterThanOrEqual(38.44);
      expect(p.baseLat).toBeLessThanOrEqual(38.52);
      expect(p.baseLng).toBeGreaterThanOrEqual(106.15);
      expect(p.baseLng).toBeLessThanOrEqual(106.32);
      expect([p.shiftStart, p.shiftEnd]).toEqual([510, 1050]);
    }
    expect(profiles.filter((p) => p.workDays.includes(6))).toHaveLength(2);
    const certificates = profiles.flatMap((p) => p.certificates);
    expect(certificates).toHaveLength(4);
    expect(certificates.filter((c) => c.expired).map((c) => c.expiresOn)).toEqual(['2026-10-20']);
    expect(profiles.flatMap((p) => p.daysOff)).toEqual([{ day: '2026-12-02', reason: '年假' }]);
  });
});
