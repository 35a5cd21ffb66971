import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PublicDeviceView } from '../../public-report.schemas';

const COLORS = {
  replacement: 'green',
  repair: 'blue',
  contract: 'cyan',
  expired: 'default',
  unknown: 'default',
} as const;

export function WarrantyTag({ warranty }: { warranty: PublicDeviceView['warranty'] }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[warranty.state]} data-testid="warranty-tag">
      {t(`publicReport.warrantyState.${warranty.state}`)}
      {warranty.endsOn && ` ${t('publicReport.warrantyEnds', { date: warranty.endsOn })}`}
    </Tag>
  );
}
