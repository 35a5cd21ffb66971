import { Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LabelAssetView } from '../../labels.schemas';

interface Props {
  assets: LabelAssetView[];
  isLoading: boolean;
  selectedIds: string[];
  onSelect: (ids: string[]) => void;
}

/** The devices the sheet will hold; unticking one leaves it off the sheet. */
export function LabelAssetTable({ assets, isLoading, selectedIds, onSelect }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<LabelAssetView>['columns'] = [
    { title: t('labels.serialNumber'), dataIndex: 'serialNumber' },
    {
      title: t('labels.model'),
      key: 'model',
      render: (_, asset) => `${asset.brandName} ${asset.modelName}（${asset.modelCode}）`,
    },
    { title: t('labels.department'), dataIndex: 'departmentName' },
    { title: t('labels.location'), dataIndex: 'location' },
    {
      title: t('labels.hasToken'),
      dataIndex: 'hasToken',
      render: (hasToken: boolean, asset) => (
        <>
          {hasToken ? (
            <Tag color="green">{t('labels.labelled')}</Tag>
          ) : (
            <Tag>{t('labels.notLabelled')}</Tag>
          )}
          {asset.status === 'retired' && <Tag color="default">{t('labels.retired')}</Tag>}
        </>
      ),
    },
  ];
  return (
    <Table<LabelAssetView>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={assets}
      loading={isLoading}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      rowSelection={{
        selectedRowKeys: selectedIds,
        onChange: (keys) => onSelect(keys.map(String)),
      }}
      locale={{ emptyText: t('labels.noAssets') }}
      scroll={{ x: 'max-content' }}
      data-testid="label-asset-table"
    />
  );
}
