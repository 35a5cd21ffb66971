import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSET_STATUS_VALUES } from '../../asset.schemas';
import type { AssetStatus } from '../api/inputs';
import { useCustomerDepartments } from '../hooks/useCustomerDepartments';
import { CustomerSearchSelect } from '../../../customers/web';
import { ModelSelect } from './ReferenceSelects';

export interface AssetFilterValues {
  customerId?: string;
  departmentId?: string;
  modelId?: string;
  status?: AssetStatus;
}

/** Customer, department (of that customer), model and status filters of the asset list. */
export function AssetFilters({
  value,
  onChange,
}: {
  value: AssetFilterValues;
  onChange: (value: AssetFilterValues) => void;
}) {
  const { t } = useTranslation();
  const departments = useCustomerDepartments(value.customerId);
  return (
    <>
      <CustomerSearchSelect
        size="middle"
        style={{ minWidth: 200 }}
        value={value.customerId}
        placeholder={t('installedBase.assets.allCustomers')}
        onChange={(id) =>
          onChange({ ...value, customerId: id ?? undefined, departmentId: undefined })
        }
      />
      <Select
        allowClear
        style={{ minWidth: 140 }}
        disabled={!value.customerId}
        value={value.departmentId}
        placeholder={t('installedBase.assets.allDepartments')}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        onChange={(id?: string) => onChange({ ...value, departmentId: id })}
      />
      <ModelSelect
        allowClear
        style={{ minWidth: 220 }}
        value={value.modelId}
        placeholder={t('installedBase.assets.allModels')}
        onChange={(id) => onChange({ ...value, modelId: id ?? undefined })}
      />
      <Select
        allowClear
        style={{ minWidth: 120 }}
        value={value.status}
        placeholder={t('installedBase.assets.allStatuses')}
        options={ASSET_STATUS_VALUES.map((s) => ({
          value: s,
          label: t(`installedBase.assetStatus.${s}`),
        }))}
        onChange={(status?: AssetStatus) => onChange({ ...value, status })}
      />
    </>
  );
}
