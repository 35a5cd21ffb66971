import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LoanerStatus } from '../../inventory.states';

const COLORS: Record<LoanerStatus, string> = {
  available: 'success',
  lent: 'processing',
  retired: 'default',
};

export function LoanerStatusTag({ status }: { status: LoanerStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="loaner-status" data-status={status}>
      {t(`inventory.loanerStates.${status}`)}
    </Tag>
  );
}
