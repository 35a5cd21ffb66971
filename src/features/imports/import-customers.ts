import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { SheetRow } from '../../platform/excel/read-sheet';
import type { RequestContext } from '../accounts';
import type { CustomerColumn } from './customer-columns';
import { type CustomerRow, parseCustomerRows } from './customer-rows.rules';
import { columnLabels } from './import-column';
import { CUSTOMER_COLUMNS } from './customer-columns';
import type { ImportReport } from './import.schemas';
import { ensureDepartments } from './ensure-departments';
import { jsonRecords } from './json-records';
import { matchCustomers } from './match-customers';
import { recordImportBatch } from './record-import-batch';
import { type RowFailure, rowFailure } from './row-problem';

const labels = columnLabels(CUSTOMER_COLUMNS);

const fields = (c: CustomerRow) => ({
  code: c.code,
  name: c.name,
  phone: c.phone,
  address: c.address,
  zone: c.zone,
  lat: c.lat,
  lng: c.lng,
});
const RECORD = sql.raw(
  'id uuid, code text, name text, phone text, address text, zone text, lat float8, lng float8',
);

/**
 * Imports customers (and their departments) from a read sheet. Every row is checked first; the
 * good ones are written in the caller's one transaction with a statement per kind of change,
 * so a failure anywhere imports nothing. A blank optional cell keeps the stored value.
 */
export async function importCustomers(
  tx: Tx,
  ctx: RequestContext,
  file: { rows: readonly SheetRow<CustomerColumn>[]; sha256: string },
  { dryRun }: { dryRun: boolean },
): Promise<ImportReport> {
  const parsed = parseCustomerRows(file.rows);
  const failed: RowFailure[] = [...parsed.failures];
  const matches = await matchCustomers(tx, ctx.tenantId, parsed.customers);
  const toCreate: (CustomerRow & { id: string })[] = [];
  const toUpdate: (CustomerRow & { id: string })[] = [];
  parsed.customers.forEach((customer, i) => {
    const match = matches[i]!;
    const rowsOf = [customer.row, ...customer.departments.map((d) => d.row)];
    const refuse = (failure: (row: number) => RowFailure) =>
      failed.push(...[...new Set(rowsOf)].map(failure));
    if (match.kind === 'ambiguous') {
      refuse((row) => rowFailure(row, 'AMBIGUOUS_CUSTOMER', labels.name, { value: customer.name }));
    } else if (match.kind === 'taken') {
      refuse((row) => rowFailure(row, 'DUPLICATE_IN_FILE', labels.name, { other: match.otherRow }));
    } else if (match.kind === 'update') toUpdate.push({ ...customer, id: match.id });
    else toCreate.push({ ...customer, id: randomUUID() });
  });

  if (!dryRun && toUpdate.length) {
    await tx.execute(sql`
      UPDATE customers AS c SET
        code = COALESCE(r.code, c.code), name = r.name, phone = COALESCE(r.phone, c.phone),
        address = COALESCE(r.address, c.address), zone = COALESCE(r.zone, c.zone),
        lat = COALESCE(r.lat, c.lat), lng = COALESCE(r.lng, c.lng),
        updated_at = ${ctx.clock.now().toISOString()}
      FROM jsonb_to_recordset(${jsonRecords(toUpdate.map((c) => ({ id: c.id, ...fields(c) })))})
        AS r(${RECORD})
      WHERE c.id = r.id AND c.tenant_id = ${ctx.tenantId}`);
  }
  if (!dryRun && toCreate.length) {
    const now = ctx.clock.now().toISOString();
    await tx.execute(sql`
      INSERT INTO customers (id, tenant_id, code, name, phone, address, zone, lat, lng,
        created_at, updated_at)
      SELECT r.id, ${ctx.tenantId}, r.code, r.name, r.phone, r.address, r.zone, r.lat, r.lng,
        ${now}, ${now}
      FROM jsonb_to_recordset(${jsonRecords(toCreate.map((c) => ({ id: c.id, ...fields(c) })))})
        AS r(${RECORD})`);
  }
  const departments = await ensureDepartments(
    tx,
    ctx.tenantId,
    [...toCreate, ...toUpdate].flatMap((c) =>
      c.departments.map((d) => ({ customerId: c.id, name: d.name })),
    ),
    { dryRun },
  );
  const report: ImportReport = {
    dryRun,
    total: file.rows.length,
    created: toCreate.length,
    updated: toUpdate.length,
    failed: failed.sort((a, b) => a.row - b.row),
    createdDepartments: departments.created,
    createdBrands: 0,
    createdModels: 0,
  };
  if (!dryRun) await recordImportBatch(tx, ctx, 'customers', file.sha256, report);
  return report;
}
