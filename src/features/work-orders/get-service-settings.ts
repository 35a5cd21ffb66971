import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import type { ServiceSettingsView } from './on-site.schemas';
import { serviceSettings } from './on-site.table';

/** What a tenant that never saved its settings gets; version 0 means "no row yet". */
export const DEFAULT_SERVICE_SETTINGS: ServiceSettingsView = {
  arrivalChecklist: ['整理着装仪表', '佩戴工牌', '进门穿戴防污鞋套', '告知客户到达'],
  replacementThresholdPercent: 50,
  slaWarnPercent: 80,
  version: 0,
};

/** The tenant's on-site settings: arrival checklist, replacement threshold, warning share. */
export async function getServiceSettings(
  db: Queryable,
  tenantId: string,
): Promise<ServiceSettingsView> {
  const [row] = await db
    .select()
    .from(serviceSettings)
    .where(eq(serviceSettings.tenantId, tenantId));
  if (!row) return DEFAULT_SERVICE_SETTINGS;
  return {
    arrivalChecklist: row.arrivalChecklist,
    replacementThresholdPercent: row.replacementThresholdPercent,
    slaWarnPercent: row.slaWarnPercent,
    version: row.version,
  };
}
