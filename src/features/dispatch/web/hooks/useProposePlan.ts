import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useShowError } from '../../../../web/api/useShowError';
import type { BoardView } from '../../dispatch.schemas';
import { dispatchApi, type PlanRequest } from '../api/dispatchApi';
import { boardKey } from './useBoard';

/** Asks the optimiser for a plan; the new draft becomes the board's `draft`. */
export function useProposePlan(day: string) {
  const queryClient = useQueryClient();
  const showError = useShowError();
  return useMutation({
    mutationFn: (body: Omit<PlanRequest, 'day'>) => dispatchApi.propose({ ...body, day }),
    onSuccess: (record) => {
      queryClient.setQueryData<BoardView>(boardKey(day), (board) =>
        board ? { ...board, draft: record } : board,
      );
    },
    onError: showError,
  });
}
