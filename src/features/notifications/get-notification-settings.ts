import type { Tx } from '../../platform/db';
import type { RequestContext } from '../accounts';
import type { NotificationSettingsView } from './notification.schemas';
import { loadNotificationSettings, toSettingsView } from './notification-settings';

export async function getNotificationSettings(
  tx: Tx,
  ctx: RequestContext,
): Promise<NotificationSettingsView> {
  return toSettingsView(await loadNotificationSettings(tx, ctx.tenantId));
}
