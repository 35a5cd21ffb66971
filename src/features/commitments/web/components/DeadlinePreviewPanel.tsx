import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Flex, Form, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import { URGENCIES, type Urgency } from '../../../hotline/hotline-call.schemas';
import type { ServiceZone } from '../../commitments-content.schemas';
import { commitmentsApi } from '../api/commitmentsApi';
import { formatDuration, formatInZone } from '../formatDuration';

interface Values {
  urgency: Urgency;
  zone: string;
  from: Dayjs;
}
const KINDS = ['response', 'onSite', 'completion'] as const;

/** "A request at this moment would be due when?": the saved rules, the calendar, the hours. */
export function DeadlinePreviewPanel({ zones }: { zones: ServiceZone[] }) {
  const { t, i18n } = useTranslation();
  const [asked, setAsked] = useState<{ urgency: Urgency; zone: string; from: string } | null>(null);
  const preview = useQuery({
    queryKey: ['deadline-preview', asked],
    queryFn: () => commitmentsApi.preview(asked!),
    enabled: asked !== null,
  });
  const submit = (v: Values) =>
    setAsked({ urgency: v.urgency, zone: v.zone, from: v.from.toISOString() });
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary">{t('commitments.previewHint')}</Typography.Paragraph>
      <Form<Values>
        name="deadline-preview"
        layout="inline"
        initialValues={{ urgency: 'normal', zone: zones[0]?.code, from: dayjs() }}
        onFinish={submit}
        style={{ rowGap: 8 }}
      >
        <Form.Item name="urgency" label={t('commitments.urgency')}>
          <Select
            style={{ width: 110 }}
            options={URGENCIES.map((u) => ({ value: u, label: t(`enums.urgency.${u}`) }))}
          />
        </Form.Item>
        <Form.Item name="zone" label={t('commitments.zone')}>
          <Select
            style={{ width: 130 }}
            options={zones.map((z) => ({ value: z.code, label: z.name }))}
          />
        </Form.Item>
        <Form.Item
          name="from"
          label={t('commitments.previewFrom')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={preview.isFetching}>
            {t('commitments.previewRun')}
          </Button>
        </Form.Item>
      </Form>
      {preview.isError && <QueryError error={preview.error} />}
      {preview.data && (
        <Descriptions
          bordered
          size="small"
          column={1}
          title={t('commitments.previewTitle', {
            from: formatInZone(preview.data.from, preview.data.timeZone, i18n.language),
            timeZone: preview.data.timeZone,
          })}
          items={KINDS.map((kind) => ({
            key: kind,
            label: `${t(`commitments.kindLabels.${kind}`)} (${formatDuration(t, preview.data[kind].limitMinutes)})`,
            children: (
              <Typography.Text strong data-testid={`deadline-${kind}`}>
                {formatInZone(preview.data[kind].deadline, preview.data.timeZone, i18n.language)}
              </Typography.Text>
            ),
          }))}
        />
      )}
    </Flex>
  );
}
