import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { ServiceContractView } from '../service-contract.schemas';
import { installedBaseApi } from './api/installedBaseApi';
import { CancelPrompt } from './components/CancelPrompt';
import { CoversText } from './components/CoversText';
import { ListToolbar } from './components/ListToolbar';
import { NameWithCancelled } from './components/NameWithCancelled';
import { pagination } from '../../../web/lib/pagination';
import { RowActions } from './components/RowActions';
import { ServiceContractFormModal } from './components/ServiceContractFormModal';
import { useServiceContracts } from './hooks/queries';
import { useCanManage } from './hooks/useCanManage';
import { useListState } from './hooks/useListState';

/** 服务合同: paid cover beyond the warranty, for the units each contract lists. */
export function ServiceContractListPage() {
  const { t } = useTranslation();
  const canManage = useCanManage();
  const list = useListState();
  const contracts = useServiceContracts(list.params);
  const [editing, setEditing] = useState<{ contract?: ServiceContractView } | null>(null);
  const [cancelling, setCancelling] = useState<ServiceContractView | null>(null);
  const columns: TableProps<ServiceContractView>['columns'] = [
    {
      title: t('installedBase.contracts.number'),
      dataIndex: 'number',
      render: (number: string, c) => (
        <NameWithCancelled name={number} isCancelled={c.isCancelled} />
      ),
    },
    {
      title: t('installedBase.assets.customer'),
      key: 'customer',
      render: (_, c) => c.customer.name,
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
    {
      title: t('installedBase.contracts.assets'),
      key: 'assets',
      render: (_, c) =>
        c.assets.map((a, i) => (
          <span key={a.id}>
            {i > 0 && t('installedBase.listSeparator')}
            <Link to={`/assets/${a.id}`}>{a.serialNumber}</Link>
          </span>
        )),
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) => (
        <RowActions
          isCancelled={c.isCancelled}
          onEdit={() => setEditing({ contract: c })}
          onCancel={() => setCancelling(c)}
        />
      ),
    });
  return (
    <Card>
      <PageTitle
        title={t('installedBase.contracts.title')}
        extra={
          <Flex gap={8} wrap>
            <ExportButton
              list="service-contracts"
              filters={{ q: list.params.q, includeCancelled: list.showCancelled }}
            />
            {canManage && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})}>
                {t('installedBase.contracts.new')}
              </Button>
            )}
          </Flex>
        }
      />
      <ListToolbar
        search={list.search}
        onSearch={list.setSearch}
        placeholder={t('installedBase.contracts.searchPlaceholder')}
        showCancelled={list.showCancelled}
        onShowCancelled={list.setShowCancelled}
      />
      {contracts.isError ? (
        <QueryError error={contracts.error} onRetry={() => void contracts.refetch()} />
      ) : (
        <Table<ServiceContractView>
          rowKey="id"
          columns={columns}
          dataSource={contracts.data?.items ?? []}
          loading={contracts.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={pagination(t, list.paging, contracts.data?.total ?? 0, list.setPaging)}
        />
      )}
      <ServiceContractFormModal
        open={editing !== null}
        contract={editing?.contract}
        onClose={() => setEditing(null)}
      />
      <CancelPrompt
        record={cancelling}
        title={(c) => t('installedBase.cancelTitle', { name: c.number })}
        run={(c, reason) => installedBaseApi.contracts.cancel(c.id, reason)}
        onClose={() => setCancelling(null)}
      />
    </Card>
  );
}
