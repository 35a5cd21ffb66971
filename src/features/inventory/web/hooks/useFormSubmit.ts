import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { useInventoryMutation } from './queries';

/**
 * Sends a form: with an Idempotency-Key (the same key while the body is the same, so a retry
 * after a lost answer happens once). Field errors land on their fields, others show as a
 * toast; the typed values stay either way.
 */
export function useFormSubmit<TBody, TResult>(
  form: FormInstance,
  send: (body: TBody, key: string) => Promise<TResult>,
  onDone: (result: TResult) => void,
  successText?: string,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const mutation = useInventoryMutation((body: TBody) => send(body, idempotency.keyFor(body)));
  const submit = (body: TBody) =>
    mutation.mutate(body, {
      onSuccess: (result) => {
        idempotency.done();
        void message.success(successText ?? t('common.saved'));
        onDone(result);
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return { submit, isPending: mutation.isPending };
}
