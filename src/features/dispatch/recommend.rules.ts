import {
  type CategoryFacts,
  type Ineligibility,
  ineligibilities,
  type TechnicianFacts,
} from './eligibility.rules';
import type { Point, TravelEstimator } from './travel.rules';

export const URGENCY_TARGET_MINUTES = { critical: 120, urgent: 240, normal: 1440 } as const;

export interface Candidate {
  tech: TechnicianFacts;
  /** Where the technician is now (last check-in), else their base; null when unknown. */
  position: Point | null;
  /** Minutes of work already assigned for today and not yet done. */
  loadMinutes: number;
  openOrders: number;
}

export interface RecommendationJob {
  category: CategoryFacts | null;
  requiredLevel: number;
  urgency: keyof typeof URGENCY_TARGET_MINUTES;
  location: Point | null;
  /** Minutes since the order came in. */
  ageMinutes: number;
}

export interface Recommendation {
  technicianId: string;
  name: string;
  eligible: boolean;
  ineligible: Ineligibility[];
  skillLevel: number | null;
  travelMinutes: number | null;
  loadMinutes: number;
  openOrders: number;
  /** Minutes to spare before the urgency's target arrival, if the job were next in line. */
  slackMinutes: number | null;
}

/**
 * Eligible technicians first, then whoever would arrive soonest (queued work + travel); ties go
 * to the lighter load, then the higher skill. The ineligible stay in the list with their reasons.
 */
export function recommendTechnicians(
  job: RecommendationJob,
  candidates: readonly Candidate[],
  day: string,
  travel: TravelEstimator,
): Recommendation[] {
  const rows = candidates.map((c): Recommendation & { arrival: number } => {
    const ineligible = ineligibilities(c.tech, job, day);
    const travelMinutes =
      job.location && c.position ? Math.round(travel.minutes(c.position, job.location)) : null;
    const arrival = c.loadMinutes + (travelMinutes ?? 60);
    const target = URGENCY_TARGET_MINUTES[job.urgency] - job.ageMinutes;
    return {
      technicianId: c.tech.id,
      name: c.tech.name,
      eligible: ineligible.length === 0,
      ineligible,
      skillLevel: job.category
        ? (c.tech.skills.find((s) => s.categoryId === job.category!.id)?.level ?? null)
        : null,
      travelMinutes,
      loadMinutes: c.loadMinutes,
      openOrders: c.openOrders,
      slackMinutes: travelMinutes === null ? null : target - arrival,
      arrival,
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      a.arrival - b.arrival ||
      a.loadMinutes - b.loadMinutes ||
      (b.skillLevel ?? 0) - (a.skillLevel ?? 0) ||
      a.name.localeCompare(b.name),
  );
  return rows.map(({ arrival: _arrival, ...row }) => row);
}
