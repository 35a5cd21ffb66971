import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../../web/api/ApiError';
import type { RepairReturnView } from '../../repair-return.schemas';
import { repairReturnKey, repairReturnsKey, shipmentsKey } from './queryKeys';

interface Step {
  run: () => Promise<RepairReturnView>;
  doneText: string;
}

/**
 * A step of one return. Success puts the answer in the cache; a 409 (someone moved the return
 * first, or the version was stale) refetches, so the page shows the state that holds now.
 */
export function useReturnAction(id: string) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: repairReturnKey(id) });
    void queryClient.invalidateQueries({ queryKey: repairReturnsKey });
    void queryClient.invalidateQueries({ queryKey: shipmentsKey });
  };
  return useMutation({
    mutationFn: (step: Step) => step.run(),
    onSuccess: (view, step) => {
      queryClient.setQueryData(repairReturnKey(id), view);
      void message.success(step.doneText);
      refresh();
    },
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) refresh();
    },
  });
}
