import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail } from '../../work-order.schemas';

// A tag does not wrap by itself: on a phone the longer answers would push the page sideways.
const WRAP = { whiteSpace: 'normal' } as const;

/** Where the customer's answer to the quote stands: approved, declined, or still awaited. */
export function QuoteDecisionTag({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  if (order.quoteDecision === 'approved')
    return (
      <Tag style={WRAP} color="green">
        {t('workOrders.quote.approved')}
      </Tag>
    );
  if (order.quoteDecision === 'declined')
    return (
      <Tag style={WRAP} color="red">
        {t('workOrders.quote.declined')}
      </Tag>
    );
  if (order.status === 'awaiting_approval')
    return (
      <Tag style={WRAP} color="orange">
        {t('workOrders.quote.awaiting')}
      </Tag>
    );
  return <Tag style={WRAP}>{t('workOrders.quote.needed')}</Tag>;
}
