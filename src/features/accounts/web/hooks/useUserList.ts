import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usersApi, type UserListParams } from '../api/usersApi';

export function useUserList(params: UserListParams) {
  return useQuery({
    queryKey: ['users', params],
    queryFn: () => usersApi.list(params),
    placeholderData: keepPreviousData,
  });
}
