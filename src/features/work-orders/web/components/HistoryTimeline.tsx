import { Empty, Skeleton, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { HistoryEntry } from '../../work-order.schemas';
import { useWorkOrderHistory } from '../hooks/useWorkOrderHistory';
import { historyActionKey, historyChanges, historyLabelOf } from './historyChanges';
import { HistoryValue } from './HistoryValue';

const COLORS: Record<string, string> = {
  created: 'blue',
  assigned: 'blue',
  reassigned: 'orange',
  closed: 'green',
  cancelled: 'gray',
};

function HistoryItem({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const actionKey = historyActionKey(entry.action);
  const roleKey = `enums.role.${entry.role}`;
  const role = i18n.exists(roleKey) ? t(roleKey as 'enums.role.admin') : entry.role;
  const fieldLabel = (field: string) => {
    if (i18n.exists(`history.field.${field}`))
      return t(`history.field.${field}` as 'history.field.status');
    if (i18n.exists(`workOrders.historyField.${field}`))
      return t(`workOrders.historyField.${field}` as 'workOrders.historyField.diagnosis');
    return field;
  };
  const label = historyLabelOf(entry.action);
  const title = actionKey
    ? t(`history.action.${actionKey}` as 'history.action.created')
    : label?.kind === 'action'
      ? t(`workOrderActions.${label.key}`)
      : label?.kind === 'event'
        ? t(`workOrders.event.${label.key}`)
        : entry.action;
  return (
    <div data-testid="history-entry" data-action={actionKey ?? entry.action}>
      <Typography.Text strong>{title}</Typography.Text>{' '}
      <Typography.Text type="secondary">{formatDateTime(entry.at)}</Typography.Text>
      <div>{t('history.by', { actor: entry.actor?.name ?? t('history.system'), role })}</div>
      {historyChanges(entry.before, entry.after).map((change) => (
        <div key={change.field}>
          <Typography.Text type="secondary">
            {t('history.change', { field: fieldLabel(change.field) })}
          </Typography.Text>
          {change.hasBefore && (
            <>
              <HistoryValue field={change.field} value={change.before} /> →{' '}
            </>
          )}
          <HistoryValue field={change.field} value={change.after} />
        </div>
      ))}
    </div>
  );
}

export function HistoryTimeline({ workOrderId }: { workOrderId: string }) {
  const { t } = useTranslation();
  const history = useWorkOrderHistory(workOrderId);
  if (history.isPending) return <Skeleton active />;
  if (history.isError)
    return <QueryError error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <Empty description={t('workOrders.noHistory')} />;
  return (
    <Timeline
      data-testid="history-timeline"
      items={history.data.map((entry) => ({
        key: entry.id,
        color: COLORS[historyActionKey(entry.action) ?? ''] ?? 'gray',
        content: <HistoryItem entry={entry} />,
      }))}
    />
  );
}
