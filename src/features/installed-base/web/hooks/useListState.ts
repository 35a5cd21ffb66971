import { useState } from 'react';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';

/** Search text, paging and the cancelled switch of a list; a new search goes back to page 1. */
export function useListState() {
  const [search, setSearchText] = useState('');
  const q = useDebouncedValue(search.trim());
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [showCancelled, setShowCancelledFlag] = useState(false);
  const firstPage = () => setPaging((current) => ({ ...current, page: 1 }));
  return {
    search,
    setSearch: (text: string) => {
      setSearchText(text);
      firstPage();
    },
    showCancelled,
    setShowCancelled: (show: boolean) => {
      setShowCancelledFlag(show);
      firstPage();
    },
    paging,
    setPaging,
    firstPage,
    params: { q: q || undefined, ...paging, includeCancelled: showCancelled },
  };
}
