import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { ApiError } from '../../../../web/api/ApiError';
import { useShowError } from '../../../../web/api/useShowError';
import type { BoardView } from '../../dispatch.schemas';
import { boardKey } from './useBoard';

/**
 * A change to the board (move, apply): the answer is the new board, so it replaces the cache.
 * A refusal (422 not eligible, 409 conflict) shows the server's message and refetches, so the
 * board snaps back to what the server holds.
 */
export function useBoardMutation<TArgs>(
  day: string,
  run: (args: TArgs) => Promise<BoardView>,
  doneText: string,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const showError = useShowError();
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['workOrders'] });
    void queryClient.invalidateQueries({ queryKey: ['technicians'] });
  };
  return useMutation({
    mutationFn: run,
    onSuccess: (board) => {
      queryClient.setQueryData(boardKey(day), board);
      void message.success(doneText);
      refresh();
    },
    onError: (error) => {
      showError(error);
      if (error instanceof ApiError)
        void queryClient.invalidateQueries({ queryKey: boardKey(day) });
    },
  });
}
