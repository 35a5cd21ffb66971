import { Button, Card, Col, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { CustomerSearchSelect } from '../../../customers/web';
import type { CustomerView } from '../../../customers/customer.schemas';
import type { AssetView } from '../../../installed-base/asset.schemas';
import type { WalkInResult } from '../../service-request.schemas';
import type { WalkInInput } from '../api/intakeApi';
import { useAssetWarranty } from '../hooks/useAssetWarranty';
import { useRecordWalkIn } from '../hooks/useRecordWalkIn';
import { DeviceFinder, assetLabel } from './DeviceFinder';
import { WarrantyPanel } from './WarrantyPanel';

type Urgency = NonNullable<WalkInInput['urgency']>;
const URGENCIES: Urgency[] = ['normal', 'urgent', 'critical'];

interface Values {
  customerId?: string;
  departmentId?: string;
  deviceDescription?: string;
  contactName: string;
  contactPhone: string;
  faultDescription: string;
  itemCondition?: string;
  urgency: Urgency;
}

/** 送修登记: the device by serial (or the customer by hand), who brought it, the fault and the item's state. */
export function WalkInForm({ onDone }: { onDone: (result: WalkInResult) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const showError = useShowError();
  const [asset, setAsset] = useState<AssetView>();
  const [customer, setCustomer] = useState<CustomerView>();
  const warranty = useAssetWarranty(asset?.id);
  const record = useRecordWalkIn();
  const trim = (s?: string) => s?.trim() || undefined;
  const submit = (v: Values) =>
    record.mutate(
      {
        ...(asset
          ? { assetId: asset.id }
          : { customerId: v.customerId, departmentId: v.departmentId }),
        deviceDescription: trim(v.deviceDescription),
        contactName: v.contactName.trim(),
        contactPhone: v.contactPhone.trim(),
        faultDescription: v.faultDescription.trim(),
        itemCondition: trim(v.itemCondition),
        urgency: v.urgency,
      },
      {
        onSuccess: (result) => {
          form.resetFields();
          setAsset(undefined);
          setCustomer(undefined);
          onDone(result);
        },
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Form form={form} layout="vertical" initialValues={{ urgency: 'normal' }} onFinish={submit}>
      <Form.Item label={t('intake.findDevice')}>
        {asset ? (
          <Card size="small" data-testid="picked-device">
            <Flex vertical gap={8}>
              <Typography.Text strong>{assetLabel(asset)}</Typography.Text>
              <Typography.Text>
                {[asset.customer.name, asset.department?.name, asset.location]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              <WarrantyPanel today={warranty.data ?? null} />
              <Button
                type="link"
                style={{ padding: 0, alignSelf: 'start' }}
                onClick={() => setAsset(undefined)}
              >
                {t('intake.clearDevice')}
              </Button>
            </Flex>
          </Card>
        ) : (
          <DeviceFinder onPick={setAsset} />
        )}
      </Form.Item>
      {!asset && (
        <>
          <Typography.Paragraph type="secondary">{t('intake.manualCustomer')}</Typography.Paragraph>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item
                name="customerId"
                label={t('intake.customerLabel')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <CustomerSearchSelect
                  onPick={(picked) => {
                    setCustomer(picked);
                    form.setFieldsValue({ departmentId: undefined });
                  }}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item name="departmentId" label={t('intake.department')}>
                <Select
                  allowClear
                  size="large"
                  disabled={!customer}
                  placeholder={t('intake.departmentPlaceholder')}
                  options={customer?.departments.map((d) => ({ value: d.id, label: d.name }))}
                />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="deviceDescription"
            label={t('intake.deviceDescription')}
            rules={[required, { max: 200, message: t('common.maxLength', { max: 200 }) }]}
          >
            <Input placeholder={t('intake.devicePlaceholder')} />
          </Form.Item>
        </>
      )}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name="contactName"
            label={t('intake.contactName')}
            rules={[required, { max: 50, message: t('common.maxLength', { max: 50 }) }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="contactPhone"
            label={t('intake.contactPhone')}
            rules={[
              required,
              { pattern: /^[0-9+\-() ]{3,32}$/, message: t('common.phoneInvalid') },
            ]}
          >
            <Input type="tel" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="faultDescription"
        label={t('intake.fault')}
        rules={[required, { max: 1400, message: t('common.maxLength', { max: 1400 }) }]}
      >
        <Input.TextArea rows={4} showCount maxLength={1400} />
      </Form.Item>
      <Form.Item
        name="itemCondition"
        label={t('intake.itemCondition')}
        rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
      >
        <Input.TextArea
          rows={2}
          showCount
          maxLength={500}
          placeholder={t('intake.itemConditionPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="urgency" label={t('intake.urgency')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={URGENCIES.map((u) => ({ value: u, label: t(`enums.urgency.${u}`) }))}
        />
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        size="large"
        loading={record.isPending}
        data-testid="walk-in-submit"
      >
        {t('intake.submitWalkIn')}
      </Button>
    </Form>
  );
}
