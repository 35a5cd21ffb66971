import type { Urgency } from '../hotline/hotline-call.schemas';
import type { TravelMode } from './work-order.states';

export interface TravelChoice {
  mode: TravelMode;
  urgency: Urgency;
  /** Why this mode (an important job, no bus to the site …); blank counts as none. */
  reason?: string | null;
  /** The status of the company-car request named for this trip, when there is one. */
  carRequestStatus?: 'requested' | 'approved' | 'declined' | 'used' | null;
}

export type TravelRefusal = 'TRAVEL_REASON_REQUIRED' | 'CAR_NOT_APPROVED';

/**
 * How a technician may travel (cost, the customer's need, efficiency): public transport always;
 * a taxi or motorbike taxi for an urgent or critical order, or with a reason (an important job);
 * the company car only with an approved request; their own vehicle with a reason.
 */
export function checkTravelMode(choice: TravelChoice): TravelRefusal | null {
  const hasReason = (choice.reason ?? '').trim() !== '';
  switch (choice.mode) {
    case 'public_transport':
      return null;
    case 'taxi':
    case 'motorbike_taxi':
      return choice.urgency !== 'normal' || hasReason ? null : 'TRAVEL_REASON_REQUIRED';
    case 'company_car':
      return choice.carRequestStatus === 'approved' ? null : 'CAR_NOT_APPROVED';
    case 'own':
      return hasReason ? null : 'TRAVEL_REASON_REQUIRED';
  }
}
