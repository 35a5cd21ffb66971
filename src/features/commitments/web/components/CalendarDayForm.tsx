import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import { commitmentsApi } from '../api/commitmentsApi';
import { useCalendarMutation } from '../hooks/useCalendar';

interface Values {
  day: Dayjs;
  kind: 'holiday' | 'workday';
  name: string;
}

/** Marks one day as a holiday or a 调休 workday (replacing what it was). */
export function CalendarDayForm({ year }: { year: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const put = useCalendarMutation((v: Values) =>
    commitmentsApi.putDay(v.day.format('YYYY-MM-DD'), { kind: v.kind, name: v.name.trim() }),
  );
  const submit = (values: Values) =>
    put.mutate(values, {
      onSuccess: () => {
        void message.success(t('common.saved'));
        form.resetFields(['day', 'name']);
      },
      onError: showError,
    });
  return (
    <Form
      name="calendar-day"
      form={form}
      layout="inline"
      initialValues={{ kind: 'holiday' }}
      onFinish={submit}
      style={{ rowGap: 8 }}
    >
      <Form.Item
        name="day"
        label={t('commitments.day')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker
          disabledDate={(d) => d.year() !== year}
          placeholder={t('commitments.pickDay')}
        />
      </Form.Item>
      <Form.Item name="kind" label={t('commitments.dayKind')}>
        <Select
          style={{ width: 140 }}
          options={(['holiday', 'workday'] as const).map((k) => ({
            value: k,
            label: t(`commitments.kinds.${k}`),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="name"
        label={t('commitments.dayName')}
        rules={[
          { required: true, whitespace: true, message: t('common.required') },
          { max: 40, message: t('common.maxLength', { max: 40 }) },
        ]}
      >
        <Input placeholder={t('commitments.dayNamePlaceholder')} style={{ width: 180 }} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={put.isPending}>
          {t('commitments.addDay')}
        </Button>
      </Form.Item>
    </Form>
  );
}
