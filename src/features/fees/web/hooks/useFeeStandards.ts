import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeeStandardView, UpdateFeeStandardBody } from '../../fees.schemas';
import { feesApi } from '../api/feesApi';

const KEY = ['fee-standards'];

export function useFeeStandards() {
  return useQuery({ queryKey: KEY, queryFn: feesApi.list });
}

export function useFeeStandard(id: string | null) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: () => feesApi.get(id ?? ''),
    enabled: id !== null,
  });
}

function useStandardMutation<TArgs>(run: (args: TArgs) => Promise<FeeStandardView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (view) => {
      queryClient.setQueryData([...KEY, view.id], view);
      void queryClient.invalidateQueries({ queryKey: KEY });
    },
  });
}

export const useCreateDraft = () => useStandardMutation(feesApi.createDraft);
export const useUpdateStandard = () =>
  useStandardMutation(({ id, body }: { id: string; body: UpdateFeeStandardBody }) =>
    feesApi.update(id, body),
  );
export const usePublishStandard = () =>
  useStandardMutation(({ id, effectiveFrom }: { id: string; effectiveFrom: string }) =>
    feesApi.publish(id, effectiveFrom),
  );
