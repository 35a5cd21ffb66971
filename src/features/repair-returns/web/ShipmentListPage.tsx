import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { SHIPMENT_STATES, type ShipmentStatus } from '../repair-return.states';
import { useVendorOptions } from './hooks/useLookups';
import { useShipmentList } from './hooks/useShipments';
import { CreateShipmentModal } from './shipments/CreateShipmentModal';
import { ShipmentTable } from './shipments/ShipmentTable';

const ALL = 'all';

/** 封装运输: parcels to vendors; `?create=<vendorId>` opens a new one for that vendor. */
export function ShipmentListPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const vendors = useVendorOptions();
  const [status, setStatus] = useState<ShipmentStatus | undefined>();
  const [vendorId, setVendorId] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useShipmentList({ status, vendorId, ...paging });
  const creating = search.get('create');
  const setCreating = (value: string | null) =>
    setSearch(value === null ? {} : { create: value }, { replace: true });
  return (
    <Card>
      <PageTitle
        title={t('repairReturns.shipment.listTitle')}
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating('')}
            data-testid="new-shipment"
          >
            {t('repairReturns.shipment.create')}
          </Button>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Segmented<string>
          value={status ?? ALL}
          options={[
            { value: ALL, label: t('repairReturns.list.all') },
            ...SHIPMENT_STATES.map((s) => ({
              value: s,
              label: t(`repairReturns.shipment.status.${s}`),
            })),
          ]}
          onChange={(value) => {
            setStatus(value === ALL ? undefined : (value as ShipmentStatus));
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('repairReturns.list.vendor')}
          style={{ width: 220 }}
          value={vendorId}
          options={(vendors.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          onChange={(value: string | undefined) => {
            setVendorId(value);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
        />
      </Flex>
      {list.isError ? (
        <QueryError error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ShipmentTable
          items={list.data?.items ?? []}
          total={list.data?.total ?? 0}
          {...paging}
          isLoading={list.isFetching}
          onPage={(page, pageSize) => setPaging({ page, pageSize })}
        />
      )}
      <CreateShipmentModal
        open={creating !== null}
        vendorId={creating || undefined}
        onClose={() => setCreating(null)}
      />
    </Card>
  );
}
