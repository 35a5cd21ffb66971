import { useQuery } from '@tanstack/react-query';
import { fetchPasswordPolicy } from './sessionApi';

export function usePasswordPolicy() {
  return useQuery({
    queryKey: ['passwordPolicy'],
    queryFn: fetchPasswordPolicy,
    staleTime: 10 * 60_000,
  });
}
