import { z } from 'zod';
import { isoDate, optionalText, ref, text } from './common.schemas';
import {
  chaseCoverageSchema,
  repairReturnItemView,
  repairReturnStatusSchema,
  shipmentStatusSchema,
} from './repair-return.schemas';

/** Shipments to vendors: registered returns packed for one vendor, dispatched and arrived. */
export const shipmentItemView = z.object({
  repairReturnId: z.uuid(),
  number: z.string(),
  customer: ref,
  items: z.array(repairReturnItemView),
  coverage: chaseCoverageSchema.nullable(),
  urgent: z.boolean(),
  status: repairReturnStatusSchema,
  /** The technician's test (检测) result: the fault, for the packing list. */
  testResult: z.string().nullable(),
});

export const shipmentView = z.object({
  id: z.uuid(),
  number: z.string(),
  status: shipmentStatusSchema,
  vendor: ref,
  contact: z.object({ id: z.uuid(), name: z.string(), phone: z.string().nullable() }).nullable(),
  shipToAddress: z.string(),
  carrier: z.string().nullable(),
  trackingNumber: z.string().nullable(),
  expectedArrivalOn: z.string().nullable(),
  note: z.string().nullable(),
  createdBy: ref,
  createdAt: z.string(),
  shippedBy: ref.nullable(),
  shippedAt: z.string().nullable(),
  arrivedOn: z.string().nullable(),
  receivedByName: z.string().nullable(),
  arrivalConfirmedBy: ref.nullable(),
  items: z.array(shipmentItemView),
  /** 运输标签 and 随货清单. */
  labelPdfUrl: z.string(),
  packingListPdfUrl: z.string(),
  version: z.number().int(),
});
export type ShipmentView = z.infer<typeof shipmentView>;

export const shipmentListItem = shipmentView.omit({ items: true }).extend({
  itemCount: z.number().int(),
});
export type ShipmentListItem = z.infer<typeof shipmentListItem>;

export const listShipmentsQuery = z.object({
  status: shipmentStatusSchema.optional(),
  vendorId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});

/** Pack: registered returns for one vendor into one parcel. */
export const createShipmentBody = z.object({
  vendorId: z.uuid(),
  vendorContactId: z.uuid().optional(),
  /** Defaults to the vendor's address. */
  shipToAddress: optionalText(300),
  repairReturnIds: z.array(z.uuid()).min(1).max(50),
  note: optionalText(500),
});
export type CreateShipmentBody = z.infer<typeof createShipmentBody>;
export const shipmentItemsBody = z.object({
  version: z.number().int().min(1),
  repairReturnIds: z.array(z.uuid()).min(1).max(50),
});
/** 登记发运 */
export const dispatchShipmentBody = z.object({
  version: z.number().int().min(1),
  carrier: text(100),
  trackingNumber: text(100),
  expectedArrivalOn: isoDate.optional(),
});
/** The vendor has it: when, and who there received it. */
export const confirmArrivalBody = z.object({
  version: z.number().int().min(1),
  arrivedOn: isoDate,
  receivedByName: text(100),
});
