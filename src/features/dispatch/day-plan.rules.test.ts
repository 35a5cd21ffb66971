import { describe, expect, it } from 'vitest';
import { buildDayProblem } from './build-day-problem.rules';
import type { PlanOrder, PlanTechnician } from './day-plan.model';
import type { TechnicianFacts } from './eligibility.rules';
import { checkSolution, solve } from './optimizer';
import { toDayPlan } from './to-day-plan.rules';
import { straightLineEstimator } from './travel.rules';

const day = '2026-11-30'; // a Monday
const medical = { id: 'med', name: '医疗设备', requiresCertificate: true };
const printers = { id: 'prn', name: '打印机', requiresCertificate: false };
const center = { lat: 38.4741, lng: 106.2872 };
const near = (dLat: number, dLng: number) => ({ lat: center.lat + dLat, lng: center.lng + dLng });

const facts = (id: string, certificateExpires: string): TechnicianFacts => ({
  id,
  name: id,
  isActive: true,
  skills: [
    { categoryId: 'med', level: 2 },
    { categoryId: 'prn', level: 2 },
  ],
  certificates: [{ categoryId: 'med', name: '医疗器械维修证', expiresOn: certificateExpires }],
  workDays: [1, 2, 3, 4, 5],
  daysOff: [],
});
const techs: PlanTechnician[] = [
  {
    facts: facts('certified', '2027-06-30'),
    start: center,
    base: center,
    shiftStart: 510,
    shiftEnd: 1050,
  },
  {
    facts: facts('expired', '2026-10-01'),
    start: near(0.02, 0.02),
    base: near(0.02, 0.02),
    shiftStart: 510,
    shiftEnd: 1050,
  },
];
const order = (id: string, over: Partial<PlanOrder> = {}): PlanOrder => ({
  id,
  number: `WO-${id}`,
  customerName: `客户 ${id}`,
  urgent: false,
  location: near(Number(id) * 0.004, -Number(id) * 0.003),
  category: printers,
  requiredLevel: 1,
  serviceMinutes: 45,
  window: null,
  lockedTo: null,
  ...over,
});
const orders = [
  order('1', { category: medical, urgent: true }),
  order('2', { window: { start: 840, end: 900, agreed: true } }),
  order('3'),
  order('4', { lockedTo: { technicianId: 'expired' } }),
  order('5', { location: null }),
  order('6', { category: medical, requiredLevel: 3 }),
  order('7', { category: medical, lockedTo: { technicianId: 'expired' } }),
];

describe('day plan', () => {
  const built = buildDayProblem(day, orders, techs, [medical, printers], straightLineEstimator());
  const plan = solve(built.problem, { seed: 7, maxIterations: 3000 });
  const dayPlan = toDayPlan(day, 'Asia/Shanghai', built, plan);
  const stopsOf = (id: string) =>
    dayPlan.routes.find((r) => r.technicianId === id)!.stops.map((s) => s.workOrderId);

  it('is a feasible plan by the independent checker', () => {
    expect(checkSolution(built.problem, plan).violations).toEqual([]);
  });

  it('gives certified work only to a technician whose certificate is valid that day', () => {
    expect(stopsOf('certified')).toContain('1');
    expect(stopsOf('expired')).not.toContain('1');
  });

  it('keeps agreed windows, locks, and explains what it leaves out', () => {
    const stop2 = dayPlan.routes.flatMap((r) => r.stops).find((s) => s.workOrderId === '2')!;
    expect(
      stop2.start >= '2026-11-30T06:00:00.000Z' && stop2.start <= '2026-11-30T07:00:00.000Z',
    ).toBe(true); // 14:00–15:00 local
    expect(stopsOf('expired')).toContain('4');
    expect(dayPlan.unplanned.map((u) => [u.workOrderId, u.reason.en])).toEqual([
      ['5', 'the site has no coordinates'],
      [
        '7',
        'the assigned technician cannot take it: certificate "医疗器械维修证" expired on 2026-10-01',
      ],
      ['6', 'nobody working that day has the skill or a valid certificate'],
    ]);
    expect(dayPlan.totals).toMatchObject({ orders: 7, planned: 4, urgentUnplanned: 0 });
  });

  it('gives every stop local times inside the shift', () => {
    for (const route of dayPlan.routes) {
      for (const stop of route.stops) {
        expect(stop.start >= route.shiftStart && stop.end <= route.shiftEnd).toBe(true);
        expect(stop.arrival <= stop.start).toBe(true);
      }
    }
  });

  it('is the same plan for the same input and seed', () => {
    const again = toDayPlan(
      day,
      'Asia/Shanghai',
      built,
      solve(built.problem, { seed: 7, maxIterations: 3000 }),
    );
    expect({ ...again, solverMs: 0 }).toEqual({ ...dayPlan, solverMs: 0 });
  });

  it('leaves out technicians off that day', () => {
    const sunday = buildDayProblem(
      '2026-11-29',
      orders,
      techs,
      [medical, printers],
      straightLineEstimator(),
    );
    expect(sunday.problem.vehicles).toEqual([]);
  });
});
