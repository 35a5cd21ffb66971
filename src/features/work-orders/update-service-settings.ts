import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { forgetWarnPercent } from '../sla';
import { getServiceSettings } from './get-service-settings';
import type { ServiceSettingsView } from './on-site.schemas';
import { serviceSettings } from './on-site.table';

/**
 * Saves the tenant's on-site settings against the version that was read: the first save
 * (version 0, the defaults) inserts the row, later ones update it; a stale version is CONFLICT.
 */
export async function updateServiceSettings(
  tx: Tx,
  ctx: RequestContext,
  input: ServiceSettingsView,
): Promise<ServiceSettingsView> {
  const before = await getServiceSettings(tx, ctx.tenantId);
  const values = {
    arrivalChecklist: input.arrivalChecklist,
    replacementThresholdPercent: input.replacementThresholdPercent,
    slaWarnPercent: input.slaWarnPercent,
    version: input.version + 1,
    updatedAt: ctx.clock.now(),
  };
  const saved =
    input.version === 0
      ? await tx
          .insert(serviceSettings)
          .values({ tenantId: ctx.tenantId, ...values })
          .onConflictDoNothing()
          .returning({ version: serviceSettings.version })
      : await tx
          .update(serviceSettings)
          .set(values)
          .where(
            and(
              eq(serviceSettings.tenantId, ctx.tenantId),
              eq(serviceSettings.version, input.version),
            ),
          )
          .returning({ version: serviceSettings.version });
  if (saved.length === 0) throw new AppError('CONFLICT');
  forgetWarnPercent(ctx.tenantId);
  const after = await getServiceSettings(tx, ctx.tenantId);
  const { version: _before, ...was } = before;
  const { version: _after, ...now } = after;
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'serviceSettings.update',
      objectType: 'serviceSettings',
      objectId: ctx.tenantId,
      before: input.version === 0 ? null : was,
      after: now,
    },
    ctx.clock,
  );
  return after;
}
