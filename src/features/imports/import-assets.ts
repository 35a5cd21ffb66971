import { sql } from 'drizzle-orm';
import { rowsOf, type Tx } from '../../platform/db';
import type { SheetRow } from '../../platform/excel/read-sheet';
import type { RequestContext } from '../accounts';
import type { AssetColumn } from './asset-columns';
import { parseAssetRows } from './asset-rows.rules';
import { ensureDepartments } from './ensure-departments';
import type { ImportReport } from './import.schemas';
import { jsonRecords } from './json-records';
import { loadAssetReferences } from './load-asset-references';
import { type PlannedAsset, planAssetRows } from './plan-asset-rows';
import { recordImportBatch } from './record-import-batch';
import { insertBrandsAndModels, upsertAssets } from './write-asset-plan';

/** How many of the planned units already exist (by model and serial): those are updates. */
async function countExisting(tx: Tx, tenantId: string, assets: readonly PlannedAsset[]) {
  const known = assets.filter((a) => !a.isNewModel);
  if (!known.length) return 0;
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      SELECT count(*)::int AS n FROM assets a
      JOIN jsonb_to_recordset(${jsonRecords(known.map((a) => ({ m: a.modelId, s: a.serial })))})
        AS r(m uuid, s text) ON a.model_id = r.m AND a.serial_number = r.s
      WHERE a.tenant_id = ${tenantId}`),
  );
  return Number(row?.n ?? 0);
}

/**
 * Imports assets from a read sheet: all rows checked first, then the good ones written in the
 * caller's transaction with set-based statements (10,000 rows in a handful of statements), so a
 * failure anywhere imports nothing. A re-import updates units by model and serial.
 */
export async function importAssets(
  tx: Tx,
  ctx: RequestContext,
  file: { rows: readonly SheetRow<AssetColumn>[]; sha256: string },
  { dryRun }: { dryRun: boolean },
): Promise<ImportReport> {
  const parsed = parseAssetRows(file.rows);
  const refs = await loadAssetReferences(tx, ctx.tenantId, parsed.assets);
  const plan = planAssetRows(parsed.assets, refs);
  const existing = await countExisting(tx, ctx.tenantId, plan.assets);
  if (!dryRun) await insertBrandsAndModels(tx, ctx, plan);
  const departments = await ensureDepartments(
    tx,
    ctx.tenantId,
    plan.assets.flatMap((a) =>
      a.department ? [{ customerId: a.customerId, name: a.department }] : [],
    ),
    { dryRun },
  );
  if (!dryRun) await upsertAssets(tx, ctx, plan.assets, departments.idOf);
  const report: ImportReport = {
    dryRun,
    total: file.rows.length,
    created: plan.assets.length - existing,
    updated: existing,
    failed: [...parsed.failures, ...plan.failures].sort((a, b) => a.row - b.row),
    createdDepartments: departments.created,
    createdBrands: plan.newBrands.length,
    createdModels: plan.newModels.length,
  };
  if (!dryRun) await recordImportBatch(tx, ctx, 'assets', file.sha256, report);
  return report;
}
