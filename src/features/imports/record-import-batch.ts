import { randomUUID } from 'node:crypto';
import type { Tx } from '../../platform/db';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import type { ImportKind, ImportReport } from './import.schemas';

/**
 * One audit event for the whole batch, in its transaction: who imported which file (by hash)
 * and what it did. Rows get no event each: 10,000 chained events would dominate the import.
 */
export async function recordImportBatch(
  tx: Tx,
  ctx: RequestContext,
  kind: ImportKind,
  sha256: string,
  report: ImportReport,
): Promise<void> {
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: `import.${kind}`,
      objectType: 'import',
      objectId: randomUUID(),
      isNew: true,
      after: {
        sha256,
        total: report.total,
        created: report.created,
        updated: report.updated,
        failed: report.failed.length,
        createdDepartments: report.createdDepartments,
        createdBrands: report.createdBrands,
        createdModels: report.createdModels,
      },
    },
    ctx.clock,
  );
}
