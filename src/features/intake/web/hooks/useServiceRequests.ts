import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { intakeApi, type QueueParams } from '../api/intakeApi';

export const serviceRequestsKey = ['serviceRequests'] as const;

/** One page of the intake queue; the previous page stays on screen while the next loads. */
export function useServiceRequests(params: QueueParams) {
  return useQuery({
    queryKey: [...serviceRequestsKey, params],
    queryFn: ({ signal }) => intakeApi.list(params, signal),
    placeholderData: keepPreviousData,
  });
}
