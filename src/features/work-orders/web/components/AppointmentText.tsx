import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { WorkOrderDetail } from '../../work-order.schemas';

/** "2026-11-30 09:00–11:00 (agreed) · 90 min", or "no appointment". */
export function AppointmentText({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const minutes = order.estimatedMinutes
    ? ` · ${t('dispatch.minutes', { minutes: order.estimatedMinutes })}`
    : '';
  if (!order.window)
    return <span data-testid="appointment">{t('dispatch.noAppointment') + minutes}</span>;
  const kind = order.window.agreed ? t('dispatch.windowAgreed') : t('dispatch.windowPreferred');
  return (
    <span data-testid="appointment">
      {formatDateTime(order.window.start)}–{dayjs(order.window.end).format('HH:mm')} ({kind})
      {minutes}
    </span>
  );
}
