import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { WorkOrderListParams } from '../api/WorkOrderListParams';
import { parseWorkOrderParams, toSearchParams } from './parseWorkOrderParams';

/** The list query, kept in the URL so reload, back and shared links show the same list. */
export function useWorkOrderListParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => parseWorkOrderParams(searchParams), [searchParams]);
  const update = useCallback(
    (change: Partial<WorkOrderListParams>) => {
      // A new filter or sort starts again from page 1; only paging itself keeps the page.
      const isPaging = Object.keys(change).every((key) => key === 'page' || key === 'pageSize');
      const next = { ...params, ...(isPaging ? {} : { page: 1 }), ...change };
      setSearchParams(toSearchParams(next));
    },
    [params, setSearchParams],
  );
  return [params, update] as const;
}
