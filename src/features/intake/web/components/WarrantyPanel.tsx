import { Alert, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarrantyStatusView } from '../../../warranty/warranty.schemas';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import { warrantyEndText } from './warrantyEndText';

const TYPES = {
  replacement: 'success',
  repair: 'info',
  contract: 'info',
  expired: 'error',
  unknown: 'warning',
} as const;

/** The warranty shown prominently where a decision depends on it (convert, walk-in). */
export function WarrantyPanel({
  today,
  atIntake,
}: {
  today: WarrantyStatusView | null;
  atIntake?: WarrantyStatusView | null;
}) {
  const { t } = useTranslation();
  const shown = today ?? atIntake ?? null;
  return (
    <Alert
      type={TYPES[shown?.state ?? 'unknown']}
      showIcon
      data-testid="warranty-panel"
      title={
        <Flex gap={8} wrap align="center">
          <Typography.Text strong>{t('intake.warrantyToday')}</Typography.Text>
          <WarrantyTag warranty={shown} />
          <Typography.Text type="secondary">
            {shown ? warrantyEndText(shown, t) : t('intake.warrantyNone')}
          </Typography.Text>
        </Flex>
      }
      description={
        atIntake !== undefined &&
        atIntake?.state !== today?.state && (
          <Flex gap={8} align="center">
            {t('intake.warrantyAtIntake')}
            <WarrantyTag warranty={atIntake} />
          </Flex>
        )
      }
    />
  );
}
