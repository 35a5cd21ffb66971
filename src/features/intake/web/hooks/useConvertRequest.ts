import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { intakeApi, type ConvertInput } from '../api/intakeApi';
import { serviceRequestsKey } from './useServiceRequests';

/** 转派工单: one order per request even if the answer is lost and the click repeated. */
export function useConvertRequest() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: ConvertInput) => intakeApi.convert(input, idempotency.keyFor(input)),
    onSuccess: (order) => {
      idempotency.done();
      queryClient.setQueryData(['workOrder', order.id], order);
      void queryClient.invalidateQueries({ queryKey: ['workOrders'] });
      void queryClient.invalidateQueries({ queryKey: ['technicians'] });
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: serviceRequestsKey }),
  });
}
