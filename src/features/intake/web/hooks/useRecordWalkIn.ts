import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { intakeApi, type WalkInInput } from '../api/intakeApi';
import { serviceRequestsKey } from './useServiceRequests';

export function useRecordWalkIn() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (input: WalkInInput) => intakeApi.walkIn(input, idempotency.keyFor(input)),
    onSuccess: () => {
      idempotency.done();
      void queryClient.invalidateQueries({ queryKey: serviceRequestsKey });
    },
  });
}
