import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListOutboxQuery } from '../../notification.schemas';
import { notificationsApi } from '../api/notificationsApi';

const SETTINGS_KEY = ['notificationSettings'];
const OUTBOX_KEY = ['outbox'];

export function useNotificationSettings() {
  return useQuery({ queryKey: SETTINGS_KEY, queryFn: notificationsApi.settings });
}

/** Saves against the version read; a 409 means someone else saved in between. */
export function useSaveNotificationSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.saveSettings,
    onSuccess: (view) => queryClient.setQueryData(SETTINGS_KEY, view),
  });
}

export function useSendTestNotification() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: notificationsApi.sendTest,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: OUTBOX_KEY }),
  });
}

/** The outbox while messages are pending: read again every few seconds to show each attempt. */
export function useOutbox(query: ListOutboxQuery) {
  return useQuery({
    queryKey: [...OUTBOX_KEY, query],
    queryFn: ({ signal }) => notificationsApi.outbox(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: (q) =>
      q.state.data?.items.some((m) => m.state === 'pending') ? 5_000 : false,
  });
}
