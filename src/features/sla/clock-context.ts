import type { Clock } from '../../platform/clock';
import type { Urgency } from '../hotline/hotline-call.schemas';

/** What the clock use cases need of their caller: a request context is one. */
export interface ClockContext {
  tenantId: string;
  clock: Clock;
}

export interface ClockSubject {
  workOrderId: string;
  /** The order's number, named in notifications. */
  number: string;
  urgency: Urgency;
  /** The customer's zone (服务承诺 limits differ by zone) comes from the customer. */
  customerId: string;
}
