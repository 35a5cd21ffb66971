import { and, arrayContains, eq } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import { type Db, inTenant } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import { type RequestContext, users } from '../accounts';
import { createCategory } from '../catalog';
import {
  addTechnicianCertificate,
  addTechnicianDayOff,
  replaceTechnicianSkills,
  updateTechnicianProfile,
} from '../technicians';

const CATEGORIES = [
  { code: 'PC', name: '计算机', defaultMinutes: 60, requiresCertificate: false },
  { code: 'PRN', name: '打印机', defaultMinutes: 45, requiresCertificate: false },
  { code: 'NET', name: '网络设备', defaultMinutes: 90, requiresCertificate: false },
  { code: 'MED', name: '医疗设备', defaultMinutes: 120, requiresCertificate: true },
  { code: 'CCTV', name: '监控', defaultMinutes: 75, requiresCertificate: false },
  { code: 'SRV', name: '服务器', defaultMinutes: 150, requiresCertificate: false },
] as const;
type Code = (typeof CATEGORIES)[number]['code'];

/** One row per demo technician, in DEMO_TECHNICIANS order: base, skills (level), Mon–Sat? */
const TECHNICIANS: { base: string; lat: number; lng: number; skills: [Code, number][] }[] = [
  {
    base: '兴庆区 解放东街网点',
    lat: 38.4683,
    lng: 106.2925,
    skills: [
      ['PC', 3],
      ['PRN', 2],
      ['SRV', 1],
    ],
  },
  {
    base: '金凤区 万达网点',
    lat: 38.4892,
    lng: 106.2271,
    skills: [
      ['PC', 2],
      ['NET', 3],
      ['SRV', 3],
    ],
  },
  {
    base: '西夏区 怀远路网点',
    lat: 38.5011,
    lng: 106.1563,
    skills: [
      ['PC', 3],
      ['NET', 2],
      ['CCTV', 2],
    ],
  },
  {
    base: '兴庆区 丽景街',
    lat: 38.4537,
    lng: 106.3118,
    skills: [
      ['PRN', 3],
      ['MED', 3],
    ],
  },
  {
    base: '金凤区 宁安大街',
    lat: 38.4461,
    lng: 106.2486,
    skills: [
      ['PRN', 2],
      ['MED', 2],
    ],
  },
  {
    base: '西夏区 北京西路',
    lat: 38.5167,
    lng: 106.1842,
    skills: [
      ['PC', 1],
      ['NET', 2],
      ['CCTV', 3],
    ],
  },
  {
    base: '兴庆区 新华街',
    lat: 38.4772,
    lng: 106.2769,
    skills: [
      ['PRN', 1],
      ['MED', 3],
      ['PC', 2],
    ],
  },
  {
    base: '金凤区 阅海湾',
    lat: 38.5129,
    lng: 106.2103,
    skills: [
      ['NET', 3],
      ['CCTV', 2],
      ['SRV', 2],
    ],
  },
  {
    base: '兴庆区 掌政镇',
    lat: 38.4415,
    lng: 106.3195,
    skills: [
      ['PC', 2],
      ['MED', 1],
      ['SRV', 2],
    ],
  },
  {
    base: '西夏区 文昌路',
    lat: 38.4938,
    lng: 106.1712,
    skills: [
      ['PRN', 2],
      ['CCTV', 1],
    ],
  },
];
const MON_SAT = new Set([2, 7]);
/** MED certificate holders; the one with `lapsed` expired last month. */
const MED_CERTIFICATES = [
  { tech: 3, number: 'NXMD-2024-0117', lapsed: false },
  { tech: 4, number: 'NXMD-2025-0032', lapsed: false },
  { tech: 6, number: 'NXMD-2024-0245', lapsed: false },
  { tech: 8, number: 'NXMD-2023-0189', lapsed: true },
];

/** YYYY-MM-DD plus days, on the calendar (no time zone involved). */
function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Demo technicians in the order seedDemo made them: technician, tech2 … tech10. */
function demoOrder(username: string): number {
  if (username === 'technician') return 1;
  const n = /^tech(\d+)$/.exec(username);
  return n ? Number(n[1]) : 1000;
}

/**
 * Dispatch data for the demo company: six product categories and, for the ten technicians,
 * bases around 银川, shifts, skills, MED certificates (one lapsed) and a day off next week —
 * through the use cases, so each change has its audit event. Same clock, same data.
 */
export async function seedDispatchDemo(
  db: Db,
  clock: Clock,
  tenantId: string,
  adminCtx: RequestContext,
): Promise<void> {
  const ctx: RequestContext = { ...adminCtx, clock };
  const today = localDay(clock.now(), ctx.tenantTimezone);
  await inTenant(db, tenantId, async (tx) => {
    const categoryId = new Map<Code, string>();
    for (const category of CATEGORIES) {
      categoryId.set(category.code, (await createCategory(tx, ctx, category)).id);
    }
    const techs = (
      await tx
        .select({ id: users.id, username: users.username })
        .from(users)
        .where(and(eq(users.tenantId, tenantId), arrayContains(users.roles, ['technician'])))
    ).sort(
      (x, y) =>
        demoOrder(x.username) - demoOrder(y.username) || x.username.localeCompare(y.username),
    );
    for (const [i, tech] of techs.entries()) {
      const plan = TECHNICIANS[i % TECHNICIANS.length]!;
      await updateTechnicianProfile(tx, ctx, tech.id, {
        baseLabel: plan.base,
        baseLat: plan.lat,
        baseLng: plan.lng,
        shiftStart: 510,
        shiftEnd: 1050,
        workDays: MON_SAT.has(i) ? [1, 2, 3, 4, 5, 6] : [1, 2, 3, 4, 5],
      });
      const skills = plan.skills.map(([code, level]) => ({
        categoryId: categoryId.get(code)!,
        level,
      }));
      await replaceTechnicianSkills(tx, ctx, tech.id, { skills });
    }
    const firstOfMonth = `${today.slice(0, 8)}01`;
    for (const [k, cert] of MED_CERTIFICATES.entries()) {
      const tech = techs[cert.tech];
      if (!tech) continue;
      await addTechnicianCertificate(tx, ctx, tech.id, {
        categoryId: categoryId.get('MED')!,
        name: '医疗器械维修上岗证',
        number: cert.number,
        expiresOn: cert.lapsed ? addDays(firstOfMonth, -12) : addDays(today, 200 + 90 * k),
      });
    }
    const weekday = new Date(`${today}T00:00:00Z`).getUTCDay() || 7; // ISO: Monday 1 … Sunday 7
    const nextWednesday = addDays(today, 7 - weekday + 3);
    const absent = techs[4];
    if (absent) {
      await addTechnicianDayOff(tx, ctx, absent.id, { day: nextWednesday, reason: '年假' });
    }
  });
}
