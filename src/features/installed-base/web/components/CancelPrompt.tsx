import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import { useInstalledBaseMutation } from '../hooks/queries';

interface Props<T> {
  /** The record to cancel; the prompt is open while it is set. */
  record: T | null;
  title: (record: T) => string;
  run: (record: T, reason: string) => Promise<unknown>;
  onClose: () => void;
}

/** Asks for the reason and cancels (records are never deleted; the reason goes to the audit). */
export function CancelPrompt<T>({ record, title, run, onClose }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const cancel = useInstalledBaseMutation((reason: string) => run(record!, reason));
  return (
    <TextPromptModal
      open={record !== null}
      title={record ? title(record) : ''}
      label={t('installedBase.cancelReason')}
      name="reason"
      maxLength={500}
      isDanger
      okText={t('installedBase.cancel')}
      isSubmitting={cancel.isPending}
      onSubmit={async (reason) => {
        await cancel.mutateAsync(reason);
        void message.success(t('installedBase.cancelledMessage'));
      }}
      onClose={onClose}
    />
  );
}
