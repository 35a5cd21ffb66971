import type { TFunction } from 'i18next';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import { NOTIFICATION_EVENTS, type NotificationEvent } from '../notification-events';

const isEvent = (event: string): event is NotificationEvent =>
  (NOTIFICATION_EVENTS as readonly string[]).includes(event);

const SLA_KINDS = ['response', 'onSite', 'completion'] as const;
const isSlaKind = (kind: unknown): kind is (typeof SLA_KINDS)[number] =>
  SLA_KINDS.includes(kind as (typeof SLA_KINDS)[number]);

/** Times the server keeps as ISO instants, shown in the reader's local time. */
const TIME_PARAMS = ['dueAt', 'start'];

/** A notification's text in the reader's language, from its event and parameters. */
export function noticeText(
  t: TFunction,
  notice: { event: string; params: Record<string, string | number> },
): string {
  const params: Record<string, string | number> = { ...notice.params };
  for (const key of TIME_PARAMS) {
    const value = params[key];
    if (typeof value === 'string') params[key] = formatDateTime(value) || value;
  }
  if (isSlaKind(params.kind)) params.kind = t(`notifications.slaKind.${params.kind}`);
  if (params.decision === 'approved' || params.decision === 'declined')
    params.decision = t(`notifications.carDecision.${params.decision}`);
  if (notice.event === 'test') return t('notifications.events.test');
  if (!isEvent(notice.event)) return t('notifications.events.other', { event: notice.event });
  return t(`notifications.events.${notice.event}`, params);
}

/** The short name of an event, as the settings and the outbox list it. */
export function eventName(t: TFunction, event: string): string {
  if (event === 'test') return t('notifications.settings.eventNames.test');
  if (!isEvent(event)) return t('notifications.settings.eventNames.other', { event });
  return t(`notifications.settings.eventNames.${event}`);
}
