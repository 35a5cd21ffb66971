import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TechnicianProfileView } from '../../technician-profile.schemas';

/** Every change answers with the whole profile: swap it into the list, say "saved". */
export function useProfileMutation<TArgs>(run: (args: TArgs) => Promise<TechnicianProfileView>) {
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: run,
    onSuccess: (profile) => {
      queryClient.setQueryData<TechnicianProfileView[]>(['technician-profiles'], (list) =>
        list?.map((p) => (p.userId === profile.userId ? profile : p)),
      );
      void message.success(t('common.saved'));
    },
  });
}
