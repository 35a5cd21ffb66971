import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListNotificationsQuery } from '../../notification.schemas';
import { notificationsApi } from '../api/notificationsApi';

export const myNotificationsKey = ['myNotifications'] as const;

/** The bell polls: a new notification shows within half a minute without a reload. */
const POLL_MS = 30_000;

export function useMyNotifications(
  query: ListNotificationsQuery,
  options: { poll?: boolean } = {},
) {
  return useQuery({
    queryKey: [...myNotificationsKey, query],
    queryFn: ({ signal }) => notificationsApi.mine(query, signal),
    placeholderData: keepPreviousData,
    refetchInterval: options.poll ? POLL_MS : false,
  });
}

/** Marks one or all read; every list and the bell's count are read again. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: myNotificationsKey });
  return {
    markRead: useMutation({ mutationFn: notificationsApi.markRead, onSettled: refresh }),
    markAllRead: useMutation({ mutationFn: notificationsApi.markAllRead, onSettled: refresh }),
  };
}
