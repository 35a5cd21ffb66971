import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { commitmentsApi } from '../api/commitmentsApi';

export function useCalendar(year: number) {
  return useQuery({ queryKey: ['calendar', year], queryFn: () => commitmentsApi.calendar(year) });
}

/** Any calendar change refreshes the year shown and every deadline preview. */
export function useCalendarMutation<TArgs, TResult>(run: (args: TArgs) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['calendar'] });
      void queryClient.invalidateQueries({ queryKey: ['deadline-preview'] });
    },
  });
}
