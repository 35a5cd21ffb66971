import { Button, Checkbox, Flex, Form, Input, InputNumber, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { TechnicianProfileView } from '../../technician-profile.schemas';
import { techniciansApi, type ProfileInput } from '../api/techniciansApi';
import { useProfileMutation } from '../hooks/useProfileMutation';

interface Values {
  baseLabel?: string;
  baseLat: number | null;
  baseLng: number | null;
  shiftStart: Dayjs;
  shiftEnd: Dayjs;
  workDays: number[];
}

const atMinutes = (minutes: number) => dayjs().startOf('day').add(minutes, 'minute');
const toValues = (p: TechnicianProfileView): Values => ({
  baseLabel: p.baseLabel ?? undefined,
  baseLat: p.baseLat,
  baseLng: p.baseLng,
  shiftStart: atMinutes(p.shiftStart),
  shiftEnd: atMinutes(p.shiftEnd),
  workDays: p.workDays,
});

/** Base (label and coordinates), shift and working days. */
export function ProfileForm({
  profile,
  canManage,
}: {
  profile: TechnicianProfileView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const save = useProfileMutation((body: ProfileInput) =>
    techniciansApi.updateProfile(profile.userId, body),
  );
  useEffect(() => form.setFieldsValue(toValues(profile)), [form, profile]);
  const submit = (v: Values) =>
    save.mutate(
      {
        baseLabel: v.baseLabel?.trim() || null,
        baseLat: v.baseLat ?? null,
        baseLng: v.baseLng ?? null,
        shiftStart: v.shiftStart.format('HH:mm'),
        shiftEnd: v.shiftEnd.format('HH:mm'),
        workDays: v.workDays,
      },
      { onError: (error) => applyFieldErrors(form, error) || showError(error) },
    );
  const required = { required: true, message: t('common.required') };
  const days = [1, 2, 3, 4, 5, 6, 7].map((d) => ({
    value: d,
    label: t(`technicians.weekdays.d${d}` as 'technicians.weekdays.d1'),
  }));
  return (
    <Form
      name="technician-profile"
      form={form}
      layout="vertical"
      disabled={!canManage}
      onFinish={submit}
    >
      <Form.Item name="baseLabel" label={t('technicians.baseLabel')} rules={[{ max: 120 }]}>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="baseLat" label={t('technicians.baseLat')}>
          <InputNumber min={-90} max={90} step={0.001} precision={6} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item
          name="baseLng"
          label={t('technicians.baseLng')}
          dependencies={['baseLat']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, lng: number | null) =>
                ((getFieldValue('baseLat') ?? null) === null) ===
                (lng === null || lng === undefined)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('technicians.bothCoordinates'))),
            }),
          ]}
        >
          <InputNumber min={-180} max={180} step={0.001} precision={6} style={{ width: 160 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap>
        <Form.Item name="shiftStart" label={t('technicians.shiftStart')} rules={[required]}>
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
        <Form.Item
          name="shiftEnd"
          label={t('technicians.shiftEnd')}
          dependencies={['shiftStart']}
          rules={[
            required,
            ({ getFieldValue }) => ({
              validator: (_, end: Dayjs | null) => {
                const start = getFieldValue('shiftStart') as Dayjs | null;
                return !start || !end || end.isAfter(start)
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('technicians.shiftOrder')));
              },
            }),
          ]}
        >
          <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="workDays"
        label={t('technicians.workDays')}
        rules={[{ ...required, type: 'array', min: 1 }]}
      >
        <Checkbox.Group options={days} />
      </Form.Item>
      {canManage && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
