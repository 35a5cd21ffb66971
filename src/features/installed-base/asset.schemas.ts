import { z } from 'zod';
import { warrantyStatusView } from '../warranty/warranty.schemas';
import { cents, isoDay, optionalText, pagingQuery, ref } from './common.schemas';
import type { AssetStatus } from './installed-base.table';

/** The table's statuses, repeated so the browser bundle does not pull in the table (type-checked). */
export const ASSET_STATUS_VALUES = [
  'in_service',
  'under_repair',
  'loaned',
  'retired',
] as const satisfies readonly AssetStatus[];
export const assetStatusSchema = z.enum(ASSET_STATUS_VALUES);

export const assetView = z.object({
  id: z.uuid(),
  serialNumber: z.string(),
  model: z.object({ id: z.uuid(), code: z.string(), name: z.string(), brandName: z.string() }),
  customer: ref,
  department: ref.nullable(),
  location: z.string().nullable(),
  purchasedOn: z.string().nullable(),
  installedOn: z.string().nullable(),
  /** The unit's own policy; null means the model's applies. */
  warrantyPolicy: ref.nullable(),
  purchasePriceCents: z.number().int().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  status: assetStatusSchema,
  note: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AssetView = z.infer<typeof assetView>;

export const assetContractView = z.object({
  id: z.uuid(),
  number: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  coversParts: z.boolean(),
  coversLabour: z.boolean(),
  coversTravel: z.boolean(),
  isCancelled: z.boolean(),
});

/** The asset page: the unit, its warranty today (tenant's day) and the contracts listing it. */
export const assetDetail = assetView.extend({
  modelPolicy: ref.nullable(),
  warranty: warrantyStatusView,
  warrantyOn: z.string(),
  contracts: z.array(assetContractView),
});
export type AssetDetail = z.infer<typeof assetDetail>;

export const assetHistoryEntry = z.object({
  kind: z.enum(['service_request', 'work_order']),
  id: z.uuid(),
  number: z.string(),
  at: z.string(),
  status: z.string(),
  summary: z.string(),
  /** The work order to open: the order itself, or the one a request was converted into. */
  workOrderId: z.uuid().nullable(),
});
export type AssetHistoryEntry = z.infer<typeof assetHistoryEntry>;
export const assetHistory = z.object({ entries: z.array(assetHistoryEntry) });
export type AssetHistory = z.infer<typeof assetHistory>;

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

const assetFields = {
  serialNumber: z.string().trim().min(1).max(80),
  modelId: z.uuid(),
  customerId: z.uuid(),
  departmentId: z.uuid().nullable().optional(),
  location: optionalText(200),
  purchasedOn: isoDay.nullable().optional(),
  installedOn: isoDay.nullable().optional(),
  warrantyPolicyId: z.uuid().nullable().optional(),
  purchasePriceCents: cents.nullable().optional(),
  lat: latitude.nullable().optional(),
  lng: longitude.nullable().optional(),
  note: optionalText(500),
};
const bothOrNeither = (v: { lat?: number | null; lng?: number | null }) =>
  (v.lat === undefined || v.lat === null) === (v.lng === undefined || v.lng === null);
const coordinatesIssue = { message: 'lat and lng: both or neither', path: ['lat'] };

/** Without coordinates the unit takes its customer's. */
export const createAssetBody = z
  .object({ ...assetFields, status: assetStatusSchema.default('in_service') })
  .refine(bothOrNeither, coordinatesIssue);
export type CreateAssetBody = z.infer<typeof createAssetBody>;

/** Every field as the form shows it, plus the version it was read at (409 when stale). */
export const updateAssetBody = z
  .object({ ...assetFields, status: assetStatusSchema, version: z.number().int().min(1) })
  .refine(bothOrNeither, coordinatesIssue);
export type UpdateAssetBody = z.infer<typeof updateAssetBody>;

export const listAssetsQuery = z.object({
  ...pagingQuery,
  customerId: z.uuid().optional(),
  departmentId: z.uuid().optional(),
  modelId: z.uuid().optional(),
  status: assetStatusSchema.optional(),
});
export type ListAssetsQuery = z.infer<typeof listAssetsQuery>;

export const lookupAssetsQuery = z.object({ serial: z.string().trim().min(1).max(80) });
export const warrantyQuery = z.object({ on: isoDay.optional() });
