import { useQuery } from '@tanstack/react-query';
import { dispatchApi } from '../api/dispatchApi';

export const boardKey = (day: string) => ['dispatchBoard', day] as const;

export function useBoard(day: string) {
  return useQuery({
    queryKey: boardKey(day),
    queryFn: ({ signal }) => dispatchApi.board(day, signal),
  });
}
