import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarehouseKind } from '../../inventory.states';
import { useWarehouses } from '../hooks/queries';

interface Props {
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  /** Leave this one out (the other end of a transfer). */
  excludeId?: string;
  kind?: WarehouseKind;
  'data-testid'?: string;
}

/** Live warehouses by name, with their kind: 中心库, 网点库, 随车库. */
export function WarehouseSelect({ excludeId, kind, onChange, ...props }: Props) {
  const { t } = useTranslation();
  const warehouses = useWarehouses();
  const options = (warehouses.data ?? [])
    .filter((w) => !w.cancelled && w.id !== excludeId && (!kind || w.kind === kind))
    .map((w) => ({
      value: w.id,
      label: `${w.name}（${t(`inventory.kinds.${w.kind}`)}）`,
    }));
  return (
    <Select
      {...props}
      value={props.value ?? undefined}
      showSearch={{ optionFilterProp: 'label' }}
      loading={warehouses.isFetching}
      notFoundContent={t('common.noData')}
      options={options}
      onChange={(value: string | undefined) => onChange?.(value)}
    />
  );
}
