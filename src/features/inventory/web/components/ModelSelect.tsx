import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import type { ProductModelView } from '../../../installed-base/product-model.schemas';

interface ModelRef {
  id: string;
  code: string;
  name: string;
}

/** Live product models matching the typed code or name (the server matches), and the search box. */
function useModelSearch() {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const query = { q: q || undefined, page: 1, pageSize: 30 };
  const models = useQuery({
    queryKey: ['installed-base', 'models', query],
    queryFn: ({ signal }) =>
      apiRequest<Page<ProductModelView>>('/product-models', { query, signal }),
  });
  const found: ModelRef[] = (models.data?.items ?? []).filter((m) => !m.isCancelled);
  return { search, setSearch, found, isFetching: models.isFetching };
}

const labelOf = (m: ModelRef) => `${m.code} ${m.name}`;

/** 适用型号: the product models a part fits. */
export function ModelMultiSelect({
  value = [],
  onChange,
  id,
  current = [],
}: {
  value?: string[];
  onChange?: (value: string[]) => void;
  id?: string;
  /** The part's models as saved, so their names show before any search. */
  current?: readonly ModelRef[];
}) {
  const { t } = useTranslation();
  const { search, setSearch, found, isFetching } = useModelSearch();
  // Chosen models stay named after the search moves on.
  const [chosen, setChosen] = useState<readonly ModelRef[]>(current);
  const byId = new Map<string, ModelRef>();
  for (const m of [...current, ...chosen, ...found]) byId.set(m.id, m);
  const shown = [...byId.values()].filter(
    (m) => value.includes(m.id) || found.some((f) => f.id === m.id),
  );
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      placeholder={t('inventory.parts.modelsPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={isFetching ? <Spin size="small" /> : t('common.noData')}
      options={shown.map((m) => ({ value: m.id, label: labelOf(m) }))}
      onChange={(ids: string[]) => {
        setChosen(ids.flatMap((modelId) => byId.get(modelId) ?? []));
        onChange?.(ids);
      }}
      data-testid="part-models"
    />
  );
}

/** One product model (a loaner unit's model). */
export function ModelSelect({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
}) {
  const { t } = useTranslation();
  const { search, setSearch, found, isFetching } = useModelSearch();
  const [chosen, setChosen] = useState<ModelRef>();
  const items = chosen && !found.some((m) => m.id === chosen.id) ? [chosen, ...found] : found;
  return (
    <Select
      id={id}
      value={value}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={isFetching ? <Spin size="small" /> : t('common.noData')}
      options={items.map((m) => ({ value: m.id, label: labelOf(m) }))}
      onChange={(modelId: string | undefined) => {
        setChosen(items.find((m) => m.id === modelId));
        setSearch('');
        onChange?.(modelId);
      }}
      data-testid="loaner-model"
    />
  );
}
