import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { auditEvents } from '../audit/audit.table';
import { type CategoryView, createCategory, createCategoryBody } from '../catalog';
import { addTechnicianCertificate } from './add-technician-certificate';
import { addTechnicianDayOff } from './add-technician-day-off';
import { cancelTechnicianCertificate } from './cancel-technician-certificate';
import { checkInTechnician } from './check-in-technician';
import { getTechnicianProfile } from './get-technician-profile';
import { listTechnicianProfiles } from './list-technician-profiles';
import { removeTechnicianDayOff } from './remove-technician-day-off';
import { replaceTechnicianSkills } from './replace-technician-skills';
import { updateProfileBody } from './technician-profile.schemas';
import { updateTechnicianProfile } from './update-technician-profile';

let tdb: TestDatabase;
let a: TestTenant;
let b: TestTenant;
let pc: CategoryView;
let med: CategoryView;
let theirs: CategoryView;
// 2026-11-28 00:30 in 银川 but still 11-27 in UTC: "today" must be the tenant's day.
const clock = manualClock('2026-11-27T16:30:00Z');
const db = () => tdb.database.db;
const inA = <T>(work: Parameters<typeof inTenant<T>>[2]) => inTenant(db(), a.tenantId, work);
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const tech = () => a.technician.user.id;

beforeAll(async () => {
  tdb = await openTestDatabase();
  a = await createTestTenant(db(), clock, 'Tenant A');
  b = await createTestTenant(db(), clock, 'Tenant B');
  const make = (t: TestTenant, input: object) =>
    inTenant(db(), t.tenantId, (tx) =>
      createCategory(tx, t.admin, createCategoryBody.parse(input)),
    );
  pc = await make(a, { code: 'PC', name: '计算机' });
  med = await make(a, { code: 'MED', name: '医疗设备', requiresCertificate: true });
  theirs = await make(b, { code: 'PC', name: '计算机' });
});
afterAll(() => tdb?.close());

