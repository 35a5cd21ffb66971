import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssetDetail } from '../../asset.schemas';
import { CoversText } from './CoversText';

type Contract = AssetDetail['contracts'][number];

/** The service contracts that list this unit, latest ending first. */
export function AssetContractsCard({ contracts }: { contracts: Contract[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('installedBase.contracts.title')}>
      <Table<Contract>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={contracts}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('installedBase.assetPage.noContracts') }}
        columns={[
          {
            title: t('installedBase.contracts.number'),
            dataIndex: 'number',
            render: (number: string, c) => (
              <>
                {number} {c.isCancelled && <Tag>{t('installedBase.cancelled')}</Tag>}
              </>
            ),
          },
          {
            title: t('installedBase.contracts.period'),
            key: 'period',
            render: (_, c) => `${c.startsOn} ~ ${c.endsOn}`,
          },
          {
            title: t('installedBase.contracts.covers'),
            key: 'covers',
            render: (_, c) => <CoversText {...c} />,
          },
        ]}
      />
    </Card>
  );
}
