import { useQuery } from '@tanstack/react-query';
import { fetchSession } from './sessionApi';
import { SESSION_QUERY_KEY } from './sessionQueryKey';

/** The signed-in user; `data` is null when nobody is signed in. */
export function useSession() {
  return useQuery({ queryKey: SESSION_QUERY_KEY, queryFn: fetchSession, staleTime: Infinity });
}
