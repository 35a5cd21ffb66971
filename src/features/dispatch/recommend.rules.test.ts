import { describe, expect, it } from 'vitest';
import type { TechnicianFacts } from './eligibility.rules';
import { type Candidate, recommendTechnicians } from './recommend.rules';
import { straightLineEstimator } from './travel.rules';

const printers = { id: 'prn', name: '打印机', requiresCertificate: false };
const site = { lat: 38.4741, lng: 106.2872 };
const tech = (id: string, level: number): TechnicianFacts => ({
  id,
  name: id,
  isActive: true,
  skills: level ? [{ categoryId: 'prn', level }] : [],
  certificates: [],
  workDays: [1, 2, 3, 4, 5, 6, 7],
  daysOff: [],
});
const candidate = (id: string, level: number, kmEast: number, loadMinutes = 0): Candidate => ({
  tech: tech(id, level),
  position: { lat: site.lat, lng: site.lng + kmEast / 87.3 }, // ~87 km per degree of longitude here
  loadMinutes,
  openOrders: loadMinutes / 60,
});
const job = {
  category: printers,
  requiredLevel: 2,
  urgency: 'urgent' as const,
  location: site,
  ageMinutes: 30,
};

describe('recommendTechnicians', () => {
  it('ranks the soonest eligible arrival first and explains the rest', () => {
    const ranked = recommendTechnicians(
      job,
      [
        candidate('far', 3, 20),
        candidate('near', 2, 2),
        candidate('busy', 3, 1, 180),
        candidate('novice', 1, 0),
      ],
      '2026-11-30',
      straightLineEstimator(),
    );
    expect(ranked.map((r) => r.technicianId)).toEqual(['near', 'far', 'busy', 'novice']);
    expect(ranked[0]).toMatchObject({ eligible: true, skillLevel: 2, loadMinutes: 0 });
    expect(ranked[0]!.travelMinutes).toBeGreaterThan(3);
    expect(ranked[0]!.slackMinutes).toBe(240 - 30 - ranked[0]!.travelMinutes!);
    expect(ranked[3]).toMatchObject({ eligible: false, ineligible: [{ code: 'level-too-low' }] });
  });

  it('breaks ties on load, then on skill', () => {
    const ranked = recommendTechnicians(
      job,
      [candidate('a', 2, 5), candidate('b', 3, 5)],
      '2026-11-30',
      straightLineEstimator(),
    );
    expect(ranked.map((r) => r.technicianId)).toEqual(['b', 'a']);
  });
});
