import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useShowError } from '../../../../web/api/useShowError';
import { labelsApi, type LabelSheetInput } from '../api/labelsApi';

/**
 * Generates the sheet and keeps it as an object URL (revoked when replaced or on leaving),
 * so the page can offer "open" and "download" links: a popup opened after an await is blocked.
 */
export function usePrintLabels() {
  const queryClient = useQueryClient();
  const showError = useShowError();
  const [pdfUrl, setPdfUrl] = useState<string>();
  useEffect(() => () => void (pdfUrl && URL.revokeObjectURL(pdfUrl)), [pdfUrl]);
  const mutation = useMutation({
    mutationFn: (input: LabelSheetInput) => labelsApi.printSheet(input),
    onSuccess: (pdf) => {
      setPdfUrl(URL.createObjectURL(pdf));
      // Devices printed for the first time now have a token.
      void queryClient.invalidateQueries({ queryKey: ['label-assets'] });
    },
    onError: showError,
  });
  const clear = useCallback(() => setPdfUrl(undefined), []);
  return { ...mutation, pdfUrl, clear };
}
