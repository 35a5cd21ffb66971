import { DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerSearchSelect } from '../../../customers/web';
import type { LoanerView } from '../../inventory.schemas';
import { inventoryApi } from '../api/inventoryApi';
import { useFormSubmit } from '../hooks/useFormSubmit';
import { RepairReturnSelect } from './RepairReturnSelect';

interface Values {
  customerId: string;
  repairReturnId?: string;
  dueOn: Dayjs;
  conditionOut?: string;
}

/** 借出: to a customer (while their item is away), until a due date, in the stated condition. */
export function LendModal({ loaner, onClose }: { loaner: LoanerView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const customerId = Form.useWatch('customerId', form);
  const save = useFormSubmit(
    form,
    (v: Values, key: string) =>
      inventoryApi.loaners.lend(
        loaner!,
        {
          customerId: v.customerId,
          repairReturnId: v.repairReturnId,
          dueOn: v.dueOn.format('YYYY-MM-DD'),
          conditionOut: v.conditionOut?.trim() || undefined,
        },
        key,
      ),
    onClose,
    t('inventory.loaners.lent'),
  );
  useEffect(() => {
    if (!loaner) return;
    form.resetFields();
    form.setFieldsValue({ dueOn: dayjs().add(14, 'day') });
  }, [loaner, form]);
  const required = { required: true, message: t('common.required') };
  return (
    <Modal
      open={loaner !== null}
      title={t('inventory.loaners.lendTitle', { code: loaner?.code ?? '' })}
      okText={t('inventory.loaners.lend')}
      cancelText={t('common.cancel')}
      okButtonProps={{ 'data-testid': 'modal-ok' }}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      forceRender
    >
      {loaner && (
        <Typography.Paragraph type="secondary">
          {loaner.model.code} {loaner.model.name} · {loaner.serialNumber}
        </Typography.Paragraph>
      )}
      <Form
        name="lend"
        form={form}
        layout="vertical"
        onFinish={(v) => save.submit(v)}
        onValuesChange={(changed: Partial<Values>) => {
          // Another customer's repair returns are not theirs to pick.
          if ('customerId' in changed) form.setFieldValue('repairReturnId', undefined);
        }}
      >
        <Form.Item name="customerId" label={t('inventory.loans.customer')} rules={[required]}>
          <CustomerSearchSelect size="middle" />
        </Form.Item>
        <Form.Item name="repairReturnId" label={t('inventory.loans.repairReturn')}>
          <RepairReturnSelect customerId={customerId} />
        </Form.Item>
        <Form.Item name="dueOn" label={t('inventory.loans.dueOn')} rules={[required]}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="conditionOut"
          label={t('inventory.loans.conditionOut')}
          rules={[{ max: 500, message: t('common.maxLength', { max: 500 }) }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
