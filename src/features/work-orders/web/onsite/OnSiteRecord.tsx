import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { QueryError } from '../../../../web/components/QueryError';
import { formatCents } from '../../../../platform/format';
import { hasPermission } from '../../../accounts/roles';
import { RemoveWorkOrderPartButton, WorkOrderPartModal } from '../../../inventory/web';
import type { OnSiteView } from '../../on-site.schemas';
import type { WorkOrderDetail } from '../../work-order.schemas';
import { SlipChargesTable, SlipTakenBackTable } from '../slip/SlipTables';
import { CarRequestList } from './CarRequestList';
import { PhotoGallery } from './PhotoGallery';
import { SignatureList } from './SignatureList';
import { useOnSite } from './useOnSite';
import { VisitList } from './VisitList';

type Part = OnSiteView['parts'][number];

/** With `removableFrom` (the order's id), each part can come off the job again. */
function PartsTable({ parts, removableFrom }: { parts: Part[]; removableFrom?: string }) {
  const { t } = useTranslation();
  if (parts.length === 0)
    return <Typography.Text type="secondary">{t('slip.noParts')}</Typography.Text>;
  return (
    <Table<Part>
      size="small"
      rowKey="id"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={parts}
      data-testid="parts"
      columns={[
        { title: t('slip.partName'), dataIndex: 'name' },
        { title: t('slip.partNumber'), dataIndex: 'partNumber', render: (v) => v ?? '—' },
        { title: t('slip.quantity'), dataIndex: 'quantity', align: 'right' },
        {
          title: t('slip.unitPrice'),
          dataIndex: 'unitPriceCents',
          align: 'right',
          render: formatCents,
        },
        {
          title: t('slip.amount'),
          key: 'amount',
          align: 'right',
          render: (_, p) => formatCents(p.quantity * p.unitPriceCents),
        },
        {
          title: t('slip.covered'),
          dataIndex: 'covered',
          render: (v: boolean) => (v ? t('slip.yes') : t('slip.no')),
        },
        ...(removableFrom
          ? [
              {
                key: 'remove',
                render: (_: unknown, p: Part) => (
                  <RemoveWorkOrderPartButton workOrderId={removableFrom} part={p} />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

/** The repair costs too much against the item's value: shown when suggested or advised. */
function ReplacementAdvice({
  order,
  replacement: r,
}: {
  order: WorkOrderDetail;
  replacement: OnSiteView['replacement'];
}) {
  const { t } = useTranslation();
  const isShown = r.suggested || order.status === 'replacement_advised';
  if (!isShown || r.repairCents === null || !r.currentValueCents) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="replacement-advice"
      title={t('workOrders.onSite.replacement', {
        repair: formatCents(r.repairCents),
        value: formatCents(r.currentValueCents),
        percent: Math.round((r.repairCents * 100) / r.currentValueCents),
        threshold: r.thresholdPercent,
      })}
    />
  );
}

/**
 * What happened on site, for the desk: visits, company-car requests, the confirmed fault and
 * diagnosis, parts, photos, signatures, the quote with the customer's decision, taken-back items.
 */
export function OnSiteRecord({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const onSite = useOnSite(order.id);
  const user = useSessionUser();
  const [isAddingPart, setAddingPart] = useState(false);
  // The desk, or the order's own technician, records parts until the order closes.
  const canRecordParts =
    order.status !== 'closed' &&
    order.status !== 'cancelled' &&
    (hasPermission(user.roles, 'workOrders.assign') || order.technician?.id === user.id);
  if (onSite.isPending) return <Skeleton active />;
  if (onSite.isError)
    return <QueryError error={onSite.error} onRetry={() => void onSite.refetch()} />;
  const record = onSite.data;
  const isEmpty =
    [record.visits, record.carRequests, record.parts, record.photos, record.signatures].every(
      (list) => list.length === 0,
    ) &&
    !record.quote &&
    !record.takenBack;
  if (isEmpty)
    return <Typography.Text type="secondary">{t('workOrders.onSite.nothingYet')}</Typography.Text>;
  const section = (title: string, body: React.ReactNode, testId?: string) => (
    <Card size="small" title={title} data-testid={testId}>
      {body}
    </Card>
  );
  return (
    <Flex vertical gap={12} data-testid="on-site-record">
      <ReplacementAdvice order={order} replacement={record.replacement} />
      {record.carRequests.length > 0 &&
        section(
          t('workOrders.car.title'),
          <CarRequestList workOrderId={order.id} requests={record.carRequests} />,
        )}
      {section(t('slip.section.visits'), <VisitList visits={record.visits} />)}
      {section(
        t('slip.section.parts'),
        <Flex vertical gap={8}>
          <PartsTable parts={record.parts} removableFrom={canRecordParts ? order.id : undefined} />
          {canRecordParts && (
            <div>
              <Button
                icon={<PlusOutlined />}
                onClick={() => setAddingPart(true)}
                data-testid="desk-add-part"
              >
                {t('inventory.workOrderParts.add')}
              </Button>
            </div>
          )}
        </Flex>,
      )}
      {canRecordParts && (
        <WorkOrderPartModal
          open={isAddingPart}
          workOrderId={order.id}
          technician={order.technician}
          isCoveredByDefault={order.warranty?.coverage.parts ?? false}
          onClose={() => setAddingPart(false)}
        />
      )}
      {record.quote &&
        section(
          t('workOrders.onSite.quote'),
          <SlipChargesTable
            charges={{
              source: 'quote',
              decision: order.quoteDecision,
              lines: record.quote.lines,
              totals: record.quote.totals,
            }}
          />,
          'quote',
        )}
      {record.takenBack &&
        section(
          `${t('slip.section.takenBack')} · ${t('slip.returnNumber')} ${record.takenBack.number}`,
          <SlipTakenBackTable takenBack={record.takenBack} />,
          'taken-back',
        )}
      {section(t('workOrders.onSite.photos'), <PhotoGallery photos={record.photos} />)}
      {section(t('slip.section.signatures'), <SignatureList signatures={record.signatures} />)}
    </Flex>
  );
}
