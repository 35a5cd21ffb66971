import { Button, Form, type FormRule, Input, InputNumber } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';

/** The native date-time input: the phone's own wheel picker, and no popup wider than the screen. */
export const LOCAL_MINUTE = 'YYYY-MM-DDTHH:mm';
export const toLocalInput = (iso: string | null | undefined) =>
  iso ? dayjs(iso).format(LOCAL_MINUTE) : undefined;
/** An ISO instant with the phone's offset, as the API takes it. */
export const toInstant = (local: string) => dayjs(local).format();

export function useRules() {
  const { t } = useTranslation();
  return {
    /** Text with something besides blanks in it. */
    required: [{ required: true, whitespace: true, message: t('common.required') }] as FormRule[],
    /** A number, a choice or a time: only there at all. */
    present: [{ required: true, message: t('common.required') }] as FormRule[],
    max: (max: number): FormRule => ({ max, message: t('common.maxLength', { max }) }),
    /** A box that must be ticked. */
    ticked: [
      {
        validator: (_: unknown, value: unknown) =>
          value ? Promise.resolve() : Promise.reject(new Error(t('technicianApp.mustTick'))),
      },
    ] as FormRule[],
  };
}

export function TextField({
  name,
  label,
  rows = 3,
  max = 500,
  isRequired = true,
}: {
  name: string | (string | number)[];
  label: string;
  rows?: number;
  max?: number;
  isRequired?: boolean;
}) {
  const rules = useRules();
  return (
    <Form.Item
      name={name}
      label={label}
      rules={[...(isRequired ? rules.required : []), rules.max(max)]}
    >
      <Input.TextArea rows={rows} maxLength={max} />
    </Form.Item>
  );
}

/** The next full hour and two hours after it: a window to adjust, not to type from nothing. */
function defaultWindow(window: { start: string; end: string } | null) {
  if (window) return { start: toLocalInput(window.start), end: toLocalInput(window.end) };
  const start = dayjs().add(1, 'hour').startOf('hour');
  return {
    start: toLocalInput(start.toISOString()),
    end: toLocalInput(start.add(2, 'hour').toISOString()),
  };
}

/** A form's first window: a refused draft's being corrected, else the order's, else a default. */
export const startingWindow = (
  window: { start: string; end: string } | null,
  draft: { start?: string; end?: string } | undefined,
) =>
  draft
    ? { start: toLocalInput(draft.start), end: toLocalInput(draft.end) }
    : defaultWindow(window);

/** The window fields as the API takes them. */
export const toWindow = (v: { start: string; end: string }) => ({
  start: toInstant(v.start),
  end: toInstant(v.end),
});

/** A visit window: start and end, end after start. */
export function WindowFields({ isRequired = true }: { isRequired?: boolean }) {
  const { t } = useTranslation();
  const rules = useRules();
  return (
    <>
      <Form.Item
        name="start"
        label={t('technicianApp.window.start')}
        rules={isRequired ? rules.present : []}
      >
        <Input type="datetime-local" size="large" />
      </Form.Item>
      <Form.Item
        name="end"
        label={t('technicianApp.window.end')}
        dependencies={['start']}
        rules={[
          ...(isRequired ? rules.present : []),
          ({ getFieldValue }) => ({
            validator: (_, end: string | undefined) => {
              const start = getFieldValue('start') as string | undefined;
              return !start || !end || dayjs(end).isAfter(dayjs(start))
                ? Promise.resolve()
                : Promise.reject(new Error(t('technicianApp.window.endAfterStart')));
            },
          }),
        ]}
      >
        <Input type="datetime-local" size="large" />
      </Form.Item>
    </>
  );
}

/** Yuan with two decimals; the form turns it into fen. */
export function YuanInput(props: { value?: number | null; onChange?: (v: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={1_000_000}
      precision={2}
      inputMode="decimal"
      size="large"
      prefix="¥"
      suffix={t('technicianApp.yuan')}
      style={{ width: '100%' }}
    />
  );
}

export function SubmitButton({ label, isSending }: { label: string; isSending: boolean }) {
  return (
    <Button
      type="primary"
      size="large"
      block
      htmlType="submit"
      loading={isSending}
      data-testid="step-submit"
      style={{ height: 52, marginTop: 8 }}
    >
      {label}
    </Button>
  );
}
