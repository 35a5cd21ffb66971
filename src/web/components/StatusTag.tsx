import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../features/work-orders/work-order.states';

const COLORS: Record<WorkOrderStatus, string> = {
  new: 'gold',
  assigned: 'processing',
  scheduled: 'processing',
  en_route: 'cyan',
  on_site: 'cyan',
  confirmed: 'blue',
  awaiting_approval: 'orange',
  awaiting_revisit: 'orange',
  replacement_advised: 'volcano',
  resolved: 'lime',
  taken_back: 'purple',
  closed: 'success',
  cancelled: 'default',
};

export function StatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="status-tag" data-status={status}>
      {t(`enums.status.${status}`)}
    </Tag>
  );
}
