import { Button, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { CustomerSearchSelect } from '../../../customers/web';
import { CustomerDeviceSelect } from '../../../installed-base/web';
import type { CustomerView } from '../../../customers/customer.schemas';
import { URGENCIES, type HotlineCallView, type Urgency } from '../../hotline-call.schemas';
import { useCreateHotlineCall } from '../hooks/useCreateHotlineCall';
import { CallerFields } from './CallerFields';
import { CategorySelect } from './CategorySelect';

interface Values {
  customerId: string;
  departmentId?: string;
  assetId?: string;
  callerName: string;
  callerPhone: string;
  deviceDescription: string;
  categoryId?: string;
  faultDescription: string;
  urgency: Urgency;
  receivedAt?: Dayjs;
}

/** 电话派工记录: written while the customer is on the line, so it is fast to fill by keyboard. */
export function HotlineCallForm({ onCreated }: { onCreated: (call: HotlineCallView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const [customer, setCustomer] = useState<CustomerView>();
  const create = useCreateHotlineCall();
  const departmentId = Form.useWatch('departmentId', form);
  const submit = (values: Values) =>
    create.mutate(
      {
        ...values,
        callerName: values.callerName.trim(),
        callerPhone: values.callerPhone.trim(),
        deviceDescription: values.deviceDescription.trim(),
        faultDescription: values.faultDescription.trim(),
        // Left out when not picked: the server stamps "now", and a retry keeps the same body (and key).
        receivedAt: values.receivedAt?.format(),
      },
      {
        onSuccess: (call) => {
          form.resetFields();
          setCustomer(undefined);
          onCreated(call);
        },
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Form
      name="hotline-call"
      form={form}
      layout="vertical"
      initialValues={{ urgency: 'normal' }}
      onFinish={submit}
      data-testid="hotline-form"
    >
      <Form.Item
        name="customerId"
        label={t('hotline.customer')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <CustomerSearchSelect
          onPick={(picked) => {
            setCustomer(picked);
            form.setFieldsValue({ departmentId: undefined, assetId: undefined });
          }}
        />
      </Form.Item>
      <CallerFields customer={customer} />
      <Form.Item name="assetId" label={t('hotline.asset')}>
        <CustomerDeviceSelect
          customerId={customer?.id}
          departmentId={departmentId}
          onChange={(assetId, asset) => {
            form.setFieldsValue({ assetId });
            if (asset)
              form.setFieldsValue({
                deviceDescription: `${asset.model.brandName} ${asset.model.name} SN:${asset.serialNumber}`,
                ...(asset.department ? { departmentId: asset.department.id } : {}),
              });
          }}
        />
      </Form.Item>
      <Form.Item
        name="deviceDescription"
        label={t('hotline.deviceDescription')}
        rules={[required, { max: 200, message: t('common.maxLength', { max: 200 }) }]}
      >
        <Input placeholder={t('hotline.devicePlaceholder')} />
      </Form.Item>
      <Form.Item name="categoryId" label={t('dispatch.productCategory')}>
        <CategorySelect />
      </Form.Item>
      <Form.Item
        name="faultDescription"
        label={t('hotline.faultDescription')}
        rules={[required, { max: 2000, message: t('common.maxLength', { max: 2000 }) }]}
      >
        <Input.TextArea rows={4} showCount maxLength={2000} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="urgency" label={t('hotline.urgency')}>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={URGENCIES.map((urgency) => ({
                value: urgency,
                label: t(`enums.urgency.${urgency}`),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="receivedAt" label={t('hotline.receivedAt')}>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              placeholder={t('hotline.receivedAtNow')}
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        loading={create.isPending}
        data-testid="hotline-submit"
      >
        {t('hotline.submit')}
      </Button>
    </Form>
  );
}
