import { App, Button, Card, Descriptions, Flex, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useShowError } from '../../../../web/api/useShowError';
import { UrgencyTag } from '../../../../web/components/UrgencyTag';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { TechnicianSelect } from '../../../accounts/web';
import { useCreateWorkOrder } from '../../../work-orders/web';
import type { HotlineCallView } from '../../hotline-call.schemas';

/** The logged call, and the one step left: turn it into a work order, with a technician if known. */
export function CreateWorkOrderPanel({
  call,
  onDone,
}: {
  call: HotlineCallView;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const showError = useShowError();
  const [technicianId, setTechnicianId] = useState<string>();
  const create = useCreateWorkOrder();
  const submit = () =>
    create.mutate(
      { hotlineCallId: call.id, ...(technicianId ? { technicianId } : {}) },
      {
        onSuccess: (order) => {
          void message.success(t('hotline.workOrderCreated', { number: order.number }));
          void navigate(`/work-orders/${order.id}`);
        },
        onError: showError,
      },
    );
  return (
    <Card title={t('hotline.callRecorded')} data-testid="created-call">
      <Descriptions column={{ xs: 1, md: 2 }} size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('hotline.customer')}>
          {[call.customer.name, call.department?.name].filter(Boolean).join(' · ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.callerName')}>
          {call.callerName} {call.callerPhone}
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.deviceDescription')}>
          {call.deviceDescription}
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.urgency')}>
          <UrgencyTag urgency={call.urgency} />
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.faultDescription')} span="filled">
          {call.faultDescription}
        </Descriptions.Item>
        <Descriptions.Item label={t('hotline.receivedAt')}>
          {formatDateTime(call.receivedAt)}
        </Descriptions.Item>
      </Descriptions>
      <Form layout="vertical">
        <Form.Item label={t('hotline.technicianOptional')} htmlFor="create-technician">
          <TechnicianSelect
            id="create-technician"
            allowClear
            size="large"
            value={technicianId}
            onChange={setTechnicianId}
          />
        </Form.Item>
      </Form>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          size="large"
          loading={create.isPending}
          onClick={submit}
          data-testid="create-work-order"
        >
          {t('hotline.createWorkOrder')}
        </Button>
        <Button size="large" onClick={onDone}>
          {t('hotline.newCall')}
        </Button>
      </Flex>
    </Card>
  );
}
