import { z } from 'zod';
import { isoDate, ref } from './common.schemas';
import { noticeView } from './follow-up.schemas';
import { repairReturnListItem, repairReturnStatusSchema } from './repair-return.schemas';

/** The returns board and vendor performance. */
export const returnsBoardView = z.object({
  byStatus: z.array(z.object({ status: repairReturnStatusSchema, count: z.number().int() })),
  byVendor: z.array(
    z.object({
      vendor: ref,
      /** Shipped or at the vendor now. */
      withVendor: z.number().int(),
      /** Days the longest-away of them has been away. */
      oldestDays: z.number().int(),
      chaseOverdue: z.number().int(),
    }),
  ),
  overdueChases: z.array(repairReturnListItem),
  noticesDue: z.array(
    z.object({
      notice: noticeView,
      repairReturn: repairReturnListItem,
    }),
  ),
  /** Items with vendors, longest away first. */
  withVendors: z.array(repairReturnListItem),
});
export type ReturnsBoardView = z.infer<typeof returnsBoardView>;
export const noticeDueItem = returnsBoardView.shape.noticesDue.element;
export type NoticeDueItem = z.infer<typeof noticeDueItem>;

export const vendorPerformanceQuery = z.object({
  /** Returns back from the vendor within [from, to] (local dates); default the last 365 days. */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const vendorPerformanceRow = z.object({
  vendor: ref,
  /** Back from the vendor in the period. */
  returned: z.number().int(),
  /** Mean days from shipped to back. */
  meanTurnaroundDays: z.number().nullable(),
  /** Of those with a promised date, the share back by it (0–1). */
  onTimeShare: z.number().nullable(),
  refused: z.number().int(),
  /** With the vendor now. */
  open: z.number().int(),
});
export const vendorPerformanceView = z.object({
  from: z.string(),
  to: z.string(),
  rows: z.array(vendorPerformanceRow),
});
export type VendorPerformanceView = z.infer<typeof vendorPerformanceView>;
