import type { z } from 'zod';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type {
  confirmArrivalBody,
  createShipmentBody,
  dispatchShipmentBody,
  shipmentItemsBody,
  ShipmentListItem,
  ShipmentView,
} from '../../shipment.schemas';
import type { ShipmentStatus } from '../../repair-return.states';

type Body<T extends z.ZodType> = z.output<T>;
const post = (path: string, body: unknown, idempotencyKey?: string) =>
  apiRequest<ShipmentView>(path, {
    method: 'POST',
    body,
    headers: idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined,
  });

export interface ShipmentListParams {
  status?: ShipmentStatus;
  vendorId?: string;
  page: number;
  pageSize: number;
}

/** Shipments to vendors (封装运输): pack, print, dispatch, arrival. */
export const shipmentsApi = {
  list: (params: ShipmentListParams, signal?: AbortSignal) =>
    apiRequest<Page<ShipmentListItem>>('/shipments', { query: { ...params }, signal }),
  get: (id: string) => apiRequest<ShipmentView>(`/shipments/${id}`),
  create: (body: Body<typeof createShipmentBody>, key: string) => post('/shipments', body, key),
  addItems: (id: string, body: Body<typeof shipmentItemsBody>, key?: string) =>
    post(`/shipments/${id}/items`, body, key),
  removeItem: (id: string, repairReturnId: string, version: number) =>
    apiRequest<ShipmentView>(`/shipments/${id}/items/${repairReturnId}`, {
      method: 'DELETE',
      query: { version },
    }),
  dispatch: (id: string, body: Body<typeof dispatchShipmentBody>, key?: string) =>
    post(`/shipments/${id}/dispatch`, body, key),
  confirmArrival: (id: string, body: Body<typeof confirmArrivalBody>, key?: string) =>
    post(`/shipments/${id}/confirm-arrival`, body, key),
};
