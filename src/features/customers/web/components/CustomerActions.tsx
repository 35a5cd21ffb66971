import { App, Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import type { CustomerView } from '../../customer.schemas';
import { customersApi } from '../api/customersApi';
import { useCustomerMutation } from '../hooks/useCustomerMutation';
import { EditCustomerModal } from './EditCustomerModal';

/** Edit and cancel buttons of an active customer, with their dialogs. */
export function CustomerActions({ customer }: { customer: CustomerView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState<'edit' | 'cancel' | null>(null);
  const cancel = useCustomerMutation((reason: string) => customersApi.cancel(customer.id, reason));
  const close = () => setOpen(null);
  return (
    <Flex gap={8}>
      <Button onClick={() => setOpen('edit')}>{t('common.edit')}</Button>
      <Button danger onClick={() => setOpen('cancel')}>
        {t('customers.cancelCustomer')}
      </Button>
      <EditCustomerModal open={open === 'edit'} customer={customer} onClose={close} />
      <TextPromptModal
        open={open === 'cancel'}
        title={t('customers.cancelTitle', { name: customer.name })}
        label={t('customers.cancelReason')}
        name="reason"
        maxLength={500}
        okText={t('customers.cancelCustomer')}
        isDanger
        isSubmitting={cancel.isPending}
        onSubmit={async (reason) => {
          await cancel.mutateAsync(reason);
          void message.success(t('customers.cancelledDone'));
        }}
        onClose={close}
      >
        <p>{t('customers.cancelHint')}</p>
      </TextPromptModal>
    </Flex>
  );
}
