import { useMutation } from '@tanstack/react-query';
import { publicReportApi, type ReportInput } from '../api/publicReportApi';

export function useSubmitReport(token: string) {
  return useMutation({ mutationFn: (input: ReportInput) => publicReportApi.report(token, input) });
}
