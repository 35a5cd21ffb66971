import { InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Business minutes entered as hours and minutes; the value stays minutes. */
export function DurationInput({
  id,
  value,
  onChange,
}: {
  id?: string;
  value?: number;
  onChange?: (minutes: number) => void;
}) {
  const { t } = useTranslation();
  const hours = value === undefined ? undefined : Math.floor(value / 60);
  const minutes = value === undefined ? undefined : value % 60;
  const emit = (h: number | null | undefined, m: number | null | undefined) =>
    onChange?.((h ?? 0) * 60 + (m ?? 0));
  return (
    <Space.Compact>
      <InputNumber
        id={id}
        aria-label={t('commitments.hoursUnit')}
        min={0}
        max={2160}
        precision={0}
        value={hours}
        onChange={(h) => emit(h, minutes)}
        suffix={t('commitments.hoursUnit')}
        style={{ width: 96 }}
      />
      <InputNumber
        aria-label={t('commitments.minutesUnit')}
        min={0}
        max={59}
        precision={0}
        value={minutes}
        onChange={(m) => emit(hours, m)}
        suffix={t('commitments.minutesUnit')}
        style={{ width: 88 }}
      />
    </Space.Compact>
  );
}
