import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';

/** A change to a user: on success say so and refresh the user list (and the technician picker). */
export function useUserMutation<TArgs, TResult>(
  run: (args: TArgs) => Promise<TResult>,
  doneText: string,
) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void message.success(doneText);
      void queryClient.invalidateQueries({ queryKey: ['users'] });
      void queryClient.invalidateQueries({ queryKey: ['technicians'] });
    },
  });
}
