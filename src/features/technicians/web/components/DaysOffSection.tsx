import { Button, DatePicker, Flex, Form, Input, Popconfirm } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { RowList } from '../../../../web/components/RowList';
import type { TechnicianProfileView } from '../../technician-profile.schemas';
import { techniciansApi } from '../api/techniciansApi';
import { useProfileMutation } from '../hooks/useProfileMutation';

/** Upcoming days off; past ones drop out of the profile by themselves. */
export function DaysOffSection({
  profile,
  canManage,
}: {
  profile: TechnicianProfileView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ day: Dayjs; reason: string }>();
  const showError = useShowError();
  const add = useProfileMutation((body: { day: string; reason: string }) =>
    techniciansApi.addDayOff(profile.userId, body),
  );
  const remove = useProfileMutation((day: string) =>
    techniciansApi.removeDayOff(profile.userId, day),
  );
  const required = { required: true, whitespace: true, message: t('common.required') };
  const weekday = (day: string) =>
    t(`technicians.weekdays.d${dayjs(day).day() || 7}` as 'technicians.weekdays.d1');
  return (
    <>
      <RowList
        items={profile.daysOff}
        rowKey={(d) => d.day}
        emptyText={t('technicians.noDaysOff')}
        renderRow={(d) => (
          <Flex justify="space-between" align="center">
            <span>
              {d.day} {weekday(d.day)} · {d.reason}
            </span>
            {canManage && (
              <Popconfirm
                title={t('technicians.removeDayOffConfirm', { day: d.day })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() => remove.mutateAsync(d.day).catch(showError)}
              >
                <Button type="link" danger>
                  {t('technicians.removeDayOff')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      />
      {canManage && (
        <Form
          name="add-day-off"
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          onFinish={(v) =>
            add.mutate(
              { day: v.day.format('YYYY-MM-DD'), reason: v.reason.trim() },
              {
                onSuccess: () => form.resetFields(),
                onError: (error) => applyFieldErrors(form, error) || showError(error),
              },
            )
          }
        >
          <Flex gap={8} wrap align="end">
            <Form.Item
              name="day"
              label={t('technicians.day')}
              rules={[{ required: true, message: t('common.required') }]}
            >
              <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
            <Form.Item
              name="reason"
              label={t('technicians.reason')}
              rules={[required, { max: 200 }]}
            >
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item>
              <Button htmlType="submit" loading={add.isPending}>
                {t('technicians.addDayOff')}
              </Button>
            </Form.Item>
          </Flex>
        </Form>
      )}
    </>
  );
}
