import type { Clock } from '../../platform/clock';
import type { Urgency } from '../hotline/hotline-call.schemas';

/** What the clock use cases need of their caller: a request context is one. */
export interface ClockContext {
  tenantId: string;
  clock: Clock;
  /** The tenant's zone when the caller knows it (a request does): saves reading it. */
  tenantTimezone?: string;
}

export interface ClockSubject {
  workOrderId: string;
  /** The order's number, named in notifications. */
  number: string;
  urgency: Urgency;
  /** The customer's zone: 服务承诺 limits differ by zone (null: none on file). */
  zone: string | null;
}
