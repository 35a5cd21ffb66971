import { Col, Form, Input, Modal, Radio, Row } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { VendorView } from '../../brand-vendor.schemas';
import { installedBaseApi } from '../api/installedBaseApi';
import type { VendorInput } from '../api/inputs';
import { useFormSubmit } from './useFormSubmit';
import { VendorContactsField } from './VendorContactsField';

const blank = (text: string | null | undefined) => text?.trim() || null;
const DEFAULTS: VendorInput = { name: '', kind: 'manufacturer', contacts: [] };

/** Creates a vendor, or edits the one given together with its contacts. */
export function VendorFormModal({
  open,
  vendor,
  onClose,
}: {
  open: boolean;
  vendor?: VendorView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<VendorInput>();
  const save = useFormSubmit<VendorInput, VendorView>(
    form,
    {
      create: installedBaseApi.vendors.create,
      update: vendor ? (body) => installedBaseApi.vendors.update(vendor.id, body) : undefined,
    },
    onClose,
  );
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue(vendor ?? DEFAULTS);
    }
  }, [open, vendor, form]);
  const submit = (v: VendorInput) =>
    save.submit({
      name: v.name.trim(),
      kind: v.kind,
      phone: blank(v.phone),
      email: blank(v.email),
      address: blank(v.address),
      note: blank(v.note),
      contacts: (v.contacts ?? []).map((c) => ({
        ...(c.id ? { id: c.id } : {}),
        name: c.name.trim(),
        phone: blank(c.phone),
        email: blank(c.email),
        title: blank(c.title),
      })),
    });
  return (
    <Modal
      open={open}
      width={760}
      title={vendor ? t('installedBase.vendors.edit') : t('installedBase.vendors.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="vendor" form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item
              name="name"
              label={t('installedBase.vendors.name')}
              rules={[
                { required: true, whitespace: true, message: t('common.required') },
                { max: 120, message: t('common.maxLength', { max: 120 }) },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="kind" label={t('installedBase.vendors.kind')}>
              <Radio.Group
                optionType="button"
                options={(['manufacturer', 'dealer'] as const).map((kind) => ({
                  value: kind,
                  label: t(`installedBase.vendors.kinds.${kind}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="phone"
              label={t('installedBase.phone')}
              rules={[{ pattern: /^[0-9+\-() ]{0,32}$/, message: t('common.phoneInvalid') }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="email"
              label={t('installedBase.email')}
              rules={[{ type: 'email', message: t('installedBase.emailInvalid') }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="address" label={t('installedBase.address')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="note" label={t('installedBase.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <VendorContactsField />
      </Form>
    </Modal>
  );
}
