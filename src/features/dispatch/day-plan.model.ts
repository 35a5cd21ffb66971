import type { CategoryFacts, TechnicianFacts } from './eligibility.rules';
import type { Point } from './travel.rules';

/** An open work order as the day plan sees it; times are minutes after local midnight. */
export interface PlanOrder {
  id: string;
  number: string;
  customerName: string;
  urgent: boolean;
  location: Point | null;
  category: CategoryFacts | null;
  requiredLevel: number;
  serviceMinutes: number;
  window: { start: number; end: number; agreed: boolean } | null;
  /** Kept with this technician (already assigned, or locked on the board). */
  lockedTo: { technicianId: string; sequence?: number } | null;
}

export interface PlanTechnician {
  facts: TechnicianFacts;
  start: Point | null;
  base: Point | null;
  shiftStart: number;
  shiftEnd: number;
}
