import { useQuery } from '@tanstack/react-query';
import { onSiteApi } from '../api/onSiteApi';

/** Under the order's own key: every move of the order refreshes what was recorded on site. */
export function useOnSite(id: string) {
  return useQuery({ queryKey: ['workOrder', id, 'onSite'], queryFn: () => onSiteApi.get(id) });
}
