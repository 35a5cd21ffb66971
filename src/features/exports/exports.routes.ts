import type { Db } from '../../platform/db';
import { XLSX_MIME } from '../../platform/excel/is-xlsx';
import type { App } from '../../platform/http/app-types';
import { languageOf } from '../../platform/http/language';
import { exportList } from './export-list';
import { type ExportListName, exportParams } from './exports.schemas';

/** The ASCII fallback name and the real (Chinese) one, for every browser. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export function registerExportRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/exports/:file',
    {
      schema: {
        tags: ['exports'],
        params: exportParams,
        description:
          "The list as .xlsx. Query parameters are the list screen's filters (paging aside), " +
          "checked by the list's own schema; the list's read permission is required.",
        produces: [XLSX_MIME],
      },
      // One route serves every list; the list's own read permission is checked in exportList.
      config: { signedIn: true },
    },
    async (request, reply) => {
      const list = request.params.file.replace(/\.xlsx$/, '') as ExportListName;
      const file = await exportList(db, request.ctx, list, request.query, languageOf(request));
      return reply
        .type(XLSX_MIME)
        .header('content-disposition', attachment(file.fileName))
        .header('cache-control', 'no-store')
        .send(file.buffer);
    },
  );
}
