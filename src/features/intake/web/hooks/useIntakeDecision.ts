import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ServiceRequestDetail } from '../../service-request.schemas';
import { serviceRequestsKey } from './useServiceRequests';

/** A merge or a reject: afterwards the queue (and its duplicate hints) is read again. */
export function useIntakeDecision<TArgs>(run: (args: TArgs) => Promise<ServiceRequestDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceRequestsKey }),
  });
}
