import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ReturnListParams } from '../api/ReturnListParams';
import { parseReturnListParams, toReturnSearchParams } from '../lib/returnListParams';

/** The list query, kept in the URL so reload, back and shared links show the same list. */
export function useReturnListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseReturnListParams(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<ReturnListParams>) => {
      // A new filter starts again from page 1; only paging itself keeps the page.
      const isPaging = Object.keys(change).every((key) => key === 'page' || key === 'pageSize');
      setSearchParams(
        toReturnSearchParams({ ...params, ...(isPaging ? {} : { page: 1 }), ...change }),
      );
    },
    [params, setSearchParams],
  );
  return [params, update] as const;
}
