import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../../web/api/ApiError';
import type { WorkOrderDetail } from '../../work-order.schemas';

/**
 * A transition of one order. Success puts the answer in the cache; a 409 (someone else moved the
 * order first) refetches, so the page shows the state and the buttons that apply now.
 */
export function useWorkOrderAction<TArgs>(
  id: string,
  run: (args: TArgs) => Promise<WorkOrderDetail>,
  doneText: string,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['workOrder', id] });
    void queryClient.invalidateQueries({ queryKey: ['workOrders'] });
    void queryClient.invalidateQueries({ queryKey: ['technicians'] });
  };
  return useMutation({
    mutationFn: run,
    onSuccess: (order) => {
      queryClient.setQueryData(['workOrder', id], order);
      void message.success(doneText);
      refresh();
    },
    // The caller shows the message (and keeps the typed text); here the page catches up.
    onError: (error) => {
      if (error instanceof ApiError && error.isConflict) refresh();
    },
  });
}
