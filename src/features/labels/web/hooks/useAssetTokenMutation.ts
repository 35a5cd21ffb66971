import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useShowError } from '../../../../web/api/useShowError';

/** A re-issue or revoke; the label list's "QR code" column changes with it. */
export function useAssetTokenMutation<T>(action: () => Promise<T>) {
  const queryClient = useQueryClient();
  const showError = useShowError();
  return useMutation({
    mutationFn: action,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['label-assets'] }),
    onError: showError,
  });
}
