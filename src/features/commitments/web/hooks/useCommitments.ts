import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CommitmentsContent } from '../../commitments-content.schemas';
import { commitmentsApi, type PublicProfileInput } from '../api/commitmentsApi';

const KEY = ['commitments'];

export function useCommitments() {
  return useQuery({ queryKey: KEY, queryFn: commitmentsApi.get });
}

/** Saves against the version read; a 409 means someone else saved in between. */
export function useSaveCommitments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ version, content }: { version: number; content: CommitmentsContent }) =>
      commitmentsApi.update(version, content),
    onSuccess: (view) => {
      queryClient.setQueryData(KEY, view);
      void queryClient.invalidateQueries({ queryKey: ['deadline-preview'] });
    },
  });
}

export function useSavePublicProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PublicProfileInput) => commitmentsApi.updatePublicProfile(body),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: KEY }),
  });
}
