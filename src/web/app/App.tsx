import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { RouterProvider } from 'react-router';
import { onUnauthenticated } from '../api/apiRequest';
import { SESSION_QUERY_KEY } from '../auth/sessionQueryKey';
import { createAppRouter } from './createAppRouter';
import { createQueryClient } from './createQueryClient';
import { LocaleProvider } from './LocaleProvider';

export function App() {
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(createAppRouter);
  // A 401 anywhere means the session is gone: forget the user, and RequireSession sends
  // them to the login page with the URL they were on.
  useEffect(
    () => onUnauthenticated(() => queryClient.setQueryData(SESSION_QUERY_KEY, null)),
    [queryClient],
  );
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <RouterProvider router={router} />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
