import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import { useInventoryMutation } from '../hooks/queries';

interface Props<T> {
  /** The record to cancel; the prompt is open while it is set. */
  record: T | null;
  run: (record: T, reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the reason and cancels (records are never deleted; the reason goes to the audit). */
export function CancelPrompt<T extends { name: string }>({ record, run, onClose }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cancel = useInventoryMutation((reason: string) => run(record!, reason));
  return (
    <TextPromptModal
      open={record !== null}
      title={t('inventory.cancelTitle', { name: record?.name ?? '' })}
      label={t('inventory.cancelReason')}
      name="reason"
      maxLength={300}
      isDanger
      okText={t('inventory.cancel')}
      isSubmitting={cancel.isPending}
      onSubmit={async (reason) => {
        await cancel.mutateAsync(reason);
        void message.success(t('inventory.cancelledMessage'));
      }}
      onClose={onClose}
    />
  );
}
