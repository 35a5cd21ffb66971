import { Descriptions, Flex, List, Tag, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import type { SlipView as Slip } from '../../slip/slip.schemas';
import { documentTime } from '../../../../platform/format';
import { slipWindow } from '../../slip/slip-text.rules';
import { SlipSignatures } from './SlipSignatures';
import {
  SlipChargesTable,
  SlipPartsTable,
  SlipTakenBackTable,
  SlipVisitsTable,
} from './SlipTables';

/** Business minutes in the commitments' own words: "4 小时 30 分钟" / "4 h 30 min". */
function duration(t: TFunction, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('commitments.durationMinutes', { minutes: rest });
  if (rest === 0) return t('commitments.durationHours', { hours });
  return t('commitments.durationHoursMinutes', { hours, minutes: rest });
}

const pre = (text: string | null) => (
  <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
    {text ?? '—'}
  </Typography.Paragraph>
);

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section>
      <Typography.Title level={5} style={{ marginTop: 8 }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

function fields(items: DescriptionsProps['items']) {
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, sm: 2 }}
      styles={{ label: { whiteSpace: 'nowrap' } }}
      items={items}
    />
  );
}

/**
 * 服务处理单 on screen: the same `slipView` the PDF is drawn from, section by section, so what
 * the desk reads is what the customer's copy says.
 */
export function SlipView({ slip }: { slip: Slip }) {
  const { t } = useTranslation();
  const at = (iso: string | null) => documentTime(iso, slip.timeZone) || '—';
  const { order, customer, device } = slip;
  const revisitReason = slip.revisitReason
    ? t(`slip.revisitReasons.${slip.revisitReason}`, { defaultValue: slip.revisitReason })
    : null;
  return (
    <Flex vertical gap={8} data-testid="slip-view">
      <Flex justify="space-between" align="start" wrap gap={8}>
        <div>
          <Typography.Text strong>{slip.company.name}</Typography.Text>
          {slip.company.hotline && (
            <div>
              {t('slip.hotline')} {slip.company.hotline}
            </div>
          )}
        </div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('slip.title')}
        </Typography.Title>
        <div style={{ textAlign: 'right' }}>
          <Typography.Text strong data-testid="slip-number">
            {t('slip.number')} {order.number}
          </Typography.Text>
          <div>
            <Typography.Text type="secondary">
              {t('slip.generatedAt')} {at(slip.generatedAt)}
            </Typography.Text>
          </div>
        </div>
      </Flex>
      <Section title={t('slip.section.order')}>
        {fields([
          { key: 'number', label: t('slip.number'), children: order.number },
          { key: 'status', label: t('slip.status'), children: t(`enums.status.${order.status}`) },
          {
            key: 'urgency',
            label: t('slip.urgency'),
            children: t(`enums.urgency.${order.urgency}`),
          },
          { key: 'technician', label: t('slip.technician'), children: order.technician ?? '—' },
          { key: 'created', label: t('slip.createdAt'), children: at(order.createdAt) },
          {
            key: 'window',
            label: t('slip.window'),
            children: slipWindow(order.window, slip.timeZone) || '—',
          },
          { key: 'contacted', label: t('slip.contactedAt'), children: at(order.contactedAt) },
          { key: 'arrived', label: t('slip.arrivedAt'), children: at(order.arrivedAt) },
          { key: 'resolved', label: t('slip.resolvedAt'), children: at(order.resolvedAt) },
          { key: 'closed', label: t('slip.closedAt'), children: at(order.closedAt) },
        ])}
      </Section>
      <Section title={t('slip.section.customer')}>
        {fields([
          { key: 'customer', label: t('slip.customer'), children: customer.name },
          { key: 'department', label: t('slip.department'), children: customer.department ?? '—' },
          { key: 'contact', label: t('slip.contact'), children: customer.contactName },
          { key: 'phone', label: t('slip.phone'), children: customer.contactPhone },
          {
            key: 'address',
            label: t('slip.address'),
            children: customer.address ?? '—',
            span: 'filled',
          },
        ])}
      </Section>
      <Section title={t('slip.section.device')}>
        {fields([
          { key: 'device', label: t('slip.device'), children: device.description },
          {
            key: 'model',
            label: t('slip.model'),
            children: [device.modelName, device.modelCode].filter(Boolean).join(' ') || '—',
          },
          { key: 'serial', label: t('slip.serialNumber'), children: device.serialNumber ?? '—' },
          {
            key: 'warranty',
            label: t('slip.warranty'),
            children: <WarrantyTag warranty={slip.warranty} />,
          },
        ])}
      </Section>
      <Section title={t('slip.section.fault')}>
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { whiteSpace: 'nowrap', width: 120 } }}
          items={[
            { key: 'reported', label: t('slip.reportedFault'), children: pre(slip.reportedFault) },
            {
              key: 'confirmed',
              label: t('slip.confirmedFault'),
              children: pre(slip.confirmedFault),
            },
            { key: 'diagnosis', label: t('slip.diagnosis'), children: pre(slip.diagnosis) },
            {
              key: 'outcome',
              label: t('slip.outcome'),
              children: slip.outcome ? <Tag>{t(`slip.outcomes.${slip.outcome}`)}</Tag> : '—',
            },
            ...(revisitReason
              ? [{ key: 'revisit', label: t('slip.revisitReason'), children: revisitReason }]
              : []),
            { key: 'work', label: t('slip.workDone'), children: pre(slip.workDone) },
          ]}
        />
      </Section>
      {slip.visits.length > 0 && (
        <Section title={t('slip.section.visits')}>
          <SlipVisitsTable slip={slip} />
        </Section>
      )}
      <Section title={t('slip.section.parts')}>
        <SlipPartsTable parts={slip.parts} />
      </Section>
      <Section title={t('slip.section.charges')}>
        <SlipChargesTable charges={slip.charges} />
      </Section>
      {slip.takenBack && (
        <Section
          title={`${t('slip.section.takenBack')} · ${t('slip.returnNumber')} ${slip.takenBack.number}`}
        >
          <SlipTakenBackTable takenBack={slip.takenBack} />
        </Section>
      )}
      <Section title={t('slip.section.signatures')}>
        <SlipSignatures slip={slip} />
      </Section>
      <Section title={t('slip.section.commitments')}>
        <List
          size="small"
          dataSource={[
            ...slip.commitments.promises,
            t('slip.limits', {
              urgency: t(`enums.urgency.${order.urgency}`),
              zone: slip.commitments.zoneName,
              response: duration(t, slip.commitments.responseMinutes),
              onSite: duration(t, slip.commitments.onSiteMinutes),
              completion: duration(t, slip.commitments.completionMinutes),
            }),
          ]}
          renderItem={(line) => <List.Item>{line}</List.Item>}
        />
      </Section>
    </Flex>
  );
}
