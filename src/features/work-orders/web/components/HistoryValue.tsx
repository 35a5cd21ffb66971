import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { formatCents } from '../../../../platform/format';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** One before/after value, readable: enum values translated, references by name, times local. */
export function HistoryValue({ field, value }: { field: string; value: unknown }) {
  const { t, i18n } = useTranslation();
  if (value === null || value === undefined || value === '') {
    return <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>;
  }
  if (typeof value === 'object' && 'name' in value)
    return <>{String((value as { name: unknown }).name)}</>;
  if (typeof value === 'boolean') return <>{value ? t('slip.yes') : t('slip.no')}</>;
  if (typeof value === 'number' && field.endsWith('Cents')) return <>{formatCents(value)}</>;
  if (field === 'travelMode' && typeof value === 'string')
    return <>{t(`slip.travelModes.${value}`, { defaultValue: value })}</>;
  if (field === 'quoteDecision' && (value === 'approved' || value === 'declined'))
    return <>{t(`workOrders.quote.${value}`)}</>;
  if (field === 'signatureMethod' && (value === 'signature' || value === 'verbal'))
    return <>{t(`workOrders.consent.${value}`)}</>;
  if (field === 'revisitReason' && typeof value === 'string')
    return <>{t(`slip.revisitReasons.${value}`, { defaultValue: value })}</>;
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const enumKey = field === 'status' || field === 'urgency' ? `enums.${field}.${text}` : undefined;
  if (enumKey && i18n.exists(enumKey)) return <>{t(enumKey as 'enums.status.new')}</>;
  if (ISO_INSTANT.test(text)) return <>{formatDateTime(text)}</>;
  return <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Typography.Text>;
}
