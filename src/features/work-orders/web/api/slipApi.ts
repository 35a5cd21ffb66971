import { apiRequest } from '../../../../web/api/apiRequest';
import { downloadFile } from '../../../../web/components/downloadFile';
import type { SlipView } from '../../slip/slip.schemas';

export const slipApi = {
  get: (id: string) => apiRequest<SlipView>(`/work-orders/${id}/slip`),
  /** Where the browser's own PDF viewer opens the slip for printing (the session cookie goes along). */
  pdfUrl: (id: string) => `/api/work-orders/${id}/slip.pdf`,
  downloadPdf: (id: string, number: string) =>
    downloadFile(`/work-orders/${id}/slip.pdf`, {}, `服务处理单-${number}.pdf`),
};
