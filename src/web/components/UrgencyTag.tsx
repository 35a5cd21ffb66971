import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../features/hotline/hotline-call.schemas';

const COLORS: Record<Urgency, string> = { normal: 'default', urgent: 'orange', critical: 'red' };

export function UrgencyTag({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[urgency]}>{t(`enums.urgency.${urgency}`)}</Tag>;
}
