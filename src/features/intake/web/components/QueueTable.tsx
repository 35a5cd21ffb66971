import { Button, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { ServiceRequestListItem } from '../../service-request.schemas';
import type { QueueParams } from '../api/intakeApi';
import { ChannelTag } from './ChannelTag';
import { RequestDetails } from './RequestDetails';
import { RequestPhotos } from './RequestPhotos';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';

export type QueueAction = 'convert' | 'merge' | 'reject';

interface Props {
  params: QueueParams;
  items: ServiceRequestListItem[];
  total: number;
  isLoading: boolean;
  canDecide: boolean;
  onChange: (change: Partial<QueueParams>) => void;
  onAction: (action: QueueAction, item: ServiceRequestListItem) => void;
}

/** The queue, newest first; a row expands to the whole report. Paging is on the server. */
export function QueueTable({
  params,
  items,
  total,
  isLoading,
  canDecide,
  onChange,
  onAction,
}: Props) {
  const { t } = useTranslation();
  const columns: TableProps<ServiceRequestListItem>['columns'] = [
    {
      title: t('intake.number'),
      key: 'number',
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Space size={4}>
            <ChannelTag channel={r.channel} />
            <span>{r.number}</span>
            {r.urgency !== 'normal' && <UrgencyTag urgency={r.urgency} />}
          </Space>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(r.createdAt)}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: t('intake.customer'),
      key: 'customer',
      width: 200,
      ellipsis: true,
      render: (_, r) => [r.customer.name, r.department?.name].filter(Boolean).join(' · '),
    },
    {
      title: t('intake.warrantyToday'),
      key: 'warranty',
      render: (_, r) => (
        <Space size={4} wrap>
          <WarrantyTag warranty={r.warrantyToday ?? r.warrantyAtIntake} />
          {r.warrantyToday && r.warrantyAtIntake?.state !== r.warrantyToday.state && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('intake.warrantyAtIntake')}:{' '}
              {t(`enums.warranty.${r.warrantyAtIntake?.state ?? 'unknown'}`)}
            </Typography.Text>
          )}
        </Space>
      ),
    },
    {
      title: t('intake.duplicates'),
      key: 'duplicates',
      render: (_, r) =>
        r.duplicates.length > 0 && (
          <Tooltip title={r.duplicates.map((d) => d.number).join('、')}>
            <Tag color="orange" data-testid="duplicates-badge">
              {t('intake.duplicatesCount', { count: r.duplicates.length })}
            </Tag>
          </Tooltip>
        ),
    },
    {
      title: t('intake.device'),
      key: 'device',
      width: 180,
      ellipsis: true,
      render: (_, r) =>
        r.asset
          ? `${r.asset.modelName} ${r.asset.modelCode} · ${r.asset.serialNumber}`
          : r.deviceDescription,
    },
    { title: t('intake.fault'), dataIndex: 'faultDescription', width: 160, ellipsis: true },
    {
      title: t('intake.photos'),
      key: 'photos',
      responsive: ['lg'],
      render: (_, r) => <RequestPhotos requestId={r.id} photoIds={r.photoIds} />,
    },
  ];
  if (canDecide)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, r) =>
        r.status === 'received' && (
          <Space size={4} onClick={(event) => event.stopPropagation()}>
            <Button
              type="primary"
              size="small"
              onClick={() => onAction('convert', r)}
              data-testid="convert"
            >
              {t('intake.convert')}
            </Button>
            <Button size="small" onClick={() => onAction('merge', r)} data-testid="merge">
              {t('intake.merge')}
            </Button>
            <Button size="small" danger onClick={() => onAction('reject', r)} data-testid="reject">
              {t('intake.reject')}
            </Button>
          </Space>
        ),
    });
  return (
    <Table<ServiceRequestListItem>
      rowKey="id"
      columns={columns}
      dataSource={items}
      loading={isLoading}
      scroll={{ x: 'max-content' }}
      expandable={{ expandedRowRender: (r) => <RequestDetails item={r} />, expandRowByClick: true }}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total,
        showSizeChanger: true,
        showTotal: (count) => t('common.total', { total: count }),
      }}
      onChange={(pagination) =>
        onChange({
          page: pagination.current ?? 1,
          pageSize: pagination.pageSize ?? params.pageSize,
        })
      }
      data-testid="intake-queue"
    />
  );
}
