import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import type { StepKind } from '../outbox/stepDraft';

export interface StepFormProps {
  job: WorkOrderDetail;
  /** What was recorded on site; undefined until loaded (or offline before it ever was). */
  onSite: OnSiteView | undefined;
  /** The body of a refused draft being corrected, to start the form from. */
  initial?: Record<string, unknown>;
  isSending: boolean;
  /** Sends the body as this sheet's step (or as `kind`, when a form sends a different record). */
  submit: (body: unknown, kind?: StepKind) => void;
}
