import { App, type FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from '../../../../web/api/ApiError';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useIdempotencyKey } from '../../../../web/api/useIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { fieldIssues, formFieldOf, type FormFieldName, type IssueText } from '../lib/schemaErrors';

export interface SchemaSubmitOptions<TValues, TSchema extends z.ZodType> {
  form: FormInstance<TValues>;
  /** The API's own body schema: the form is checked by exactly what the server checks. */
  schema: TSchema;
  toBody: (values: TValues) => z.input<TSchema>;
  /**
   * Where a body field sits in the form when it has another name or place: by its whole
   * dotted path ('loan.dueOn' → 'dueOn') or by its first part (quoteCents → quoteYuan).
   */
  fieldOf?: Partial<Record<string, FormFieldName>>;
  /** A refusal that is about one field (RETURN_QUOTE_MISSING → quoteYuan): shown on it. */
  errorFieldOf?: Partial<Record<string, FormFieldName>>;
  /** Sends the checked body; the key makes a retry of the same body happen once. */
  submit: (body: z.output<TSchema>, idempotencyKey: string) => Promise<unknown>;
  onDone?: () => void;
}

/**
 * Submits a form through the request's zod schema: problems land on their fields in the UI
 * language, the server's refusal shows as its own message, and what was typed stays.
 */
export function useSchemaSubmit<TValues, TSchema extends z.ZodType>({
  form,
  schema,
  toBody,
  fieldOf,
  errorFieldOf,
  submit,
  onDone,
}: SchemaSubmitOptions<TValues, TSchema>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const idempotency = useIdempotencyKey();
  const [isSubmitting, setSubmitting] = useState(false);
  /** The form's own values type says nothing about paths into lists: set by plain paths. */
  const setFieldErrors = (fields: { name: FormFieldName; errors: string[] }[]) =>
    (form as FormInstance).setFields(fields);

  const textOf = useCallback(
    (text: IssueText): string => {
      switch (text.key) {
        case 'required':
          return t('common.required');
        case 'invalid':
          return t('common.invalid');
        case 'maxLength':
          return t('common.maxLength', { max: text.max });
        case 'min':
          return t('repairReturns.form.min', { min: text.min });
        case 'max':
          return t('repairReturns.form.max', { max: text.max });
        case 'atLeastItems':
          return t('repairReturns.form.atLeastItems', { min: text.min });
        case 'atMostItems':
          return t('repairReturns.form.atMostItems', { max: text.max });
      }
    },
    [t],
  );

  const onFinish = async (values: TValues) => {
    const body = toBody(values);
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const shown = new Set(Object.keys((form.getFieldsValue() ?? {}) as object));
      const issues = fieldIssues(parsed.error.issues).map((issue) => {
        return { name: formFieldOf(issue.path, fieldOf), errors: [textOf(issue.text)] };
      });
      const onForm = issues.filter((i) => shown.has(String(i.name[0])));
      setFieldErrors(onForm);
      const elsewhere = issues.find((i) => !shown.has(String(i.name[0])));
      if (elsewhere) void message.error(elsewhere.errors[0]);
      return;
    }
    setSubmitting(true);
    try {
      await submit(parsed.data, idempotency.keyFor(parsed.data));
      idempotency.done();
      onDone?.();
    } catch (error) {
      const field = error instanceof ApiError ? errorFieldOf?.[error.code] : undefined;
      if (field !== undefined && error instanceof ApiError)
        setFieldErrors([{ name: field, errors: [error.message] }]);
      else if (!applyFieldErrors(form, error)) showError(error);
    } finally {
      setSubmitting(false);
    }
  };
  /** A field the user changes drops its old message: the next submit checks it again. */
  const onValuesChange = (changed: object) => {
    const touched = new Set(Object.keys(changed));
    const stale = form
      .getFieldsError()
      .filter((f) => f.errors.length > 0 && touched.has(String(f.name[0])))
      .map((f) => ({ name: f.name, errors: [] }));
    if (stale.length) setFieldErrors(stale);
  };
  return { onFinish: (values: TValues) => void onFinish(values), onValuesChange, isSubmitting };
}
