/** A stop in a technician's planned day; times are ISO instants. */
export interface PlannedStop {
  workOrderId: string;
  number: string;
  customerName: string;
  arrival: string;
  start: string;
  end: string;
  travelMinutes: number;
  /** Minutes after the end of a soft appointment window (0 when on time). */
  lateMinutes: number;
  locked: boolean;
}

export interface PlannedRoute {
  technicianId: string;
  technicianName: string;
  shiftStart: string;
  shiftEnd: string;
  stops: PlannedStop[];
  travelMinutes: number;
  returnAt: string | null;
}

export interface UnplannedOrder {
  workOrderId: string;
  number: string;
  /** Why it was left for another day, in both languages. */
  reason: { zh: string; en: string };
}

export interface DayPlan {
  day: string;
  routes: PlannedRoute[];
  unplanned: UnplannedOrder[];
  totals: {
    orders: number;
    planned: number;
    urgentUnplanned: number;
    travelMinutes: number;
    lateMinutes: number;
  };
  solverMs: number;
}
