import { Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../accounts/roles';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { ExportButton } from '../../../web/components/ExportButton';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { ServiceRequestListItem } from '../service-request.schemas';
import type { QueueParams } from './api/intakeApi';
import { ConvertModal } from './components/ConvertModal';
import { MergeModal } from './components/MergeModal';
import { QueueFilters } from './components/QueueFilters';
import { QueueTable, type QueueAction } from './components/QueueTable';
import { RejectModal } from './components/RejectModal';
import { useServiceRequests } from './hooks/useServiceRequests';

/** 受理队列: reports from every channel, waiting to be converted, merged or rejected. */
export function IntakeQueuePage() {
  const { t } = useTranslation();
  const user = useSessionUser();
  const [params, setParams] = useState<QueueParams>({
    status: ['received'],
    page: 1,
    pageSize: 20,
  });
  const requests = useServiceRequests(params);
  const [open, setOpen] = useState<{ action: QueueAction; item: ServiceRequestListItem }>();
  const close = () => setOpen(undefined);
  return (
    <Card>
      <PageTitle
        title={t('intake.queueTitle')}
        extra={<ExportButton list="service-requests" filters={params} />}
      />
      <QueueFilters params={params} onChange={(change) => setParams({ ...params, ...change })} />
      {requests.isError ? (
        <QueryError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : (
        <QueueTable
          params={params}
          items={requests.data?.items ?? []}
          total={requests.data?.total ?? 0}
          isLoading={requests.isFetching}
          canDecide={hasPermission(user.roles, 'intake.decide')}
          onChange={(change) => setParams({ ...params, ...change })}
          onAction={(action, item) => setOpen({ action, item })}
        />
      )}
      {open?.action === 'convert' && <ConvertModal item={open.item} onClose={close} />}
      {open?.action === 'merge' && <MergeModal item={open.item} onClose={close} />}
      {open?.action === 'reject' && <RejectModal item={open.item} onClose={close} />}
    </Card>
  );
}
