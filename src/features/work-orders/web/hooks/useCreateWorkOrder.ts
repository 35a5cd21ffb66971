import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { workOrdersApi } from '../api/workOrdersApi';

interface Input {
  hotlineCallId: string;
  technicianId?: string;
}

export function useCreateWorkOrder() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: Input) => workOrdersApi.create(input, idempotency.keyFor(input)),
    onSuccess: (order) => {
      idempotency.done();
      queryClient.setQueryData(['workOrder', order.id], order);
      void queryClient.invalidateQueries({ queryKey: ['workOrders'] });
      void queryClient.invalidateQueries({ queryKey: ['hotlineCalls'] });
      void queryClient.invalidateQueries({ queryKey: ['technicians'] });
    },
  });
}
