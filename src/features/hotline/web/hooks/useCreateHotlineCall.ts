import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import type { CreateHotlineCallBody } from '../../hotline-call.schemas';
import { hotlineCallsApi } from '../api/hotlineCallsApi';

export function useCreateHotlineCall() {
  const queryClient = useQueryClient();
  const idempotency = useIdempotencyKey();
  return useMutation({
    mutationFn: (body: CreateHotlineCallBody) =>
      hotlineCallsApi.create(body, idempotency.keyFor(body)),
    onSuccess: () => {
      idempotency.done();
      void queryClient.invalidateQueries({ queryKey: ['hotlineCalls'] });
    },
  });
}
