import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { useInstalledBaseMutation } from '../hooks/queries';

/**
 * Saves a form: creates with an Idempotency-Key, or updates the record being edited. Field
 * errors land on their fields, others show as a toast; the typed values stay either way.
 */
export function useFormSubmit<TBody, TResult>(
  form: FormInstance,
  save: {
    create: (body: TBody, key: string) => Promise<TResult>;
    update?: (body: TBody) => Promise<TResult>;
  },
  onDone: (result: TResult) => void,
) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const mutation = useInstalledBaseMutation((body: TBody) =>
    save.update ? save.update(body) : save.create(body, idempotency.keyFor(body)),
  );
  const submit = (body: TBody) =>
    mutation.mutate(body, {
      onSuccess: (result) => {
        idempotency.done();
        void message.success(t('common.saved'));
        onDone(result);
      },
      onError: (error) => applyFieldErrors(form, error) || showError(error),
    });
  return { submit, isPending: mutation.isPending };
}
