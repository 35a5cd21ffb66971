import { Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ASSET_STATUS_VALUES, type AssetView } from '../../asset.schemas';
import { installedBaseApi } from '../api/installedBaseApi';
import type { AssetInput } from '../api/inputs';
import { useCustomerDepartments } from '../hooks/useCustomerDepartments';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import { CustomerSearchSelect } from '../../../customers/web';
import { ModelSelect, PolicySelect } from './ReferenceSelects';
import { useFormSubmit } from './useFormSubmit';

type Values = Omit<AssetInput, 'purchasedOn' | 'installedOn' | 'purchasePriceCents'> & {
  purchasedOn?: Dayjs | null;
  installedOn?: Dayjs | null;
  purchasePriceYuan?: number | null;
};

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : null);
const blank = (text: string | null | undefined) => text?.trim() || null;

/** Registers a unit, or edits the one given (sent with the version it was read at). */
export function AssetFormModal({
  open,
  asset,
  onClose,
}: {
  open: boolean;
  asset?: AssetView;
  onClose: (saved?: AssetView) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const departments = useCustomerDepartments(customerId);
  const save = useFormSubmit<AssetInput, AssetView>(
    form,
    {
      create: installedBaseApi.assets.create,
      update: asset
        ? (body) => installedBaseApi.assets.update(asset.id, { ...body, version: asset.version })
        : undefined,
    },
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      asset
        ? {
            ...asset,
            modelId: asset.model.id,
            customerId: asset.customer.id,
            departmentId: asset.department?.id ?? null,
            warrantyPolicyId: asset.warrantyPolicy?.id ?? null,
            purchasedOn: asset.purchasedOn ? dayjs(asset.purchasedOn) : null,
            installedOn: asset.installedOn ? dayjs(asset.installedOn) : null,
            purchasePriceYuan: centsToYuan(asset.purchasePriceCents),
          }
        : { status: 'in_service' },
    );
  }, [open, asset, form]);
  const submit = ({ purchasePriceYuan, ...v }: Values) =>
    save.submit({
      serialNumber: v.serialNumber.trim(),
      modelId: v.modelId,
      customerId: v.customerId,
      departmentId: v.departmentId ?? null,
      location: blank(v.location),
      purchasedOn: day(v.purchasedOn),
      installedOn: day(v.installedOn),
      warrantyPolicyId: v.warrantyPolicyId ?? null,
      purchasePriceCents: yuanToCents(purchasePriceYuan),
      lat: v.lat ?? null,
      lng: v.lng ?? null,
      status: v.status,
      note: blank(v.note),
    });
  const required = { required: true, message: t('common.required') };
  const bothOrNeither = (other: 'lat' | 'lng') => ({
    validator: (_: unknown, value: number | null | undefined) =>
      (value == null) === (form.getFieldValue(other) == null)
        ? Promise.resolve()
        : Promise.reject(new Error(t('installedBase.assets.coordinatesBoth'))),
  });
  return (
    <Modal
      open={open}
      width={760}
      title={asset ? t('installedBase.assets.edit') : t('installedBase.assets.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={() => onClose()}
      forceRender
    >
      <Form name="asset" form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="modelId" label={t('installedBase.assets.model')} rules={[required]}>
              <ModelSelect
                current={
                  asset && {
                    id: asset.model.id,
                    name: `${asset.model.brandName} ${asset.model.code} ${asset.model.name}`,
                  }
                }
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="serialNumber"
              label={t('installedBase.assets.serialNumber')}
              rules={[
                { ...required, whitespace: true },
                { max: 80, message: t('common.maxLength', { max: 80 }) },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="customerId"
              label={t('installedBase.assets.customer')}
              rules={[required]}
            >
              <CustomerSearchSelect
                size="middle"
                current={asset?.customer}
                onChange={() => form.setFieldValue('departmentId', null)}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label={t('installedBase.assets.department')}>
              <Select
                allowClear
                disabled={!customerId}
                loading={departments.isFetching}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="location" label={t('installedBase.assets.location')}>
              <Input maxLength={200} placeholder={t('installedBase.assets.locationPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="status" label={t('installedBase.assets.status')} rules={[required]}>
              <Select
                options={ASSET_STATUS_VALUES.map((s) => ({
                  value: s,
                  label: t(`installedBase.assetStatus.${s}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="purchasedOn" label={t('installedBase.assets.purchasedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item name="installedOn" label={t('installedBase.assets.installedOn')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="purchasePriceYuan" label={t('installedBase.assets.purchasePrice')}>
              <InputNumber
                min={0}
                max={100_000_000}
                precision={2}
                prefix="¥"
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="warrantyPolicyId"
              label={t('installedBase.assets.warrantyPolicy')}
              extra={t('installedBase.assets.warrantyPolicyHint')}
            >
              <PolicySelect allowClear current={asset?.warrantyPolicy} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="lat"
              label={t('installedBase.assets.lat')}
              extra={t('installedBase.assets.coordinatesHint')}
              dependencies={['lng']}
              rules={[bothOrNeither('lng')]}
            >
              <InputNumber min={-90} max={90} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={6}>
            <Form.Item
              name="lng"
              label={t('installedBase.assets.lng')}
              dependencies={['lat']}
              rules={[bothOrNeither('lat')]}
            >
              <InputNumber min={-180} max={180} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('installedBase.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
