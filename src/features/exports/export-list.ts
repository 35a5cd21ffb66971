import type { Db } from '../../platform/db';
import { inTenant } from '../../platform/db';
import { AppError, type Language } from '../../platform/errors/app-error';
import { writeWorkbook } from '../../platform/excel/write-workbook';
import { localDay } from '../../platform/numbering/next-number';
import { hasPermission, type RequestContext } from '../accounts';
import { EXPORTS } from './export-lists';
import { type ExportListName, MAX_EXPORT_ROWS } from './exports.schemas';

export interface ExportFile {
  buffer: Buffer;
  /** 客户_20261128.xlsx, or customers_20261128.xlsx in English. */
  fileName: string;
}

/**
 * A list as an .xlsx with the list screen's filters. The rows are read in one tenant
 * transaction; the workbook is written after it closes. Dates are in the tenant's time zone.
 */
export async function exportList(
  db: Db,
  ctx: RequestContext,
  list: ExportListName,
  query: unknown,
  language: Language,
): Promise<ExportFile> {
  const definition = EXPORTS[list];
  // Per list, since one route serves them all: whoever may read the list may export it.
  if (!hasPermission(ctx.user.roles, definition.permission)) throw new AppError('FORBIDDEN');
  const rows = await inTenant(db, ctx.tenantId, (tx) =>
    definition.load(tx, ctx, query, MAX_EXPORT_ROWS + 1, language),
  );
  if (rows.length > MAX_EXPORT_ROWS) {
    throw new AppError('EXPORT_TOO_MANY_ROWS', { max: MAX_EXPORT_ROWS });
  }
  const name = definition.name[language];
  const buffer = await writeWorkbook([{ name, columns: definition.columns(language), rows }], {
    timeZone: ctx.tenantTimezone,
  });
  const day = localDay(ctx.clock.now(), ctx.tenantTimezone).replaceAll('-', '');
  const base = language === 'zh' ? name : list;
  return { buffer, fileName: `${base}_${day}.xlsx` };
}
