import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '../../features/work-orders/work-order.states';

const COLORS: Record<WorkOrderStatus, string> = {
  new: 'gold',
  assigned: 'processing',
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
