import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext, tenants } from '../accounts';
import { recordAuditEvent } from '../audit';
import { ensureAssetTokens } from './ensure-asset-token';
import { checkLabelSheet, type LabelSheetSpec } from './label-sheet.rules';
import type { LabelFacts } from './label-text.rules';
import { DEFAULT_LABEL_FIELDS, type LabelField, type PrintLabelSheetBody } from './labels.schemas';
import { loadLabelAssets } from './load-label-assets';

/** Rendering time grows with the count (about 10 ms a label); bigger runs go by department. */
export const MAX_LABELS_PER_PRINT = 2000;

export interface LabelSheet extends LabelSheetSpec {
  fields: LabelField[];
  hasCutLines: boolean;
  labels: Array<LabelFacts & { assetId: string; token: string }>;
}

/**
 * What a label sheet shows, with every device's token (issued now for those without one).
 * The PDF is drawn from it after the transaction, so no transaction waits on the rendering.
 */
export async function printLabelSheet(
  tx: Tx,
  ctx: RequestContext,
  input: PrintLabelSheetBody,
): Promise<LabelSheet> {
  const spec = { grid: input.grid, marginMm: input.marginMm };
  checkLabelSheet(spec);
  const rows = await loadLabelAssets(tx, ctx.tenantId, input);
  if (rows.length === 0) throw new AppError('LABEL_NO_ASSETS');
  if (rows.length > MAX_LABELS_PER_PRINT)
    throw new AppError('LABEL_SHEET_TOO_LARGE', { max: MAX_LABELS_PER_PRINT });
  const [tenant] = await tx
    .select({ hotline: tenants.hotline })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenantId));
  const { tokens, issued } = await ensureAssetTokens(
    tx,
    ctx,
    rows.map((row) => row.id),
  );
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: 'labels.print',
      objectType: 'customer',
      objectId: input.customerId,
      after: {
        count: rows.length,
        issuedTokens: issued,
        departmentId: input.departmentId ?? null,
        grid: `${input.grid.columns}x${input.grid.rows}`,
      },
    },
    ctx.clock,
  );
  return {
    ...spec,
    fields: input.includeFields ?? DEFAULT_LABEL_FIELDS,
    hasCutLines: input.cutLines,
    labels: rows.map((row) => ({
      assetId: row.id,
      token: tokens.get(row.id)!,
      companyName: ctx.tenantName,
      hotline: tenant?.hotline ?? null,
      brandName: row.brandName,
      modelCode: row.modelCode,
      modelName: row.modelName,
      serialNumber: row.serialNumber,
      departmentName: row.departmentName,
      location: row.location,
    })),
  };
}
