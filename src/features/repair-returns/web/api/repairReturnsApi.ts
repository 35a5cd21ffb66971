import type { z } from 'zod';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { chaseBody, noticeBody, NoticeView } from '../../follow-up.schemas';
import type {
  finishInHouseBody,
  goodPartsBody,
  GoodPartsResult,
  handOverReturnBody,
  receiveBackBody,
  registerReturnBody,
  RepairReturnListItem,
  RepairReturnView,
  returnApproveQuoteBody,
  returnDeclineQuoteBody,
  returnToCustomerBody,
  testBody,
  walkInReturnBody,
} from '../../repair-return.schemas';
import type { ReturnsBoardView, VendorPerformanceView } from '../../returns-board.schemas';
import type { ReturnListParams } from './ReturnListParams';

type Body<T extends z.ZodType> = z.output<T>;
const withKey = (idempotencyKey?: string) =>
  idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined;

/** A step of one return: the body carries the version read; the key makes a retry happen once. */
const step =
  <TBody>(path: string) =>
  (id: string, body: TBody, idempotencyKey?: string) =>
    apiRequest<RepairReturnView>(`/repair-returns/${id}/${path}`, {
      method: 'POST',
      body,
      headers: withKey(idempotencyKey),
    });

export interface OpenNotice {
  notice: NoticeView;
  repairReturn: RepairReturnListItem;
}

/** The repair-return (返修) API as the returns screens use it. */
export const repairReturnsApi = {
  list: (params: ReturnListParams, signal?: AbortSignal) =>
    apiRequest<Page<RepairReturnListItem>>('/repair-returns', {
      query: {
        ...params,
        status: params.status?.join(','),
        chaseOverdue: params.chaseOverdue ? 'true' : undefined,
      },
      signal,
    }),
  get: (id: string) => apiRequest<RepairReturnView>(`/repair-returns/${id}`),
  walkIn: (body: Body<typeof walkInReturnBody>, idempotencyKey: string) =>
    apiRequest<RepairReturnView>('/repair-returns/walk-in', {
      method: 'POST',
      body,
      headers: withKey(idempotencyKey),
    }),
  test: step<Body<typeof testBody>>('test'),
  approveQuote: step<Body<typeof returnApproveQuoteBody>>('approve-quote'),
  declineQuote: step<Body<typeof returnDeclineQuoteBody>>('decline-quote'),
  handOver: step<Body<typeof handOverReturnBody>>('hand-over'),
  register: step<Body<typeof registerReturnBody>>('register'),
  finishInHouse: step<Body<typeof finishInHouseBody>>('finish-in-house'),
  receiveBack: step<Body<typeof receiveBackBody>>('receive-back'),
  returnToCustomer: step<Body<typeof returnToCustomerBody>>('return-to-customer'),
  chase: step<Body<typeof chaseBody>>('chases'),
  recordNotice: (id: string, noticeId: string, body: Body<typeof noticeBody>, key?: string) =>
    apiRequest<RepairReturnView>(`/repair-returns/${id}/notices/${noticeId}`, {
      method: 'POST',
      body,
      headers: withKey(key),
    }),
  goodParts: (id: string, body: Body<typeof goodPartsBody>, key?: string) =>
    apiRequest<GoodPartsResult>(`/repair-returns/${id}/good-parts`, {
      method: 'POST',
      body,
      headers: withKey(key),
    }),
  /** Opened by the browser's own PDF viewer (the session cookie goes along). */
  labelsPdfUrl: (id: string) => `/api/repair-returns/${id}/labels.pdf`,
  openNotices: () =>
    apiRequest<OpenNotice[]>('/repair-returns/notices', { query: { open: 'true' } }),
  board: () => apiRequest<ReturnsBoardView>('/repair-returns/board'),
  vendorPerformance: (range: { from?: string; to?: string }) =>
    apiRequest<VendorPerformanceView>('/repair-returns/vendor-performance', { query: range }),
};
