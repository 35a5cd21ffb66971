import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordPolicy } from '../../../../web/auth/sessionApi';
import { usersApi } from '../api/usersApi';

/** Saves the tenant's password policy; every hint that shows it (the user form's) follows. */
export function usePasswordPolicyMutation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: usersApi.updatePasswordPolicy,
    onSuccess: (policy: PasswordPolicy) => {
      queryClient.setQueryData(['passwordPolicy'], policy);
      void queryClient.invalidateQueries({ queryKey: ['passwordPolicy'] });
    },
  });
}
