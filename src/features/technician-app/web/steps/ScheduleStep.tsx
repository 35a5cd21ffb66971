import { Checkbox, Flex, Form, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import {
  startingWindow,
  SubmitButton,
  TextField,
  toWindow,
  useRules,
  WindowFields,
} from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  start: string;
  end: string;
  warrantyTold: boolean;
  chargesTold: boolean;
  note?: string;
}

/** 已联系客户: the agreed window, and the warranty and the charges told to the customer. */
export function ScheduleStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const draft = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      layout="vertical"
      initialValues={{ ...startingWindow(job.window, draft), note: draft?.note }}
      onFinish={(v) =>
        submit({
          ...toWindow(v),
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
