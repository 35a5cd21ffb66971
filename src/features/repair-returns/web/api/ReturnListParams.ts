import type { RepairReturnStatus } from '../../repair-return.states';

/** The returns list's query as the screen holds it (and the URL keeps it). */
export interface ReturnListParams {
  status?: RepairReturnStatus[];
  vendorId?: string;
  chaseOverdue?: boolean;
  q?: string;
  page: number;
  pageSize: number;
}
