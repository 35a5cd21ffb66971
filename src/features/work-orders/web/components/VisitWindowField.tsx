import { DatePicker, Form } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

export type VisitRange = [Dayjs, Dayjs];

/** The order's visit window as the picker shows it; none when no window is set yet. */
export const toVisitRange = (
  window: { start: string; end: string } | null,
): VisitRange | undefined => (window ? [dayjs(window.start), dayjs(window.end)] : undefined);

/** The picked range as the API takes it. */
export const fromVisitRange = ([start, end]: VisitRange) => ({
  start: start.format(),
  end: end.format(),
});

/** The form's `range` field: the visit's start and end, to five minutes. */
export function VisitWindowField({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name="range"
      label={label}
      rules={[{ required: true, message: t('common.required') }]}
    >
      <DatePicker.RangePicker
        showTime={{ format: 'HH:mm', minuteStep: 5 }}
        format="YYYY-MM-DD HH:mm"
        style={{ width: '100%' }}
      />
    </Form.Item>
  );
}
