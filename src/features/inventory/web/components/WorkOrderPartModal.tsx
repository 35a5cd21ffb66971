import { Alert, Form, Input, InputNumber, Modal, Segmented, Skeleton, Switch } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import { inventoryApi } from '../api/inventoryApi';
import { usePart } from '../hooks/queries';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { useTechnicianVanStock } from '../hooks/useVanStock';
import { vanPartRequest, type WorkOrderPartRequest } from '../lib/workOrderPart';
import { VanPartFields, type VanPartValues } from './VanPartFields';

interface Values extends VanPartValues {
  name?: string;
  partNumber?: string;
  unitYuan?: number | null;
  covered: boolean;
}

type Source = 'van' | 'manual';

/**
 * The desk adds a part used on a job for the technician: out of the technician's van (the
 * stock goes down when it is saved), or typed in by hand for a part from elsewhere.
 */
export function WorkOrderPartModal({
  open,
  workOrderId,
  technician,
  isCoveredByDefault,
  onClose,
}: {
  open: boolean;
  workOrderId: string;
  technician: { id: string; name: string } | null;
  isCoveredByDefault: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const stock = useTechnicianVanStock(open ? technician?.id : undefined);
  const [chosen, setChosen] = useState<Source>();
  const source: Source = chosen ?? (stock.rows.length > 0 ? 'van' : 'manual');
  const partId = Form.useWatch('partId', form);
  const row = stock.rows.find((r) => r.part.id === partId);
  const catalogueCents = usePart(source === 'van' ? partId : undefined).data?.priceCents;
  useEffect(() => {
    if (catalogueCents !== undefined && !form.isFieldTouched('unitYuan'))
      form.setFieldValue('unitYuan', centsToYuan(catalogueCents));
  }, [catalogueCents, partId, form]);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ quantity: 1, covered: isCoveredByDefault });
    setChosen(undefined);
  }, [open, isCoveredByDefault, form]);
  const save = useFormSubmit(
    form,
    (body: WorkOrderPartRequest, key: string) =>
      inventoryApi.workOrderParts.add(workOrderId, body, key),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['workOrder', workOrderId] });
      onClose();
    },
    t('inventory.workOrderParts.added'),
  );
  const send = (v: Values) => {
    if (source === 'van' && row)
      return save.submit(vanPartRequest(row.part, v, yuanToCents(v.unitYuan), v.covered));
    save.submit({
      name: (v.name ?? '').trim(),
      ...(v.partNumber?.trim() ? { partNumber: v.partNumber.trim() } : {}),
      quantity: v.quantity ?? 1,
      unitPriceCents: yuanToCents(v.unitYuan ?? 0),
      covered: v.covered,
    });
  };
  const required = { required: true, message: t('common.required') };
  const notice = !technician
    ? t('inventory.workOrderParts.noTechnician')
    : stock.van === null
      ? t('inventory.workOrderParts.noVan')
      : undefined;
  return (
    <Modal
      open={open}
      title={t('inventory.workOrderParts.title')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      <Form name="work-order-part" form={form} layout="vertical" onFinish={send}>
        {notice && <Alert type="info" showIcon title={notice} style={{ marginBottom: 12 }} />}
        {stock.van && (
          <Form.Item>
            <Segmented<Source>
              block
              value={source}
              onChange={setChosen}
              options={[
                {
                  value: 'van',
                  label: t('inventory.workOrderParts.technicianVan', {
                    name: technician?.name ?? '',
                  }),
                },
                { value: 'manual', label: t('inventory.van.manual') },
              ]}
              data-testid="part-source"
            />
          </Form.Item>
        )}
        {!chosen && stock.isLoading ? (
          <Skeleton active title={false} paragraph={{ rows: 3 }} />
        ) : source === 'van' ? (
          <VanPartFields rows={stock.rows} />
        ) : (
          <>
            <Form.Item
              name="name"
              label={t('slip.partName')}
              rules={[
                { ...required, whitespace: true },
                { max: 100, message: t('common.maxLength', { max: 100 }) },
              ]}
            >
              <Input data-testid="part-name" />
            </Form.Item>
            <Form.Item
              name="partNumber"
              label={t('slip.partNumber')}
              rules={[{ max: 100, message: t('common.maxLength', { max: 100 }) }]}
            >
              <Input />
            </Form.Item>
            <Form.Item name="quantity" label={t('slip.quantity')} rules={[required]}>
              <InputNumber min={1} max={9999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="unitYuan"
          label={t('slip.unitPrice')}
          extra={source === 'van' ? t('inventory.van.priceHint') : undefined}
          rules={source === 'van' ? [] : [required]}
        >
          <InputNumber min={0} max={1_000_000} precision={2} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="covered" label={t('slip.covered')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Form>
    </Modal>
  );
}
