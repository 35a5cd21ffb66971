import { Select, Spin } from 'antd';
import { type CSSProperties, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { StockRow } from '../../inventory.schemas';
import { useParts } from '../hooks/queries';

export type PickedPart = StockRow['part'];

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The whole part, so the form knows whether it is serial-tracked. */
  onPick?: (part: PickedPart | undefined) => void;
  /** The part already chosen (opened from a stock row), so its name shows. */
  current?: PickedPart | null;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

const labelOf = (part: { code: string; name: string }) => `${part.code} ${part.name}`;

/** Search-as-you-type over part code and name among live parts; the server does the matching. */
export function PartSelect({ value, onChange, onPick, current, ...props }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const parts = useParts({ q: q || undefined, page: 1, pageSize: 30 });
  const found: PickedPart[] = (parts.data?.items ?? [])
    .filter((part) => !part.cancelled)
    .map(({ id, code, name, unit, serialTracked }) => ({ id, code, name, unit, serialTracked }));
  const [picked, setPicked] = useState<PickedPart>();
  const kept = [picked, current ?? undefined].find((part) => part && part.id === value);
  const items = kept && !found.some((part) => part.id === kept.id) ? [kept, ...found] : found;
  return (
    <Select
      {...props}
      value={value ?? undefined}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={parts.isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((part) => ({ value: part.id, label: labelOf(part) }))}
      onChange={(id: string | undefined) => {
        const part = items.find((candidate) => candidate.id === id);
        setPicked(part);
        onChange?.(id);
        onPick?.(part);
        setSearch('');
      }}
    />
  );
}
