import { App, Button, Divider, Flex, Form, InputNumber, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../web/api/ApiError';
import { useShowError } from '../../../../web/api/useShowError';
import type { CommitmentsView } from '../../commitments.schemas';
import { type CommitmentsFormValues, fromFormValues, toFormValues } from '../commitmentsFormValues';
import { useSaveCommitments } from '../hooks/useCommitments';
import { BusinessHoursEditor } from './BusinessHoursEditor';
import { LimitsGridEditor } from './LimitsGridEditor';
import { PromisesEditor } from './PromisesEditor';
import { ZonesEditor } from './ZonesEditor';

const CADENCES = ['replacement', 'repair', 'urgent'] as const;

/** The whole 服务承诺 document in one form, saved against the version it was read at. */
export function CommitmentsForm({
  view,
  canManage,
  onConflict,
}: {
  view: CommitmentsView;
  canManage: boolean;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<CommitmentsFormValues>();
  const save = useSaveCommitments();
  useEffect(() => form.setFieldsValue(toFormValues(view.content)), [form, view]);
  const submit = () =>
    save.mutate(
      {
        version: view.version,
        content: fromFormValues(form.getFieldsValue(true) as CommitmentsFormValues),
      },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (error) => {
          showError(error);
          if (error instanceof ApiError && error.status === 409) onConflict();
        },
      },
    );
  const section = (title: string) => (
    <Divider titlePlacement="start" style={{ marginTop: 24 }}>
      {title}
    </Divider>
  );
  return (
    <Form
      name="commitments"
      form={form}
      layout="vertical"
      disabled={!canManage}
      onFinish={submit}
      onFinishFailed={() => void message.error(t('commitments.fixErrors'))}
    >
      {section(t('commitments.zones'))}
      <ZonesEditor />
      {section(t('commitments.limits'))}
      <Typography.Paragraph type="secondary">{t('commitments.limitsHint')}</Typography.Paragraph>
      <LimitsGridEditor />
      {section(t('commitments.cadences'))}
      <Space wrap size="large">
        {CADENCES.map((cadence) => (
          <Form.Item
            key={cadence}
            name={['chaseCadenceDays', cadence]}
            label={t(`commitments.cadence.${cadence}`)}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <InputNumber min={1} max={90} precision={0} suffix={t('commitments.daysUnit')} />
          </Form.Item>
        ))}
        <Form.Item
          name="customerNoticeDays"
          label={t('commitments.customerNoticeDays')}
          tooltip={t('commitments.customerNoticeHint')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <InputNumber min={1} max={90} precision={0} suffix={t('commitments.daysUnit')} />
        </Form.Item>
      </Space>
      {section(t('commitments.businessHours'))}
      <BusinessHoursEditor />
      {section(t('commitments.promises'))}
      <PromisesEditor />
      {canManage && (
        <Flex justify="end" style={{ marginTop: 24 }}>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Flex>
      )}
    </Form>
  );
}
