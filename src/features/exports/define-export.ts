import type { z } from 'zod';
import type { Tx } from '../../platform/db';
import { AppError, type Language } from '../../platform/errors/app-error';
import type { ColumnKind, WriteColumn } from '../../platform/excel/write-workbook';
import type { Permission, RequestContext } from '../accounts';

export interface ExportColumn<R> {
  zh: string;
  en: string;
  kind?: ColumnKind;
  width?: number;
  value: (row: R, language: Language) => unknown;
}

export interface ExportDefinition<Q, R> {
  /** The list's read permission: whoever may see the list may export it. */
  permission: Permission;
  name: { zh: string; en: string };
  /** The list screen's filters (paging aside). */
  query: z.ZodType<Q>;
  load(tx: Tx, ctx: RequestContext, query: Q, limit: number): Promise<R[]>;
  columns: readonly ExportColumn<R>[];
}

/** A definition with its row type erased, so every list fits one registry. */
export interface ExportList {
  permission: Permission;
  name: { zh: string; en: string };
  columns(language: Language): WriteColumn[];
  load(
    tx: Tx,
    ctx: RequestContext,
    rawQuery: unknown,
    limit: number,
    language: Language,
  ): Promise<Record<string, unknown>[]>;
}

export function defineExport<Q, R>(definition: ExportDefinition<Q, R>): ExportList {
  return {
    permission: definition.permission,
    name: definition.name,
    columns: (language) =>
      definition.columns.map((c, i) => ({
        key: `c${i}`,
        header: c[language],
        kind: c.kind,
        width: c.width,
      })),
    async load(tx, ctx, rawQuery, limit, language) {
      const parsed = definition.query.safeParse(rawQuery);
      if (!parsed.success) {
        throw new AppError(
          'VALIDATION_FAILED',
          {},
          parsed.error.issues.map((issue) => ({
            path: `querystring.${issue.path.join('.')}`,
            message: issue.message,
          })),
        );
      }
      const rows = await definition.load(tx, ctx, parsed.data, limit);
      return rows.map((row) =>
        Object.fromEntries(definition.columns.map((c, i) => [`c${i}`, c.value(row, language)])),
      );
    },
  };
}
