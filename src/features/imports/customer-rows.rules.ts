import type { SheetRow } from '../../platform/excel/read-sheet';
import { CellReader } from './cell-reader.rules';
import { CUSTOMER_COLUMNS, type CustomerColumn } from './customer-columns';
import { columnLabels } from './import-column';
import { type RowFailure, rowFailure } from './row-problem';

export interface CustomerRow {
  row: number;
  code: string | null;
  name: string;
  phone: string | null;
  address: string | null;
  zone: string | null;
  lat: number | null;
  lng: number | null;
  /** Departments to ensure, each with the row that named it. */
  departments: { row: number; name: string }[];
}

const labels = columnLabels(CUSTOMER_COLUMNS);

/**
 * The file's customers, one per code (else per name). A customer may repeat on later rows to
 * add departments; its fields come from its first row. A repeat that adds nothing new is a
 * duplicate and refused.
 */
export function parseCustomerRows(rows: readonly SheetRow<CustomerColumn>[]): {
  customers: CustomerRow[];
  failures: RowFailure[];
} {
  const failures: RowFailure[] = [];
  const byKey = new Map<string, CustomerRow>();
  for (const { row, cells } of rows) {
    const read = new CellReader(row, cells, labels);
    const code = read.text('code', { max: 40 });
    const name = read.text('name', { required: true, max: 120 });
    const phone = read.phone('phone');
    const address = read.text('address', { max: 200 });
    const zone = read.text('zone', { max: 40 });
    const { lat, lng } = read.coordinates('lat', 'lng');
    const department = read.text('department', { max: 60 });
    if (read.failures.length || name === null) {
      failures.push(...read.failures);
      continue;
    }
    const key = code !== null ? `code:${code}` : `name:${name}`;
    const first = byKey.get(key);
    if (!first) {
      const departments = department ? [{ row, name: department }] : [];
      byKey.set(key, { row, code, name, phone, address, zone, lat, lng, departments });
      continue;
    }
    if (department && !first.departments.some((d) => d.name === department)) {
      first.departments.push({ row, name: department });
      continue;
    }
    failures.push(
      rowFailure(row, 'DUPLICATE_IN_FILE', code !== null ? labels.code : labels.name, {
        other: first.row,
      }),
    );
  }
  return { customers: [...byKey.values()], failures };
}
