import type { z } from 'zod';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { AssetView } from '../../../installed-base/asset.schemas';
import type { WarrantyStatusView } from '../../../warranty/warranty.schemas';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import type { IntakeChannel, ServiceRequestState } from '../../service-requests.table';
import type {
  MergeBody,
  ServiceRequestDetail,
  ServiceRequestListItem,
  walkInBody,
  WalkInResult,
} from '../../service-request.schemas';

export interface QueueParams {
  status: ServiceRequestState[];
  channel?: IntakeChannel;
  q?: string;
  page: number;
  pageSize: number;
}

export type WalkInInput = z.input<typeof walkInBody>;

export interface ConvertInput {
  serviceRequestId: string;
  categoryId?: string;
  technicianId?: string;
  urgency?: 'normal' | 'urgent' | 'critical';
}

export const intakeApi = {
  list: (params: QueueParams, signal?: AbortSignal) =>
    apiRequest<Page<ServiceRequestListItem>>('/service-requests', {
      query: { ...params, status: params.status.join(',') },
      signal,
    }),
  get: (id: string) => apiRequest<ServiceRequestDetail>(`/service-requests/${id}`),
  merge: (id: string, body: MergeBody) =>
    apiRequest<ServiceRequestDetail>(`/service-requests/${id}/merge`, { method: 'POST', body }),
  reject: (id: string, reason: string) =>
    apiRequest<ServiceRequestDetail>(`/service-requests/${id}/reject`, {
      method: 'POST',
      body: { reason },
    }),
  walkIn: (body: WalkInInput, idempotencyKey: string) =>
    apiRequest<WalkInResult>('/service-requests/walk-in', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  /** The work-order API: a request converts through the same create as a hotline call. */
  convert: (body: ConvertInput, idempotencyKey: string) =>
    apiRequest<WorkOrderDetail>('/work-orders', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    }),
  /** The installed base's lookup by the serial on the nameplate. */
  lookupAssets: (serial: string) =>
    apiRequest<AssetView[]>('/assets/lookup', { query: { serial } }),
  assetWarranty: (assetId: string) => apiRequest<WarrantyStatusView>(`/assets/${assetId}/warranty`),
};

/** The authorised photo URL (served by the public-report feature to signed-in staff). */
export const photoUrl = (requestId: string, fileId: string) =>
  `/api/service-requests/${requestId}/photos/${fileId}`;