describe('technician profiles', () => {
  it('lists every active technician with defaults before any profile exists', async () => {
    const list = await inA((tx) => listTechnicianProfiles(tx, a.dispatcher));
    expect(list.map((p) => p.displayName)).toEqual(['维修一', '维修二']);
    expect(list[0]).toMatchObject({ shiftStart: 510, shiftEnd: 1050, workDays: [1, 2, 3, 4, 5] });
    expect(list[0]).toMatchObject({ baseLat: null, skills: [], certificates: [], daysOff: [] });
  });

  it('upserts the profile from HH:mm times and refuses a shift ending before it starts', async () => {
    const input = updateProfileBody.parse({
      baseLabel: '兴庆区网点',
      baseLat: 38.47,
      baseLng: 106.27,
      shiftStart: '08:30',
      shiftEnd: 1050,
      workDays: [6, 1, 2, 3, 4, 5, 1],
    });
    const view = await inA((tx) => updateTechnicianProfile(tx, a.admin, tech(), input));
    expect(view).toMatchObject({ baseLabel: '兴庆区网点', baseLat: 38.47, shiftStart: 510 });
    expect(view.workDays).toEqual([1, 2, 3, 4, 5, 6]);
    const again = { ...input, shiftStart: 480, shiftEnd: 1020 };
    expect((await inA((tx) => updateTechnicianProfile(tx, a.admin, tech(), again))).shiftEnd).toBe(
      1020,
    );
    const bad = updateProfileBody.safeParse({ ...input, shiftStart: '18:00', shiftEnd: '08:00' });
    expect(bad.success).toBe(false);
    expect(updateProfileBody.safeParse({ ...input, shiftStart: '8:61' }).success).toBe(false);
  });

  it('replaces the whole skill set', async () => {
    const first = await inA((tx) =>
      replaceTechnicianSkills(tx, a.admin, tech(), {
        skills: [
          { categoryId: pc.id, level: 3 },
          { categoryId: med.id, level: 1 },
        ],
      }),
    );
    expect(first.skills.map((s) => [s.categoryCode, s.categoryName, s.level])).toEqual([
      ['MED', '医疗设备', 1],
      ['PC', '计算机', 3],
    ]);
    const second = await inA((tx) =>
      replaceTechnicianSkills(tx, a.admin, tech(), { skills: [{ categoryId: med.id, level: 2 }] }),
    );
    expect(second.skills.map((s) => [s.categoryCode, s.level])).toEqual([['MED', 2]]);
    const none = await inA((tx) => replaceTechnicianSkills(tx, a.admin, tech(), { skills: [] }));
    expect(none.skills).toEqual([]);
  });

  it("refuses another tenant's category with NOT_FOUND and keeps the old set", async () => {
    await inA((tx) =>
      replaceTechnicianSkills(tx, a.admin, tech(), { skills: [{ categoryId: pc.id, level: 2 }] }),
    );
    const skills = [
      { categoryId: med.id, level: 1 },
      { categoryId: theirs.id, level: 1 },
    ];
    expect(await code(inA((tx) => replaceTechnicianSkills(tx, a.admin, tech(), { skills })))).toBe(
      'NOT_FOUND',
    );
    const cert = { categoryId: theirs.id, name: 'x', expiresOn: '2027-01-01' };
    expect(await code(inA((tx) => addTechnicianCertificate(tx, a.admin, tech(), cert)))).toBe(
      'NOT_FOUND',
    );
    const view = await inA((tx) => getTechnicianProfile(tx, a.admin, tech()));
    expect(view.skills.map((s) => s.categoryCode)).toEqual(['PC']);
  });

  it('flags a certificate expired by the tenant day, and cancels one', async () => {
    const add = (name: string, expiresOn: string) =>
      inA((tx) =>
        addTechnicianCertificate(tx, a.admin, tech(), { categoryId: med.id, name, expiresOn }),
      );
    await add('医疗器械维修资格证', '2026-11-27'); // yesterday in 银川 (today in UTC)
    const view = await add('大型医用设备上岗证', '2026-11-28'); // valid through today
    expect(view.certificates.map((c) => [c.name, c.expired, c.categoryName])).toEqual([
      ['医疗器械维修资格证', true, '医疗设备'],
      ['大型医用设备上岗证', false, '医疗设备'],
    ]);
    const id = view.certificates[0]!.id;
    const after = await inA((tx) =>
      cancelTechnicianCertificate(tx, a.admin, tech(), id, { reason: '录入错误' }),
    );
    expect(after.certificates.map((c) => c.name)).toEqual(['大型医用设备上岗证']);
    const cancelAgain = cancelTechnicianCertificate;
    expect(await code(inA((tx) => cancelAgain(tx, a.admin, tech(), id, { reason: 'again' })))).toBe(
      'INVALID_TRANSITION',
    );
    const other = a.technician2.user.id; // the certificate is not theirs
    expect(await code(inA((tx) => cancelAgain(tx, a.admin, other, id, { reason: 'x' })))).toBe(
      'NOT_FOUND',
    );
  });

  it('adds and removes days off; past days drop out of the view', async () => {
    await inA((tx) =>
      addTechnicianDayOff(tx, a.admin, tech(), { day: '2026-11-27', reason: '过去' }),
    );
    await inA((tx) =>
      addTechnicianDayOff(tx, a.admin, tech(), { day: '2026-12-03', reason: '年假' }),
    );
    const view = await inA((tx) =>
      addTechnicianDayOff(tx, a.admin, tech(), { day: '2026-12-03', reason: '调休' }),
    );
    expect(view.daysOff).toEqual([{ day: '2026-12-03', reason: '调休' }]);
    const removed = await inA((tx) => removeTechnicianDayOff(tx, a.admin, tech(), '2026-12-03'));
    expect(removed.daysOff).toEqual([]);
    expect(await code(inA((tx) => removeTechnicianDayOff(tx, a.admin, tech(), '2026-12-03')))).toBe(
      'NOT_FOUND',
    );
  });

  it('records a check-in on the technician’s own profile', async () => {
    const other = a.technician2;
    const view = await inA((tx) => checkInTechnician(tx, other, { lat: 38.49, lng: 106.23 }));
    expect(view).toEqual({
      lastLat: 38.49,
      lastLng: 106.23,
      lastSeenAt: clock.now().toISOString(),
    });
    const profile = await inA((tx) => getTechnicianProfile(tx, a.admin, other.user.id));
    expect(profile).toMatchObject({ lastLat: 38.49, lastLng: 106.23, shiftStart: 510 });
    expect(await code(inA((tx) => checkInTechnician(tx, a.dispatcher, { lat: 1, lng: 1 })))).toBe(
      'NOT_A_TECHNICIAN',
    );
  });

  it('refuses non-technicians and other tenants’ users with NOT_A_TECHNICIAN', async () => {
    const skills = { skills: [] };
    for (const userId of [a.dispatcher.user.id, b.technician.user.id]) {
      expect(await code(inA((tx) => getTechnicianProfile(tx, a.admin, userId)))).toBe(
        'NOT_A_TECHNICIAN',
      );
      expect(await code(inA((tx) => replaceTechnicianSkills(tx, a.admin, userId, skills)))).toBe(
        'NOT_A_TECHNICIAN',
      );
    }
  });

  it('audits every change on the technician’s chain', async () => {
    const events = await inA((tx) => tx.select().from(auditEvents));
    const actions = events
      .filter((e) => e.objectType === 'technician' && e.objectId === tech())
      .map((e) => e.action);
    expect(new Set(actions)).toEqual(
      new Set([
        'technician.updateProfile',
        'technician.replaceSkills',
        'technician.addCertificate',
        'technician.cancelCertificate',
        'technician.addDayOff',
        'technician.removeDayOff',
      ]),
    );
    const checkIn = events.find((e) => e.action === 'technician.checkIn');
    expect(checkIn?.objectId).toBe(a.technician2.user.id);
  });
});
