import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockCountStatus } from '../../inventory.states';

const COLORS: Record<StockCountStatus, string> = {
  open: 'processing',
  posted: 'success',
  cancelled: 'default',
};

export function StockCountStatusTag({ status }: { status: StockCountStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="count-status" data-status={status}>
      {t(`inventory.countStates.${status}`)}
    </Tag>
  );
}
