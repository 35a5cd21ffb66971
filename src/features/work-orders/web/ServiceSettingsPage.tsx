import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, InputNumber, Skeleton } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../web/api/applyFieldErrors';
import { ApiError } from '../../../web/api/ApiError';
import { useShowError } from '../../../web/api/useShowError';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import type { ServiceSettingsView } from '../on-site.schemas';
import { onSiteApi } from './api/onSiteApi';
import { ChecklistEditor } from './settings/ChecklistEditor';

type Values = Omit<ServiceSettingsView, 'version'>;
const KEY = ['service-settings'];

/** A whole percentage, required, within [min, max]: the input and the rule share the range. */
function PercentField({
  name,
  label,
  help,
  min,
  max,
}: {
  name: 'replacementThresholdPercent' | 'slaWarnPercent';
  label: string;
  help: string;
  min: number;
  max: number;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      name={name}
      label={label}
      extra={help}
      rules={[
        { required: true, message: t('common.required') },
        { type: 'number', min, max, message: t('workOrders.settings.range', { min, max }) },
      ]}
    >
      <InputNumber min={min} max={max} precision={0} suffix="%" style={{ width: 160 }} />
    </Form.Item>
  );
}

/** /settings/service: the arrival checklist, when replacement is advised, when deadlines warn. */
export function ServiceSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const settings = useQuery({ queryKey: KEY, queryFn: onSiteApi.settings });
  useEffect(() => {
    if (settings.data) form.setFieldsValue(settings.data);
  }, [form, settings.data]);
  const save = useMutation({
    mutationFn: (values: Values) =>
      onSiteApi.saveSettings({
        ...values,
        arrivalChecklist: values.arrivalChecklist.map((item) => item.trim()),
        version: settings.data?.version ?? 0,
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData(KEY, saved);
      void message.success(t('workOrders.settings.saved'));
    },
    onError: (error) => {
      // Someone saved first: show their version, keep the message.
      if (error instanceof ApiError && error.isConflict) void settings.refetch();
      if (!applyFieldErrors(form, error)) showError(error);
    },
  });
  return (
    <Card>
      <PageTitle title={t('workOrders.settings.title')} />
      {settings.isPending && <Skeleton active />}
      {settings.isError && (
        <QueryError error={settings.error} onRetry={() => void settings.refetch()} />
      )}
      {settings.data && (
        <Form
          name="service-settings"
          form={form}
          layout="vertical"
          initialValues={settings.data}
          onFinish={(values) => save.mutate(values)}
          style={{ maxWidth: 640 }}
        >
          <Form.Item
            label={t('workOrders.settings.arrivalChecklist')}
            extra={t('workOrders.settings.arrivalChecklistHelp')}
          >
            <ChecklistEditor />
          </Form.Item>
          <PercentField
            name="replacementThresholdPercent"
            label={t('workOrders.settings.replacementThreshold')}
            help={t('workOrders.settings.replacementThresholdHelp')}
            min={1}
            max={100}
          />
          <PercentField
            name="slaWarnPercent"
            label={t('workOrders.settings.slaWarnPercent')}
            help={t('workOrders.settings.slaWarnPercentHelp')}
            min={10}
            max={95}
          />
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save">
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
