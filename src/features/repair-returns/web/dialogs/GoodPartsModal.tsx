import { PrinterOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Modal, Result, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormCardList } from '../../../../web/components/FormCardList';
import { useDebouncedValue } from '../../../../web/lib/useDebouncedValue';
import {
  goodPartsBody,
  type GoodPartsResult,
  type RepairReturnView,
} from '../../repair-return.schemas';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { usePartOptions, useWarehouseOptions } from '../hooks/useLookups';
import { useSchemaSubmit } from '../hooks/useSchemaSubmit';
import { goodPartsBodyOf, type GoodPartsValues } from '../lib/goodPartsValues';
import { REQUIRED } from './fieldRules';

function PartSelect(props: { value?: string; onChange?: (id: string) => void; id?: string }) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search);
  const parts = usePartOptions(q);
  return (
    <Select
      {...props}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={parts.isFetching}
      placeholder={t('repairReturns.goodParts.partPlaceholder')}
      notFoundContent={t('common.noData')}
      options={(parts.data ?? [])
        .filter((p) => !p.cancelled)
        .map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
    />
  );
}

/** 剩余配件: good parts left over go into a warehouse, each labelled for the shelf. */
export function GoodPartsModal({
  rr,
  open,
  onClose,
}: {
  rr: RepairReturnView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GoodPartsValues>();
  const warehouses = useWarehouseOptions(open);
  const [result, setResult] = useState<GoodPartsResult | null>(null);
  const { onFinish, onValuesChange, isSubmitting } = useSchemaSubmit({
    form,
    schema: goodPartsBody,
    toBody: goodPartsBodyOf,
    submit: async (body, key) => setResult(await repairReturnsApi.goodParts(rr.id, body, key)),
  });
  const close = () => {
    setResult(null);
    onClose();
  };
  return (
    <Modal
      open={open}
      title={t('repairReturns.goodParts.title', { number: rr.number })}
      width={680}
      onCancel={close}
      destroyOnHidden
      maskClosable={false}
      footer={
        result
          ? [
              <Button key="close" onClick={close}>
                {t('repairReturns.close')}
              </Button>,
            ]
          : [
              <Button key="cancel" onClick={close}>
                {t('common.cancel')}
              </Button>,
              <Button
                key="ok"
                type="primary"
                loading={isSubmitting}
                onClick={() => form.submit()}
                data-testid="modal-ok"
              >
                {t('repairReturns.goodParts.submit')}
              </Button>,
            ]
      }
    >
      {result ? (
        <Result
          status="success"
          title={t('repairReturns.goodParts.done', { count: result.movements })}
          extra={
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              href={result.labelsPdfUrl}
              target="_blank"
              rel="noopener"
            >
              {t('repairReturns.goodParts.printLabels')}
            </Button>
          }
        />
      ) : (
        <Form<GoodPartsValues>
          name="return-good-parts"
          form={form}
          layout="vertical"
          initialValues={{ lines: [{}] }}
          onFinish={onFinish}
          onValuesChange={onValuesChange}
          preserve={false}
        >
          <Form.Item
            name="warehouseId"
            label={t('repairReturns.goodParts.warehouse')}
            {...REQUIRED}
          >
            <Select
              loading={warehouses.isFetching}
              showSearch={{ optionFilterProp: 'label' }}
              options={(warehouses.data ?? [])
                .filter((w) => !w.cancelled)
                .map((w) => ({ value: w.id, label: `${w.code} · ${w.name}` }))}
            />
          </Form.Item>
          <FormCardList
            name="lines"
            max={50}
            title={(n) => t('repairReturns.goodParts.line', { n })}
            addLabel={t('repairReturns.goodParts.addLine')}
            removeLabel={t('repairReturns.remove')}
          >
            {(field) => (
              <>
                <Form.Item
                  name={[field.name, 'partId']}
                  label={t('repairReturns.goodParts.part')}
                  {...REQUIRED}
                >
                  <PartSelect />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'quantity']}
                  label={t('repairReturns.goodParts.quantity')}
                >
                  <InputNumber min={1} max={9999} precision={0} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'serials']}
                  label={t('repairReturns.goodParts.serials')}
                  extra={t('repairReturns.goodParts.serialsHelp')}
                >
                  <Input.TextArea rows={2} />
                </Form.Item>
              </>
            )}
          </FormCardList>
        </Form>
      )}
    </Modal>
  );
}
