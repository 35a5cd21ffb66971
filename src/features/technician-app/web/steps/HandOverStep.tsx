import { useQuery } from '@tanstack/react-query';
import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { technicianApi } from '../api/technicianApi';
import { SubmitButton, TextField, useRules } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  technicianId: string;
  reason: string;
}

/** 转交: another technician takes the job on (the dispatcher sees why). */
export function HandOverStep({ job, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const rules = useRules();
  const me = useSessionUser();
  const colleagues = useQuery({
    queryKey: ['hand-over-candidates', job.id],
    queryFn: () => technicianApi.handOverCandidates(job.id),
  });
  return (
    <Form<Values>
      layout="vertical"
      initialValues={initial}
      onFinish={(v) => submit({ technicianId: v.technicianId, reason: v.reason.trim() })}
    >
      <Form.Item
        name="technicianId"
        label={t('technicianApp.handOver.to')}
        rules={rules.present}
        help={colleagues.isError ? t('technicianApp.handOver.noList') : undefined}
      >
        <Select
          size="large"
          loading={colleagues.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={(colleagues.data ?? [])
            .filter((c) => c.id !== me.id)
            .map((c) => ({ value: c.id, label: c.displayName }))}
        />
      </Form.Item>
      <TextField name="reason" label={t('technicianApp.reason')} rows={2} />
      <SubmitButton label={t('workOrderActions.hand_over')} isSending={isSending} />
    </Form>
  );
}
