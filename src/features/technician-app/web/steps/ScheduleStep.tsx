import { Checkbox, Flex, Form, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import { SubmitButton, TextField, toInstant, toLocalInput, useRules, WindowFields } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  start: string;
  end: string;
  warrantyTold: boolean;
  chargesTold: boolean;
  note?: string;
}

/** The next full hour and two hours after it: a window to adjust, not to type from nothing. */
export function defaultWindow(window: { start: string; end: string } | null) {
  if (window) return { start: toLocalInput(window.start), end: toLocalInput(window.end) };
  const start = dayjs().add(1, 'hour').startOf('hour');
  return {
    start: toLocalInput(start.toISOString()),
    end: toLocalInput(start.add(2, 'hour').toISOString()),
  };
}

/** 已联系客户: the agreed window, and the warranty and the charges told to the customer. */
export function ScheduleStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{
        ...defaultWindow(job.window),
        ...(from && {
          start: toLocalInput(from.start),
          end: toLocalInput(from.end),
          note: from.note,
        }),
      }}
      onFinish={(v) =>
        submit({
          start: toInstant(v.start),
          end: toInstant(v.end),
          warrantyTold: true,
          chargesTold: true,
          ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        })
      }
    >
      <WindowFields />
      <Flex vertical gap={4} style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('technicianApp.schedule.tell')}</Typography.Text>
        <span>
          <WarrantyTag warranty={job.warranty} />
        </span>
      </Flex>
      <Form.Item name="warrantyTold" valuePropName="checked" rules={rules.ticked}>
        <Checkbox data-testid="warranty-told">{t('technicianApp.schedule.warrantyTold')}</Checkbox>
      </Form.Item>
      <Form.Item name="chargesTold" valuePropName="checked" rules={rules.ticked}>
        <Checkbox data-testid="charges-told">{t('technicianApp.schedule.chargesTold')}</Checkbox>
      </Form.Item>
      <TextField name="note" label={t('technicianApp.note')} isRequired={false} rows={2} />
      <SubmitButton label={t('workOrderActions.schedule')} isSending={isSending} />
    </Form>
  );
}
