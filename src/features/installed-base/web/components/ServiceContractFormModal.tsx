import { Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceContractView } from '../../service-contract.schemas';
import { installedBaseApi } from '../api/installedBaseApi';
import type { ContractInput } from '../api/inputs';
import { useAssets } from '../hooks/queries';
import { CustomerSearchSelect } from '../../../customers/web';
import { useFormSubmit } from './useFormSubmit';

type Values = Omit<ContractInput, 'startsOn' | 'endsOn'> & { period: [Dayjs, Dayjs] };
const COVERS = ['coversParts', 'coversLabour', 'coversTravel'] as const;
const COVER_KEYS = {
  coversParts: 'parts',
  coversLabour: 'labour',
  coversTravel: 'travel',
} as const;

/** Creates a contract, or edits the one given; it lists units of its own customer only. */
export function ServiceContractFormModal({
  open,
  contract,
  onClose,
}: {
  open: boolean;
  contract?: ServiceContractView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const assets = useAssets({ customerId, page: 1, pageSize: 100 }, Boolean(customerId));
  const save = useFormSubmit<ContractInput, ServiceContractView>(
    form,
    {
      create: installedBaseApi.contracts.create,
      update: contract ? (body) => installedBaseApi.contracts.update(contract.id, body) : undefined,
    },
    onClose,
  );
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      contract
        ? {
            ...contract,
            customerId: contract.customer.id,
            period: [dayjs(contract.startsOn), dayjs(contract.endsOn)],
            assetIds: contract.assets.map((a) => a.id),
          }
        : { coversParts: true, coversLabour: true, coversTravel: true, assetIds: [] },
    );
  }, [open, contract, form]);
  const submit = ({ period, ...v }: Values) =>
    save.submit({
      number: v.number.trim(),
      customerId: v.customerId,
      startsOn: period[0].format('YYYY-MM-DD'),
      endsOn: period[1].format('YYYY-MM-DD'),
      coversParts: Boolean(v.coversParts),
      coversLabour: Boolean(v.coversLabour),
      coversTravel: Boolean(v.coversTravel),
      note: v.note?.trim() || null,
      assetIds: v.assetIds ?? [],
    });
  const listed = contract?.assets ?? [];
  const options = [
    ...(assets.data?.items ?? []).map((a) => ({
      value: a.id,
      label: `${a.serialNumber} · ${a.model.code} ${a.model.name}`,
    })),
    ...listed
      .filter((a) => !assets.data?.items.some((x) => x.id === a.id))
      .map((a) => ({ value: a.id, label: `${a.serialNumber} · ${a.modelName}` })),
  ];
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={open}
      width={680}
      title={contract ? t('installedBase.contracts.edit') : t('installedBase.contracts.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="service-contract" form={form} layout="vertical" onFinish={submit}>
        <Row gutter={12}>
          <Col xs={24} sm={10}>
            <Form.Item
              name="number"
              label={t('installedBase.contracts.number')}
              rules={[
                { ...required, whitespace: true },
                { max: 60, message: t('common.maxLength', { max: 60 }) },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item
              name="customerId"
              label={t('installedBase.assets.customer')}
              rules={[required]}
            >
              <CustomerSearchSelect
                size="middle"
                current={contract?.customer}
                onChange={() => form.setFieldValue('assetIds', [])}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="period" label={t('installedBase.contracts.period')} rules={[required]}>
          <DatePicker.RangePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label={t('installedBase.contracts.covers')}>
          <Row>
            {COVERS.map((field) => (
              <Col key={field}>
                <Form.Item name={field} valuePropName="checked" noStyle>
                  <Checkbox>{t(`installedBase.covers.${COVER_KEYS[field]}`)}</Checkbox>
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Form.Item>
        <Form.Item
          name="assetIds"
          label={t('installedBase.contracts.assets')}
          extra={t('installedBase.contracts.assetsHint')}
        >
          <Select
            mode="multiple"
            disabled={!customerId}
            loading={assets.isFetching}
            optionFilterProp="label"
            options={options}
          />
        </Form.Item>
        <Form.Item name="note" label={t('installedBase.note')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
