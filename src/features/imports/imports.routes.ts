import type { Db } from '../../platform/db';
import { XLSX_MIME } from '../../platform/excel/is-xlsx';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { ASSET_COLUMNS } from './asset-columns';
import { buildImportTemplate } from './build-import-template';
import { CUSTOMER_COLUMNS } from './customer-columns';
import { importAssets } from './import-assets';
import { importCustomers } from './import-customers';
import { IMPORT_KINDS, importQuery, importReport, type ImportKind } from './import.schemas';
import { readImportFile } from './read-import-file';

const tags = ['imports'];
const UPLOAD =
  'The .xlsx file is the raw request body (Content-Type: the .xlsx type or application/octet-stream). ' +
  'Answers the row-by-row report; with dryRun=true nothing is written.';
const run = { permission: 'imports.run' as const };
/** 10 MB holds far more than the 50,000-row limit of a plain sheet. */
export const IMPORT_BODY_LIMIT = 10 * 1024 * 1024;
const FILE_NAMES: Record<ImportKind, string> = {
  customers: '客户导入模板.xlsx',
  assets: '设备导入模板.xlsx',
};

/**
 * The file is the raw request body (`Content-Type` of .xlsx or application/octet-stream):
 * simpler than multipart for one file, and the content is checked by its bytes anyway.
 */
export function registerImportRoutes(app: App, { db }: { db: Db }): void {
  app.addContentTypeParser(
    [XLSX_MIME, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: IMPORT_BODY_LIMIT },
    (_request, body, done) => done(null, body),
  );
  for (const kind of IMPORT_KINDS) {
    app.get(
      `/api/imports/${kind}/template.xlsx`,
      { schema: { tags, produces: [XLSX_MIME] }, config: run },
      async (_request, reply) =>
        reply
          .type(XLSX_MIME)
          .header(
            'content-disposition',
            `attachment; filename="${kind}-template.xlsx"; filename*=UTF-8''${encodeURIComponent(FILE_NAMES[kind])}`,
          )
          .send(await buildImportTemplate(kind)),
    );
  }
  app.post(
    '/api/imports/customers',
    {
      schema: {
        tags,
        description: UPLOAD,
        querystring: importQuery,
        response: { 200: importReport },
      },
      config: run,
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async (request) => {
      const file = await readImportFile(bodyOf(request.body), CUSTOMER_COLUMNS);
      const dryRun = request.query.dryRun === 'true';
      return inTenantOf(db, request, (tx, ctx) => importCustomers(tx, ctx, file, { dryRun }));
    },
  );
  app.post(
    '/api/imports/assets',
    {
      schema: {
        tags,
        description: UPLOAD,
        querystring: importQuery,
        response: { 200: importReport },
      },
      config: run,
      bodyLimit: IMPORT_BODY_LIMIT,
    },
    async (request) => {
      const file = await readImportFile(bodyOf(request.body), ASSET_COLUMNS);
      const dryRun = request.query.dryRun === 'true';
      return inTenantOf(db, request, (tx, ctx) => importAssets(tx, ctx, file, { dryRun }));
    },
  );
}

/** Anything but raw bytes (a JSON or form post) is not a workbook. */
function bodyOf(body: unknown): Buffer {
  return Buffer.isBuffer(body) ? body : Buffer.alloc(0);
}
