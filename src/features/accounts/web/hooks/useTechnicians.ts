import { useQuery } from '@tanstack/react-query';
import { usersApi } from '../api/usersApi';

export function useTechnicians() {
  return useQuery({ queryKey: ['technicians'], queryFn: usersApi.technicians, staleTime: 30_000 });
}
