import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { type BusinessHours, WEEKDAYS } from '../../commitments-content.schemas';

export function BusinessHoursList({ hours }: { hours: BusinessHours }) {
  const { t } = useTranslation();
  return (
    <Descriptions
      size="small"
      column={1}
      items={WEEKDAYS.map((day) => ({
        key: day,
        label: t(`commitments.weekdays.${day}`),
        children:
          hours[day].length === 0
            ? t('commitments.closed')
            : hours[day].map((i) => `${i.start}–${i.end}`).join(' / '),
      }))}
    />
  );
}
